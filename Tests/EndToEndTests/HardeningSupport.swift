import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The program in a tmux pane under a recording `sh -c` script, like `AppSession`, but with the
/// environment spelled out: `env -u NAME … NAME=VALUE … [wrapper …] nk-defectors ARGS`, so a test
/// can unset `LANG` or `NO_COLOR`, set any `TERM`, or run the program under another program
/// (strace). The shell records `stty -g` before and after, the exit code and standard error.
final class ScriptSession {
    let tmux: Tmux
    let dir: TempDir
    let binary: URL

    init(_ arguments: [String] = [], set environment: [(String, String)] = [("TERM", "xterm-256color")],
         unset: [String] = [], wrapper: [String] = [], width: Int = 80, height: Int = 24,
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        binary = try Binary.require(sourceLocation: sourceLocation)
        dir = try TempDir()
        tmux = try Tmux(sourceLocation: sourceLocation)
        let env = ["env"] + unset.flatMap { ["-u", $0] } + environment.map { "\($0.0)=\($0.1)" }
        let program = (env + wrapper + [binary.path] + arguments).map(shellQuote).joined(separator: " ")
        let script = """
            stty -g > \(shellQuote(dir.path("before")))
            \(program) 2> \(shellQuote(dir.path("stderr")))
            echo $? > \(shellQuote(dir.path("code")))
            stty -g > \(shellQuote(dir.path("after")))
            : > \(shellQuote(dir.path("done")))
            exec sleep 600
            """
        try tmux.start(width: width, height: height, command: ["/bin/sh", "-c", script], leftovers: [dir.url.path],
                       sourceLocation: sourceLocation)
    }

    deinit { close() }

    func close() { tmux.kill() }

    /// The running program: the process named like the binary anywhere under the pane's shell.
    func programPID(sourceLocation: SourceLocation = #_sourceLocation) async throws -> pid_t {
        try await findProgram(under: tmux, named: binary.lastPathComponent, sourceLocation: sourceLocation)
    }

    /// Waits for the program to end and the shell to record the aftermath.
    func waitForExit(timeout: TimeInterval = Tmux.patience,
                     sourceLocation: SourceLocation = #_sourceLocation) async throws -> AppSession.Exit {
        try await recordedExit(in: dir, tmux: tmux, timeout: timeout, sourceLocation: sourceLocation)
    }
}

/// An interactive shell (`bash --norc --noprofile -i`, else `sh -i`) in a tmux pane, with job
/// control, so that a program started from it can be suspended with Ctrl-Z and brought back with
/// `fg`. The prompt is fixed (`nkdef-prompt$ `) so a test can tell when the shell is waiting.
final class ShellSession {
    let tmux: Tmux
    let dir: TempDir
    let binary: URL
    static let prompt = "nkdef-prompt$"

    init(width: Int = 100, height: Int = 30, sourceLocation: SourceLocation = #_sourceLocation) throws {
        binary = try Binary.require(sourceLocation: sourceLocation)
        dir = try TempDir()
        tmux = try Tmux(sourceLocation: sourceLocation)
        let shell = Command.which("bash").map { [$0.path, "--norc", "--noprofile", "-i"] } ?? ["/bin/sh", "-i"]
        // No history file, no start-up files, nothing but the prompt.
        let command = ["/usr/bin/env", "-u", "ENV", "-u", "BASH_ENV", "-u", "PROMPT_COMMAND", "HISTFILE=",
                       "PS1=\(Self.prompt) "] + shell
        try tmux.start(width: width, height: height, command: command, leftovers: [dir.url.path],
                       sourceLocation: sourceLocation)
    }

    deinit { close() }

    func close() { tmux.kill() }

    /// Types a command line and presses Enter.
    func enter(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.type(line, sourceLocation: sourceLocation)
        try tmux.send("Enter", sourceLocation: sourceLocation)
    }

    /// Waits until the shell shows a fresh prompt: the last non-empty row is the bare prompt.
    @discardableResult
    func waitForPrompt(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Screen {
        try await tmux.waitUntil("a fresh shell prompt (\(Self.prompt))", sourceLocation: sourceLocation) { screen in
            screen.lines.last(where: { !$0.isEmpty }) == Self.prompt
        }
    }

    /// Starts the program from the shell, recording `stty -g` first: the program is the last
    /// command of the line, so nothing runs after it when it is suspended.
    func startProgram(_ arguments: [String], term: String = "xterm-256color",
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let program = (["env", "-u", "NO_COLOR", "TERM=\(term)", binary.path] + arguments).map(shellQuote)
            .joined(separator: " ")
        try enter("stty -g > \(shellQuote(dir.path("before"))); \(program) 2> \(shellQuote(dir.path("stderr")))",
                  sourceLocation: sourceLocation)
    }

    /// After the program ended and the prompt came back: records `$?` and `stty -g` and returns them.
    func recordExit(sourceLocation: SourceLocation = #_sourceLocation) async throws -> AppSession.Exit {
        try enter("echo $? > \(shellQuote(dir.path("code"))); stty -g > \(shellQuote(dir.path("after"))); : > \(shellQuote(dir.path("done")))",
                  sourceLocation: sourceLocation)
        return try await recordedExit(in: dir, tmux: tmux, timeout: Tmux.patience, sourceLocation: sourceLocation)
    }

    func programPID(sourceLocation: SourceLocation = #_sourceLocation) async throws -> pid_t {
        try await findProgram(under: tmux, named: binary.lastPathComponent, sourceLocation: sourceLocation)
    }
}

/// The process named `name` under the pane's first process (at any depth), waited for.
func findProgram(under tmux: Tmux, named name: String, sourceLocation: SourceLocation) async throws -> pid_t {
    guard let pane = Int32(try tmux.display("#{pane_pid}")) else {
        throw E2EError("tmux gave no pane pid", at: sourceLocation)
    }
    let deadline = Date().addingTimeInterval(Tmux.patience)
    while Date() < deadline {
        for pid in Tmux.withDescendants(pane).dropFirst() where Tmux.isRunning(pid) {
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
            if comm.trimmingCharacters(in: .whitespacesAndNewlines) == name { return pid }
        }
        try await Task.sleep(nanoseconds: Tmux.poll)
    }
    throw E2EError("no \(name) process under the pane (pid \(pane))", at: sourceLocation)
}

/// Waits for the `done` file a recording shell writes, then reads what it recorded.
func recordedExit(in dir: TempDir, tmux: Tmux, timeout: TimeInterval,
                  sourceLocation: SourceLocation) async throws -> AppSession.Exit {
    let deadline = Date().addingTimeInterval(timeout)
    while !dir.exists("done") {
        guard Date() < deadline else {
            let screen = (try? tmux.capture()).map { $0.report() } ?? "?"
            throw E2EError("the program did not exit within \(timeout) s; the screen was:\n\(screen)", at: sourceLocation)
        }
        try await Task.sleep(nanoseconds: Tmux.poll)
    }
    func read(_ name: String) -> String { (dir.read(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    guard let code = Int32(read("code")) else {
        throw E2EError("the shell recorded no exit code", at: sourceLocation)
    }
    return AppSession.Exit(code: code, sttyBefore: read("before"), sttyAfter: read("after"), stderr: dir.read("stderr") ?? "")
}

/// A process's scheduler state from /proc/<pid>/stat: "R", "S", "T" (stopped), "Z"…; nil when gone.
func processState(_ pid: pid_t) -> String? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return nil }
    return stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).first.map(String.init)
}

/// `nk-defectors snapshot --size WxH` (plus options) as trimmed lines; a failed snapshot throws.
func snapshotLines(width: Int, height: Int, _ options: [String] = [],
                   sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
    let result = try await Command.run(try Binary.require(sourceLocation: sourceLocation),
                                       ["snapshot", "--size", "\(width)x\(height)"] + options,
                                       sourceLocation: sourceLocation)
    guard result.status == 0 else {
        throw E2EError("snapshot --size \(width)x\(height) \(options.joined(separator: " ")) failed (\(result.status)): \(result.stderr)",
                       at: sourceLocation)
    }
    return screenLines(result.stdout)
}

extension Tmux {
    /// Waits until the pane shows exactly `expected` (trimmed rows); on timeout records one issue
    /// with the differing rows and returns the last screen.
    @discardableResult
    func expectScreen(_ expected: [String], _ what: String, timeout: TimeInterval = Tmux.patience,
                      sourceLocation: SourceLocation = #_sourceLocation) async throws -> Screen {
        do {
            return try await waitUntil(what, timeout: timeout, sourceLocation: sourceLocation) { $0.lines == expected }
        } catch {
            let live = try capture()
            Issue.record("\(what): the screen differs:\n\(screenDiff(live.lines, expected))", sourceLocation: sourceLocation)
            return live
        }
    }

    /// The terminal's own modes, which `stty -g` does not see but a program can leave behind:
    /// alternate screen, cursor visibility, mouse reporting, keypad (application cursor keys),
    /// insert, auto-wrap and origin mode, as tmux records them for the pane.
    func terminalModes() throws -> String {
        try display("alternate=#{alternate_on} cursor=#{cursor_flag} "
            + "mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag}#{mouse_utf8_flag} "
            + "keypad=#{keypad_flag}#{keypad_cursor_flag} insert=#{insert_flag} wrap=#{wrap_flag} origin=#{origin_flag}")
    }

    /// The modes of a fresh pane (main screen, cursor shown, no mouse, normal keypad, wrapping).
    static let pristineModes = "alternate=0 cursor=1 mouse=000000 keypad=00 insert=0 wrap=1 origin=0"

    /// The pane's contents with its attributes, as escape sequences (`capture-pane -e`).
    func captureWithAttributes() throws -> String { try run(["capture-pane", "-e", "-p", "-t", "e2e"]) }
}

/// Whether text with SGR sequences (from `capture-pane -e`) sets any foreground or background
/// colour: 30–38, 40–48, 90–97 or 100–107. 39 and 49 (default colours), bold, reverse are not colours.
func setsColour(_ escaped: String) -> Bool {
    for match in escaped.matches(of: /\u{1b}\[([0-9;:]*)m/) {
        let parameters = match.1.split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap { Int($0) }
        if parameters.contains(where: { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }) {
            return true
        }
    }
    return false
}

/// A small seeded generator (SplitMix64), so a "random" run is the same every time.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
