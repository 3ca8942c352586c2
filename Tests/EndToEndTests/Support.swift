import AtlasAssets
import AtlasCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A failure of the end-to-end machinery (a timeout, a missing file) with everything needed to
/// see what went wrong: the message says where it was raised and what the screen showed.
struct E2EError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String, at location: SourceLocation) {
        self.description = "\(location.fileName):\(location.line): \(description)"
    }
}

/// Where the built `nk-defectors` is: next to the test bundle, in the same build folder.
enum Binary {
    /// The repository root, from this file's place in `Tests/EndToEndTests/`.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where the binary may be, best first: `NK_DEFECTORS_BIN` if set, else next to the test
    /// bundle (and up to three folders above it), else `<repo>/.build/debug`.
    static var candidates: [URL] {
        var folders: [URL] = []
        if let override = ProcessInfo.processInfo.environment["NK_DEFECTORS_BIN"], !override.isEmpty {
            return [URL(fileURLWithPath: override)]
        }
        // Linux: the .xctest is a plain executable in the build folder and Bundle.main is that
        // folder. macOS: the .xctest is a bundle inside the build folder.
        let bundle = Bundle.main.bundleURL.standardizedFileURL
        folders += [bundle, bundle.deletingLastPathComponent()]
        if let exe = Bundle.main.executableURL?.standardizedFileURL {
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<4 {
                folders.append(dir)
                dir = dir.deletingLastPathComponent()
            }
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            var dir = URL(fileURLWithPath: first).standardizedFileURL.deletingLastPathComponent()
            for _ in 0..<4 {
                folders.append(dir)
                dir = dir.deletingLastPathComponent()
            }
        }
        folders.append(repoRoot.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("nk-defectors") }
    }

    /// The binary, or nil when none of the candidates is an executable file.
    static let url: URL? = candidates.first { url in
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// The binary, or a clear failure naming every place that was looked in.
    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        if let url { return url }
        throw E2EError("""
            the nk-defectors binary was not found; build it with `swift build` (it should sit next to the \
            test bundle). Looked in:
            \(candidates.map { "  " + $0.path }.joined(separator: "\n"))
            """, at: sourceLocation)
    }
}

/// The built-in story, to derive expected text from the same content the binary embeds.
enum Content {
    private static let loaded: Result<Story, E2EError> = {
        let source = EmbeddedSource()
        do {
            return .success(try ContentLoader.load(from: source))
        } catch {
            return .failure(E2EError("the built-in content does not load: \(error)", at: #_sourceLocation))
        }
    }()

    /// The story; a test that needs it fails (rather than the whole run crashing) when it is broken.
    static var story: Story {
        get throws { try loaded.get() }
    }

    static func route(_ code: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        guard let index = try story.routeIndex(code: code) else {
            throw E2EError("no route \(code) in the built-in content", at: sourceLocation)
        }
        return index
    }

    /// How the status line begins for a route: `[x] Sent back to the North  China:`.
    static func statusPrefix(_ index: Int) throws -> String {
        let route = try story.routes[index]
        return "[\(route.verdict.symbol)] \(Strings.english.verdict(route.verdict))  \(route.country):"
    }

    /// The route reached from `index` by an arrow key, as the core computes it.
    static func neighbour(of index: Int, _ direction: Direction) throws -> Int? {
        Navigator.next(from: index, direction, anchors: Atlas(story: try story).anchors)
    }
}

/// What a finished process did.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Standard error's lines, without empty ones.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the binary with Foundation's Process (no terminal), outputs going to temporary files (no
/// pipe can fill). The wait is an async sleep: a test that blocked its thread would starve the
/// others of Swift Testing's small cooperative thread pool (two threads on a two-core machine).
enum Command {
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                    stdinNull: Bool = true, timeout: TimeInterval = 20,
                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> ProcessResult {
        let dir = try TempDir()
        let outURL = dir.url.appendingPathComponent("stdout")
        let errURL = dir.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if stdinNull { process.standardInput = FileHandle(forReadingAtPath: "/dev/null") }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { try await Task.sleep(nanoseconds: 10_000_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw E2EError("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish in \(timeout) s",
                           at: sourceLocation)
        }
        process.waitUntilExit()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return ProcessResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Finds a program on PATH.
    static func which(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}

/// Runs a program with `posix_spawn`, for tmux. Foundation's Process is not used for tmux
/// because `new-session` forks the tmux server, which would inherit (1) the calling thread's
/// signal mask (the worker threads tests run on block SIGTERM and SIGHUP, so `kill-server`, which
/// is the server sending itself SIGTERM, would not end it) and (2) the socket Foundation watches
/// to learn that its child exited (so the launch would not finish while the server lives). Here
/// the child gets an empty signal mask, default handlers and no descriptors beyond 0, 1 and 2.
enum Spawn {
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Closes every descriptor from 3 up in the child: with glibc's `addclosefrom_np` (2.34+; not
    /// visible to Swift, so looked up), else one close per descriptor open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
            if addCloseFrom(&actions, 3) == 0 { return }
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }

    /// Where a started program's standard input, output and error go.
    enum Stdio {
        /// Input from /dev/null, output and error into these files.
        case files(stdout: String, stderr: String)
        /// All three onto these descriptors (a pseudo-terminal's slave side, say).
        case descriptors(Int32, Int32, Int32)
        /// Input from /dev/null, output and error as the test process has them.
        case inherit
    }

    /// Starts a program and returns at once with its pid; the caller waits for it. With `setsid`
    /// it leads a session of its own (as a program on its own terminal does).
    static func start(_ executable: URL, _ arguments: [String], environment: [String: String], stdio: Stdio,
                      setsid: Bool = false, sourceLocation: SourceLocation) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        switch stdio {
        case .files(let out, let err):
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        case .descriptors(let i, let o, let e):
            for (fd, target) in [(i, Int32(0)), (o, 1), (e, 2)] { posix_spawn_file_actions_adddup2(&actions, fd, target) }
        case .inherit:
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGWINCH, SIGUSR1, SIGALRM] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // POSIX_SPAWN_SETSID (glibc 2.26), which Swift does not see.
        let newSession: Int32 = setsid ? 0x80 : 0
        posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | newSession))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard rc == 0 else {
            throw E2EError("cannot start \(executable.path): \(String(cString: strerror(rc)))", at: sourceLocation)
        }
        return pid
    }

    static func run(_ executable: URL, _ arguments: [String], environment: [String: String], timeout: TimeInterval,
                    sourceLocation: SourceLocation) throws -> ProcessResult {
        let dir = try TempDir()
        let pid = try start(executable, arguments, environment: environment,
                            stdio: .files(stdout: dir.path("stdout"), stderr: dir.path("stderr")), sourceLocation: sourceLocation)

        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR {
                throw E2EError("waitpid(\(pid)): \(String(cString: strerror(errno)))", at: sourceLocation)
            }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw E2EError("\(executable.lastPathComponent) \(arguments.joined(separator: " ")) did not finish in \(timeout) s",
                               at: sourceLocation)
            }
            usleep(2_000)
        }
        // Exited: the code; killed by a signal: 128 + the signal, as a shell reports it.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessResult(status: code, stdout: dir.read("stdout") ?? "", stderr: dir.read("stderr") ?? "")
    }
}

/// A temporary folder, removed when the value goes away.
final class TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("nkdef-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func read(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }
    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}

/// Quotes a string for `sh`.
func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// A screen (or snapshot) as lines, trailing spaces trimmed, without the newline after the last row.
func screenLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if text.hasSuffix("\n") { lines.removeLast() }
    return lines.map { line in
        var l = Substring(line)
        while l.last == " " { l = l.dropLast() }
        return String(l)
    }
}

/// The first rows where two screens differ, for a failure message (glyphs in ASCII, kept short).
func screenDiff(_ a: [String], _ b: [String], limit: Int = 5) -> String {
    var out: [String] = []
    if a.count != b.count { out.append("row counts differ: \(a.count) vs \(b.count)") }
    let differing = (0..<max(a.count, b.count)).filter { i in (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) }
    for i in differing.prefix(limit) {
        let x = i < a.count ? asciiArt(a[i]) : "<none>"
        let y = i < b.count ? asciiArt(b[i]) : "<none>"
        out.append("row \(i):\n  live:     |\(x)|\n  snapshot: |\(y)|")
    }
    if differing.count > limit { out.append("... and \(differing.count - limit) more rows differ") }
    return out.joined(separator: "\n")
}
