import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What a program did, from an `strace -f -o LOG` log of the calls in `Strace.calls`.
struct SyscallAudit {
    /// Every execve/execveat line.
    var execs: [String] = []
    /// Every network call (socket, connect, bind, sendto…).
    var network: [String] = []
    /// Opens for writing (O_WRONLY, O_RDWR, O_CREAT, O_TRUNC) of anything but the terminal, and
    /// every creat, rename, unlink, mkdir, link, symlink or truncate.
    var writes: [String] = []
    /// Every open, of any kind (to tell an empty log from a clean one).
    var opens = 0

    static let openCalls: Set<String> = ["open", "openat", "openat2"]
    static let changeCalls: Set<String> = ["creat", "rename", "renameat", "renameat2", "unlink", "unlinkat",
                                           "mkdir", "mkdirat", "link", "linkat", "symlink", "symlinkat", "truncate"]
    static let execCalls: Set<String> = ["execve", "execveat"]

    init(log: String) {
        for raw in log.split(separator: "\n") {
            // "1234  name(args…) = result", with -f a pid first; "--- SIG…" and "+++ exited" are not calls,
            // nor is "<... name resumed>" (its arguments were on the "<unfinished ...>" line).
            var line = Substring(raw)
            if let pid = line.firstMatch(of: /^\d+\s+/) { line = line[pid.range.upperBound...] }
            guard let paren = line.firstIndex(of: "("), !line.hasPrefix("---"), !line.hasPrefix("+++"),
                  !line.hasPrefix("<...") else { continue }
            let name = String(line[..<paren])
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            let text = String(raw)
            if Self.execCalls.contains(name) {
                execs.append(text)
            } else if Self.openCalls.contains(name) {
                opens += 1
                // The path is the first quoted string; the flags come after it.
                guard let path = line.firstMatch(of: /"((?:[^"\\]|\\.)*)"/) else {
                    writes.append(text)
                    continue
                }
                let flags = line[path.range.upperBound...]
                let writing = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"].contains { flags.contains($0) }
                let terminal = path.1.hasPrefix("/dev/tty") || path.1.hasPrefix("/dev/pts/")
                if writing && !terminal { writes.append(text) }
            } else if Self.changeCalls.contains(name) {
                writes.append(text)
            } else {
                // Nothing else is traced but the %network class.
                network.append(text)
            }
        }
    }
}

enum Strace {
    /// The traced calls: the network class, running programs, and everything that opens or
    /// changes a file. `?` lets strace skip calls this architecture does not have (open, creat…).
    static let calls = "%network,execve,?execveat,?open,openat,?openat2,?creat,?rename,?renameat,?renameat2,"
        + "?unlink,unlinkat,?mkdir,mkdirat,?link,linkat,?symlink,symlinkat,?truncate"

    /// strace, or a failure saying how to get it: the test must not pass (or skip) without it.
    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        guard let url = Command.which("strace") else {
            throw E2EError("strace is not installed: install it with `apt-get install -y strace` (the attack-surface tests need it and do not skip)",
                           at: sourceLocation)
        }
        return url
    }

    /// `strace -f -e trace=… -o LOG`, to put before the traced command.
    static func prefix(_ strace: URL, log: String) -> [String] {
        [strace.path, "-f", "-e", "trace=\(calls)", "-o", log]
    }
}

/// The program opens no network connection, runs no other program and writes no file, whether
/// it prints a snapshot or runs in a terminal.
@Suite(.serialized) struct AttackSurfaceTests {
    /// One execve, of the binary itself; no network; no writes but to the terminal.
    func expectClean(_ audit: SyscallAudit, binary: URL, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(audit.opens > 0, "\(what): the strace log holds no open at all; was it traced?", sourceLocation: sourceLocation)
        #expect(audit.execs.count == 1, "\(what): expected exactly one execve (the program), got:\n\(audit.execs.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        #expect(audit.execs.first?.contains("execve(\"\(binary.path)\"") == true,
                "\(what): the one execve is not the program's: \(audit.execs.first ?? "none")", sourceLocation: sourceLocation)
        #expect(audit.network.isEmpty, "\(what): network calls:\n\(audit.network.prefix(10).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        #expect(audit.writes.isEmpty, "\(what): writes to files:\n\(audit.writes.prefix(10).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }

    @Test func snapshotTouchesNothing() async throws {
        let strace = try Strace.require()
        let binary = try Binary.require()
        let dir = try TempDir()
        let log = dir.path("strace.log")
        let result = try await Command.run(strace, Strace.prefix(strace, log: log) + [binary.path, "snapshot", "--size", "80x24"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(screenLines(result.stdout).count == 24, "the traced snapshot printed no 80x24 frame")
        let text = try #require(dir.read("strace.log"), "strace wrote no log")
        expectClean(SyscallAudit(log: text), binary: binary, "snapshot --size 80x24")
    }

    @Test func interactiveSessionTouchesNothing() async throws {
        let strace = try Strace.require()
        let binary = try Binary.require()
        let logDir = try TempDir()
        let log = logDir.path("strace.log")
        let app = try ScriptSession(wrapper: Strace.prefix(strace, log: log), width: 100, height: 30)
        defer { app.close() }
        try await app.tmux.waitUntil("the map under strace") { $0.lines.first?.contains("Escape routes") == true && $0.status.contains("? help") }
        // A few keys and a resize: selection, panel, help, chapters.
        try app.tmux.send("Tab")
        try await app.tmux.waitUntil("Tab to select China") { $0.status.contains("China") }
        try app.tmux.send("Enter")
        try await app.tmux.waitFor("Esc close")
        try app.tmux.send("Escape")
        try await app.tmux.waitGone("Esc close")
        try app.tmux.type("?")
        try await app.tmux.waitFor("any key: back")
        try app.tmux.type("x")
        try await app.tmux.waitGone("any key: back")
        try app.tmux.type("n")
        try await app.tmux.waitUntil("chapter 3") { $0.lines.first?.contains("Distances") == true }
        try app.tmux.resize(width: 90, height: 28)
        try await app.tmux.waitUntil("the 90x28 screen") { $0.lines.count == 28 && $0.lines.first?.contains("Distances") == true }
        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0, "stderr: \(exit.stderr)")
        #expect(exit.sttyBefore == exit.sttyAfter)
        let text = try #require(logDir.read("strace.log"), "strace wrote no log")
        let audit = SyscallAudit(log: text)
        expectClean(audit, binary: binary, "interactive session")
    }

    /// The audit itself catches each thing it looks for: a shell that writes and removes a file,
    /// runs a program and opens a TCP connection (bash's /dev/tcp) under the same trace.
    @Test func theAuditCatchesWritesExecsAndConnections() async throws {
        let strace = try Strace.require()
        let bash = try #require(Command.which("bash"), "bash is needed to open a connection from a shell")
        let dir = try TempDir()
        let log = dir.path("strace.log")
        let file = dir.path("written")
        let script = "echo hi > \(shellQuote(file)); /bin/rm \(shellQuote(file)); (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null; true"
        let result = try await Command.run(strace, Strace.prefix(strace, log: log) + [bash.path, "--norc", "--noprofile", "-c", script])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let audit = SyscallAudit(log: try #require(dir.read("strace.log")))
        #expect(audit.execs.count == 2, "bash and rm: \(audit.execs)")
        #expect(audit.writes.contains { $0.contains("\"\(file)\"") && $0.contains("O_CREAT") }, "the write was missed: \(audit.writes)")
        #expect(audit.writes.contains { $0.contains("unlink") }, "the unlink was missed: \(audit.writes)")
        #expect(audit.network.contains { $0.contains("socket(") }, "the socket was missed: \(audit.network)")
        #expect(audit.network.contains { $0.contains("connect(") }, "the connect was missed: \(audit.network)")
    }
}
