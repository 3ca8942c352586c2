import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every way out gives the terminal back as it was: modes (`stty -g`), main screen, exit code.
@Suite(.serialized) struct ExitTests {
    @Test func quitWithQ() async throws {
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()
        #expect(try app.tmux.display("#{alternate_on}") == "1")

        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0)
        #expect(!exit.sttyBefore.isEmpty)
        #expect(exit.sttyBefore == exit.sttyAfter, "terminal modes were not restored")
        #expect(exit.stderr.isEmpty, "stderr: \(exit.stderr)")
        #expect(try app.tmux.display("#{alternate_on}") == "0", "still on the alternate screen after exit")
    }

    /// The ending signals, by name for the test report.
    static let signals: [(String, Int32)] = [("TERM", SIGTERM), ("INT", SIGINT), ("HUP", SIGHUP), ("QUIT", SIGQUIT)]

    @Test(arguments: signals)
    func signalRestoresTheTerminal(_ name: String, _ number: Int32) async throws {
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()
        let pid = try await app.programPID()

        #expect(kill(pid, number) == 0, "kill -\(name) \(pid) failed")
        let seconds = try await app.waitForProcessGone(pid)
        #expect(seconds < 1, "SIG\(name) took \(seconds) s to end the program")
        let exit = try await app.waitForExit()
        #expect(exit.code == 128 + number, "SIG\(name) should end with \(128 + number)")
        #expect(!exit.sttyBefore.isEmpty)
        #expect(exit.sttyBefore == exit.sttyAfter, "terminal modes were not restored after SIG\(name)")
        #expect(try app.tmux.display("#{alternate_on}") == "0", "still on the alternate screen after SIG\(name)")
    }

    /// TERM values the program cannot draw with: a one-line error and exit 2, terminal untouched.
    @Test(arguments: [
        ("dumb", "TERM=dumb"),
        ("nonexistent-term", "TERM=nonexistent-term"),
        (nil, "TERM is not set"),
    ] as [(String?, String)])
    func unusableTermFailsCleanly(_ term: String?, _ mention: String) async throws {
        let app = try AppSession(term: term)
        defer { app.close() }
        let exit = try await app.waitForExit()
        #expect(exit.code == 2)
        let lines = exit.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1, "expected one line on stderr, got:\n\(exit.stderr)")
        #expect(lines.first?.hasPrefix("nk-defectors: ") == true, "stderr: \(exit.stderr)")
        #expect(exit.stderr.contains(mention), "stderr: \(exit.stderr)")
        #expect(exit.sttyBefore == exit.sttyAfter)
        #expect(try app.tmux.display("#{alternate_on}") == "0")
    }
}
