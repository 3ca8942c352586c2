import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The atlas as a visitor reaches it: `ssh -t` to a real OpenSSH server running the kit's
/// configuration, which starts the `make dist` binary with `--session`, in tmux.
@Suite(.serialized) struct SshTests {
    /// The tour's invitation, shown until the visitor's first key.
    static let invite = "Press an arrow key to explore the story yourself, q to leave"

    /// A visitor's ssh client in tmux, once the atlas's tour is on its screen.
    static func visit(_ server: SshServer, term: String = "xterm-256color") async throws -> AppSession {
        let app = try AppSession([], term: term, program: server.client)
        try await app.tmux.waitFor(invite, timeout: 10)
        return app
    }

    @Test func aVisitorSeesTheMapMovesOpensAPanelAndQuits() async throws {
        let server = try SshServer()
        let app = try await Self.visit(server)
        defer { app.close() }
        try app.tmux.type("2")
        try await app.waitForMap()
        try app.tmux.send("Tab")
        try await app.waitForSelection(1)
        try app.tmux.send("Enter")
        let route = try Content.story.routes[1]
        try await app.tmux.waitFor(route.name)
        #expect(server.sessions.count == 1)
        try app.tmux.type("q")
        let exit = try await app.waitForExit(timeout: 10)
        #expect(exit.code == 0, "ssh ended with \(exit.code): \(exit.stderr)")
        #expect(exit.sttyBefore == exit.sttyAfter)
        try await Self.waitUntilNoSessions(server, within: 2)
    }

    @Test func aKilledClientLeavesNoProcessBehind() async throws {
        let server = try SshServer()
        let app = try await Self.visit(server)
        defer { app.close() }
        let atlas = try #require(server.sessions.first, "no atlas process under sshd")
        // A session can write no file and dump no core.
        let limits = (try? String(contentsOfFile: "/proc/\(atlas)/limits", encoding: .utf8)) ?? ""
        for name in ["Max file size", "Max core file size"] {
            let line = limits.split(separator: "\n").first { $0.hasPrefix(name) }.map(String.init) ?? ""
            let values = line.dropFirst(name.count).split(separator: " ").prefix(2)
            #expect(values == ["0", "0"], "\(line)")
        }
        let client = try await app.programPID(named: "ssh")
        #expect(kill(client, SIGKILL) == 0)
        let start = Date()
        while Tmux.isRunning(atlas) && Date().timeIntervalSince(start) < 5 { try await Task.sleep(nanoseconds: 10_000_000) }
        let took = Date().timeIntervalSince(start)
        #expect(!Tmux.isRunning(atlas), "the atlas outlived its killed client by 5 s")
        #expect(took < 1, "the atlas took \(took) s to end after its client was killed")
        try await Self.waitUntilNoSessions(server, within: 1)
    }

    @Test func anIdleSessionEndsWithAGoodbye() async throws {
        let server = try SshServer(sessionArguments: ["--idle-exit", "2"])
        let app = try await Self.visit(server)
        defer { app.close() }
        let screen = try await app.tmux.waitFor("Goodbye: the atlas closed after 2 seconds without a key", timeout: 6)
        #expect(!screen.contains("ESCAPE ROUTES"), "the goodbye is printed after the screen is given back")
        let exit = try await app.waitForExit(timeout: 5)
        #expect(exit.code == 0)
        try await Self.waitUntilNoSessions(server, within: 1)
    }

    @Test(arguments: ["xterm-ghostty", "no-such-terminal"])
    func aClientWithAnUnknownTermGetsTheAtlas(_ term: String) async throws {
        let server = try SshServer()
        let app = try await Self.visit(server, term: term)
        defer { app.close() }
        try app.tmux.type("2")
        try await app.waitForMap()
        try app.tmux.type("q")
        #expect(try await app.waitForExit(timeout: 10).code == 0)
    }

    @Test func aFloodOfInputDoesNotStopQ() async throws {
        let server = try SshServer()
        let app = try await Self.visit(server)
        defer { app.close() }
        try app.tmux.type("2")
        try await app.waitForMap()
        // 200 KB of keys that move about and open and close panels, in 4 KB pastes.
        let chunk = String(repeating: "jkhl\t ", count: 700).prefix(4096)
        for _ in 0..<50 { try app.tmux.type(String(chunk)) }
        try app.tmux.type("q")
        let exit = try await app.waitForExit(timeout: 15)
        #expect(exit.code == 0)
        try await Self.waitUntilNoSessions(server, within: 2)
    }

    static func waitUntilNoSessions(_ server: SshServer, within seconds: TimeInterval,
                                    sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !server.sessions.isEmpty && Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
        #expect(server.sessions.isEmpty, "atlas processes left under sshd: \(server.sessions)", sourceLocation: sourceLocation)
    }
}
