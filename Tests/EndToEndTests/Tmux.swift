import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What the pane shows: its rows, trailing spaces trimmed.
struct Screen: CustomStringConvertible {
    let text: String
    let lines: [String]

    init(_ text: String) {
        self.text = text
        lines = screenLines(text)
    }

    /// The bottom row, where the program keeps its status line.
    var status: String { lines.last ?? "" }
    func contains(_ s: String) -> Bool { text.contains(s) }
    var description: String { report() }

    /// The screen for a failure message: numbered rows in 7-bit ASCII (map glyphs turned into
    /// look-alikes), at most `limit` bytes, the status row always kept. Swift Testing's console
    /// output can drop a message of more than about 4 KB, and a 120x40 screen of box glyphs is 14 KB.
    func report(limit: Int = 3500) -> String {
        let rows = lines.enumerated().map { String(format: "%2d|", $0.offset) + asciiArt($0.element) }
        guard let last = rows.last else { return "(empty screen)" }
        var out: [String] = []
        var size = last.utf8.count + 40
        for row in rows.dropLast() {
            guard size + row.utf8.count + 1 <= limit else {
                out.append("   ... \(rows.count - 1 - out.count) rows left out ...")
                break
            }
            out.append(row)
            size += row.utf8.count + 1
        }
        return (out + [last]).joined(separator: "\n")
    }
}

/// A row with the map's block and box glyphs replaced by ASCII look-alikes (one byte a cell).
func asciiArt(_ row: String) -> String {
    String(row.map { c -> Character in
        if c.isASCII { return c }
        switch c {
        case "░": return "."
        case "▒": return ":"
        case "▓": return "%"
        case "█": return "#"
        case "─", "━": return "-"
        case "│", "┃": return "|"
        case "•": return "o"
        default: return "┼┌┐└┘├┤┬┴".contains(c) ? "+" : "?"
        }
    })
}

/// A private tmux server for one test: its own socket (`tmux -L nkdef-e2e-<pid>-<id>`), no user
/// configuration, one detached session. `kill()` (also run on deinit) ends the server and with it
/// every process in the pane; a watchdog window ends it should the test process die first.
final class Tmux {
    let socket: String
    private let tmux: URL
    private let session = "e2e"
    private var alive = false
    /// The server's pid and socket, to make sure it is gone at the end.
    private var serverPID: pid_t?
    private var socketPath: String?

    /// Polling interval and default patience of `waitUntil`.
    static let poll: UInt64 = 50_000_000
    static let patience: TimeInterval = 5

    init(sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let tmux = Command.which("tmux") else {
            throw E2EError("tmux is not installed (apt-get install tmux); the end-to-end tests drive the program through it",
                           at: sourceLocation)
        }
        self.tmux = tmux
        socket = "nkdef-e2e-\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
    }

    deinit { kill() }

    /// Runs one tmux command against the private server; throws when tmux fails.
    @discardableResult
    func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        let result = try Spawn.run(tmux, ["-u", "-L", socket, "-f", "/dev/null"] + arguments, environment: env,
                                   timeout: 10, sourceLocation: sourceLocation)
        guard result.status == 0 else {
            throw E2EError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)",
                           at: sourceLocation)
        }
        return result.stdout
    }

    /// Starts the server with a detached session of the given size running `command` (argv, no shell).
    /// `leftovers` are paths to remove should the test process die before it can clean up.
    func start(width: Int, height: Int, command: [String], leftovers: [String] = [],
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        alive = true
        try run(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "--"] + command,
                sourceLocation: sourceLocation)
        let pid = try display("#{pid}")
        let socket = try display("#{socket_path}")
        serverPID = Int32(pid)
        socketPath = socket
        // A watchdog in a background window: if this test process dies first (a crash skips every
        // cleanup), it removes the leftovers and the socket and ends the server.
        let paths = (leftovers + [socket]).map(shellQuote).joined(separator: " ")
        let watchdog = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; rm -rf -- \(paths); kill \(pid)"
        try run(["new-window", "-d", "-t", session, "--", "/bin/sh", "-c", watchdog], sourceLocation: sourceLocation)
    }

    /// Ends the server and every process in it (the panes get SIGHUP), waits until they are gone
    /// (SIGKILL after 2 s) and removes the socket. Safe to call more than once.
    func kill() {
        guard alive else { return }
        alive = false
        let panes = ((try? run(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "")
            .split(separator: "\n").compactMap { Int32($0) }
        let processes = (serverPID.map { [$0] } ?? []) + panes.flatMap(Self.withDescendants)
        _ = try? run(["kill-server"])
        let deadline = Date().addingTimeInterval(2)
        while processes.contains(where: Self.isRunning) && Date() < deadline { usleep(10_000) }
        for pid in processes where Self.isRunning(pid) { _ = Glibc.kill(pid, SIGKILL) }
        if let socketPath { unlink(socketPath) }
    }

    /// A process and, recursively, its children.
    static func withDescendants(_ pid: pid_t) -> [pid_t] {
        let children = ((try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { Int32($0) }
        return [pid] + children.flatMap(withDescendants)
    }

    /// Whether a process exists and is not a zombie.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    /// Keys by tmux name: Up, Down, Left, Right, Tab, BTab, Enter, Escape.
    func send(_ keys: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        try run(["send-keys", "-t", session] + keys, sourceLocation: sourceLocation)
    }

    /// Text typed as is (`q`, `?`).
    func type(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try run(["send-keys", "-t", session, "-l", text], sourceLocation: sourceLocation)
    }

    /// Raw bytes into the pane, as a terminal would send them.
    func sendBytes(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try run(["send-keys", "-t", session, "-H"] + bytes.map { String(format: "%02x", $0) }, sourceLocation: sourceLocation)
    }

    enum MouseEncoding {
        /// `ESC [ M` and three bytes of 32 + value (button; 1-based column; 1-based row).
        case x10
        /// `ESC [ < b ; col ; row M` (press) and `m` (release), mode 1006.
        case sgr
    }

    /// The mouse encoding the program asked the terminal for, as tmux recorded it.
    func mouseEncoding() throws -> MouseEncoding {
        try display("#{mouse_sgr_flag}") == "1" ? .sgr : .x10
    }

    /// A left click (press and release) at a 0-based cell.
    func click(x: Int, y: Int, encoding: MouseEncoding) throws {
        switch encoding {
        case .x10:
            precondition(x < 222 && y < 222, "X10 mouse encoding cannot reach column/row 223")
            let col = UInt8(32 + 1 + x), row = UInt8(32 + 1 + y)
            try sendBytes([0x1b, 0x5b, 0x4d, 32 + 0, col, row] + [0x1b, 0x5b, 0x4d, 32 + 3, col, row])
        case .sgr:
            try sendBytes(Array("\u{1b}[<0;\(x + 1);\(y + 1)M\u{1b}[<0;\(x + 1);\(y + 1)m".utf8))
        }
    }

    func capture() throws -> Screen { Screen(try run(["capture-pane", "-p", "-t", session])) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A format such as `#{alternate_on}` for the pane.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 50 ms until `predicate` holds; throws with the last screen on timeout.
    /// The pause is an async sleep, so a waiting test leaves the thread to the others.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = Tmux.patience, sourceLocation: SourceLocation = #_sourceLocation,
                   _ predicate: (Screen) -> Bool) async throws -> Screen {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !predicate(screen) {
            guard Date() < deadline else {
                throw E2EError("timed out after \(timeout) s waiting for \(what); the screen was:\n\(screen)",
                               at: sourceLocation)
            }
            try await Task.sleep(nanoseconds: Tmux.poll)
            screen = try capture()
        }
        return screen
    }

    /// Waits until every text appears on screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = Tmux.patience,
                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> Screen {
        try await waitUntil(texts.map { "\"\($0)\"" }.joined(separator: " and "), timeout: timeout,
                      sourceLocation: sourceLocation) { screen in texts.allSatisfy(screen.contains) }
    }

    /// Waits until no text of these is on screen.
    @discardableResult
    func waitGone(_ texts: String..., timeout: TimeInterval = Tmux.patience,
                  sourceLocation: SourceLocation = #_sourceLocation) async throws -> Screen {
        try await waitUntil(texts.map { "\"\($0)\"" }.joined(separator: " and ") + " to go", timeout: timeout,
                      sourceLocation: sourceLocation) { screen in !texts.contains(where: screen.contains) }
    }
}

/// The program running in a tmux pane under a recording shell:
///
///     stty -g > before; TERM=… nk-defectors ARGS 2> stderr; echo $? > code; stty -g > after; : > done
///
/// so a test can check the exit code and that the terminal's modes came back as they were.
final class AppSession {
    let tmux: Tmux
    let dir: TempDir
    let binary: URL

    /// What the shell recorded once the program ended.
    struct Exit {
        var code: Int32
        var sttyBefore: String
        var sttyAfter: String
        var stderr: String
    }

    /// - Parameter term: the `TERM` to run with; nil runs with `TERM` unset.
    /// - Parameter environment: more variables for the program (such as NO_COLOR).
    /// - Parameter program: the command to run instead of the binary (an `ssh` client, say);
    ///   `arguments` then follow it.
    init(_ arguments: [String] = [], term: String? = "xterm-256color", width: Int = 120, height: Int = 40,
         environment: [String: String] = [:], program command: [String]? = nil,
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        binary = try Binary.require(sourceLocation: sourceLocation)
        dir = try TempDir()
        tmux = try Tmux(sourceLocation: sourceLocation)
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        let env = (term.map { "TERM=\(shellQuote($0))" } ?? "env -u TERM") + (extra.isEmpty ? "" : " " + extra)
        let program = ((command ?? [binary.path]) + arguments).map(shellQuote).joined(separator: " ")
        let script = """
            stty -g > \(shellQuote(dir.path("before")))
            \(env) \(program) 2> \(shellQuote(dir.path("stderr")))
            echo $? > \(shellQuote(dir.path("code")))
            stty -g > \(shellQuote(dir.path("after")))
            : > \(shellQuote(dir.path("done")))
            exec sleep 600
            """
        try tmux.start(width: width, height: height, command: ["/bin/sh", "-c", script], leftovers: [dir.url.path],
                       sourceLocation: sourceLocation)
    }

    deinit { close() }

    /// Ends tmux and everything in it; the temporary folder goes with the session.
    func close() { tmux.kill() }

    /// Waits for the route map (chapter 2, where the program starts): the chapter bar naming it,
    /// the sidebar's heading and the status line's help key.
    @discardableResult
    func waitForMap(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Screen {
        try await tmux.waitUntil("the route map (\"Escape routes\" on the top row, \"ESCAPE ROUTES\", \"? help\")",
                                 sourceLocation: sourceLocation) { screen in
            screen.lines.first?.contains("Escape routes") == true && screen.contains("ESCAPE ROUTES")
                && screen.status.contains("? help")
        }
    }

    /// Waits until the status line starts with the route's verdict and country.
    @discardableResult
    func waitForSelection(_ route: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Screen {
        let prefix = try Content.statusPrefix(route)
        return try await tmux.waitUntil("the status line to read \"\(prefix)\"", sourceLocation: sourceLocation) {
            $0.status.trimmingCharacters(in: .whitespaces).hasPrefix(prefix)
        }
    }

    /// The pid of the running program: the pane's shell's child named nk-defectors (or `name`).
    func programPID(named name: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> pid_t {
        guard let shell = Int32(try tmux.display("#{pane_pid}")) else {
            throw E2EError("tmux gave no pane pid", at: sourceLocation)
        }
        let deadline = Date().addingTimeInterval(Tmux.patience)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ Int32($0) }) {
                let comm = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                if comm.trimmingCharacters(in: .whitespacesAndNewlines) == name ?? binary.lastPathComponent { return child }
            }
            try await Task.sleep(nanoseconds: Tmux.poll)
        }
        throw E2EError("no nk-defectors process under the pane's shell (pid \(shell))", at: sourceLocation)
    }

    /// Waits until the process is gone (or a zombie); the seconds it took. Throws after the patience.
    func waitForProcessGone(_ pid: pid_t, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Double {
        let start = Date()
        while Tmux.isRunning(pid) {
            guard Date().timeIntervalSince(start) < Tmux.patience else {
                throw E2EError("process \(pid) still runs after \(Tmux.patience) s", at: sourceLocation)
            }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        return Date().timeIntervalSince(start)
    }

    /// Waits for the program to end and the shell to record the aftermath.
    func waitForExit(timeout: TimeInterval = Tmux.patience, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Exit {
        let deadline = Date().addingTimeInterval(timeout)
        while !dir.exists("done") {
            guard Date() < deadline else {
                let screen = (try? tmux.capture()).map { $0.report() } ?? "?"
                throw E2EError("the program did not exit within \(timeout) s; the screen was:\n\(screen)", at: sourceLocation)
            }
            try await Task.sleep(nanoseconds: Tmux.poll)
        }
        guard let code = Int32((dir.read("code") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw E2EError("the shell recorded no exit code", at: sourceLocation)
        }
        return Exit(code: code,
                    sttyBefore: (dir.read("before") ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                    sttyAfter: (dir.read("after") ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                    stderr: dir.read("stderr") ?? "")
    }
}
