import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-Z from an interactive shell with job control: the program stops and gives the terminal
/// back, `fg` brings the whole map back; in kiosk mode Ctrl-Z does nothing.
@Suite(.serialized) struct SuspendTests {
    static let width = 100, height = 30

    @Test func ctrlZSuspendsAndFgResumes() async throws {
        let expected = try await snapshotLines(width: Self.width, height: Self.height)
        let shell = try ShellSession(width: Self.width, height: Self.height)
        defer { shell.close() }
        try await shell.waitForPrompt()
        let shellModes = try shell.tmux.terminalModes()
        try shell.startProgram([])
        try await shell.tmux.expectScreen(expected, "the map at start")
        let pid = try await shell.programPID()
        #expect(try shell.tmux.display("#{alternate_on}") == "1")

        // Ctrl-Z: the job stops, the shell says so and prompts, the terminal is the shell's again.
        try shell.tmux.send("C-z")
        let suspended = try await shell.waitForPrompt()
        #expect(suspended.contains("Stopped"), "the shell did not report the job stopped:\n\(suspended)")
        #expect(processState(pid) == "T", "after Ctrl-Z the program is in state \(processState(pid) ?? "gone"), not T")
        #expect(try shell.tmux.terminalModes() == shellModes,
                "the stopped program left its modes (alternate screen, hidden cursor, mouse, keypad) on the terminal")

        // fg: the map comes back whole.
        try shell.enter("fg")
        try await shell.tmux.expectScreen(expected, "the map after fg equal to `snapshot --size \(Self.width)x\(Self.height)`")
        #expect(["R", "S"].contains(processState(pid)), "after fg the program is in state \(processState(pid) ?? "gone")")
        #expect(try shell.tmux.display("#{alternate_on}") == "1")
        #expect(try shell.tmux.display("#{cursor_flag}") == "0", "the cursor is hidden again after fg")

        // It still answers keys, and q ends it with the terminal as it was.
        try shell.tmux.send("Tab")
        try await shell.tmux.waitUntil("Tab to move the selection after fg") { $0.lines != expected }
        try shell.tmux.type("q")
        try await shell.waitForPrompt()
        let exit = try await shell.recordExit()
        #expect(exit.code == 0, "stderr: \(exit.stderr)")
        #expect(exit.stderr.isEmpty, "stderr: \(exit.stderr)")
        #expect(!exit.sttyBefore.isEmpty)
        #expect(exit.sttyBefore == exit.sttyAfter, "terminal modes were not restored after suspend and resume")
        #expect(try shell.tmux.terminalModes() == shellModes)
    }

    /// A window resized while the program is stopped: `fg` draws for the new size.
    @Test func resizeWhileSuspendedIsDrawnOnFg() async throws {
        let expected = try await snapshotLines(width: 80, height: 24)
        let shell = try ShellSession(width: Self.width, height: Self.height)
        defer { shell.close() }
        try await shell.waitForPrompt()
        try shell.startProgram([])
        try await shell.tmux.waitUntil("the map") { $0.lines.first?.contains("Escape routes") == true && $0.status.contains("? help") }
        let pid = try await shell.programPID()
        try shell.tmux.send("C-z")
        try await shell.waitForPrompt()
        #expect(processState(pid) == "T")

        try shell.tmux.resize(width: 80, height: 24)
        try shell.enter("fg")
        try await shell.tmux.expectScreen(expected, "the map after fg at the size set while stopped (`snapshot --size 80x24`)")

        try shell.tmux.type("q")
        try await shell.waitForPrompt()
        let exit = try await shell.recordExit()
        #expect(exit.code == 0, "stderr: \(exit.stderr)")
        #expect(exit.sttyBefore == exit.sttyAfter)
        #expect(try shell.tmux.display("#{alternate_on}") == "0")
    }

    @Test func ctrlZDoesNothingInKioskMode() async throws {
        let shell = try ShellSession(width: Self.width, height: Self.height)
        defer { shell.close() }
        try await shell.waitForPrompt()
        let shellModes = try shell.tmux.terminalModes()
        try shell.startProgram(["--kiosk", "--operator-exit", "xyzzy"])
        try await shell.tmux.waitFor("Press an arrow key to explore")
        let pid = try await shell.programPID()

        // A key hands control to the visitor and stops the tour, so the screen holds still.
        try shell.tmux.type("x")
        try await shell.tmux.waitGone("Press an arrow key to explore")
        var still = try shell.tmux.capture()
        try await shell.tmux.waitUntil("the screen to hold still") { screen in
            defer { still = screen }
            return screen.lines == still.lines
        }
        #expect(!still.contains(ShellSession.prompt))

        try shell.tmux.send("C-z")
        // For half a second: never stopped, the same screen.
        let deadline = Date().addingTimeInterval(0.5)
        while Date() < deadline {
            let state = processState(pid)
            #expect(["R", "S"].contains(state), "after Ctrl-Z the kiosk is in state \(state ?? "gone")")
            if state != "R" && state != "S" { break }
            try await Task.sleep(nanoseconds: Tmux.poll)
        }
        let after = try shell.tmux.capture()
        #expect(after.lines == still.lines, "Ctrl-Z changed the kiosk's screen:\n\(screenDiff(after.lines, still.lines))")
        #expect(!after.contains("Stopped"))
        #expect(try shell.tmux.display("#{alternate_on}") == "1")

        try shell.tmux.type("xyzzy")
        try await shell.waitForPrompt()
        let exit = try await shell.recordExit()
        #expect(exit.code == 0, "stderr: \(exit.stderr)")
        #expect(exit.sttyBefore == exit.sttyAfter, "terminal modes were not restored")
        #expect(try shell.tmux.terminalModes() == shellModes)
    }
}
