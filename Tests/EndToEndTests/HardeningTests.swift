import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// How a test sets the locale: `LC_ALL` and `LC_CTYPE` are always unset, so `LANG` decides.
enum LocaleSetting: String, CaseIterable, CustomStringConvertible {
    case cUTF8 = "LANG=C.UTF-8"
    case c = "LANG=C"
    case unset = "LANG unset"

    var description: String { rawValue }

    var set: [(String, String)] {
        switch self {
        case .cUTF8: [("LANG", "C.UTF-8")]
        case .c: [("LANG", "C")]
        case .unset: []
        }
    }

    /// `env -u …`: the locale variables, and NO_COLOR so colour depends on the terminal alone.
    static let cleared = ["LANG", "LC_ALL", "LC_CTYPE", "NO_COLOR"]
}

/// Whether the system has a C.UTF-8 locale (`locale -a`), which the program falls back to when
/// `LANG` gives no UTF-8; without it the program must draw in 7-bit ASCII.
func systemHasCUTF8(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Bool {
    guard let locale = Command.which("locale") else {
        throw E2EError("the `locale` command is missing (libc-bin): cannot tell whether C.UTF-8 exists", at: sourceLocation)
    }
    let result = try await Command.run(locale, ["-a"], sourceLocation: sourceLocation)
    guard result.status == 0 else { throw E2EError("locale -a failed: \(result.stderr)", at: sourceLocation) }
    return result.stdout.split(separator: "\n").contains { name in
        let n = name.lowercased().replacingOccurrences(of: "-", with: "")
        return n == "c.utf8"
    }
}

/// Every TERM × locale: the program either runs with the right fallbacks or refuses in one line,
/// and in both cases gives the terminal back as it was.
@Suite(.serialized) struct TerminalMatrixTests {
    static let width = 80, height = 24
    /// Terminals whose terminfo has an alternate screen (smcup): the program must be on it.
    static let alternateScreen: Set<String> = ["xterm-256color", "xterm", "screen"]

    @Test(arguments: ["xterm-256color", "xterm", "screen", "linux", "vt100", "dumb"])
    func runsOrRefusesCleanly(term: String) async throws {
        let utf8 = try await systemHasCUTF8()
        let refuses = term == "dumb"
        // What the map must look like: block glyphs when UTF-8 can be had, else ASCII.
        let expected = refuses ? [] : try await snapshotLines(width: Self.width, height: Self.height,
                                                              utf8 ? [] : ["--charset", "ascii"])
        var combinations = 0
        for setting in LocaleSetting.allCases {
            let app = try ScriptSession(set: setting.set + [("TERM", term)], unset: LocaleSetting.cleared,
                                        width: Self.width, height: Self.height)
            defer { app.close() }
            let label = "TERM=\(term) \(setting)"
            combinations += 1

            if refuses {
                let exit = try await app.waitForExit()
                #expect(exit.code == 2, "\(label): exit code")
                let lines = exit.stderr.split(separator: "\n").filter { !$0.isEmpty }
                #expect(lines.count == 1, "\(label): expected one line on stderr, got:\n\(exit.stderr)")
                #expect(lines.first?.hasPrefix("nk-defectors:") == true, "\(label): stderr: \(exit.stderr)")
                #expect(!exit.sttyBefore.isEmpty)
                #expect(exit.sttyBefore == exit.sttyAfter, "\(label): stty -g changed")
                #expect(try app.tmux.terminalModes() == Tmux.pristineModes, "\(label): terminal modes changed")
                continue
            }

            let screen = try await app.tmux.waitUntil("\(label): the map (chapter bar on top, \"? help\" below)") { s in
                s.lines.first?.contains("Escape routes") == true && s.status.contains("? help")
            }
            #expect(screen.lines.count == Self.height)
            let live = try await app.tmux.expectScreen(expected, "\(label): the map as `snapshot --size 80x24` draws it")
            if utf8 {
                // The locale was repaired to UTF-8 (or was UTF-8): the map's block glyphs are there.
                #expect(live.text.unicodeScalars.contains { !$0.isASCII }, "\(label): no UTF-8 glyph on screen; the locale was not repaired:\n\(live)")
            } else {
                let stray = live.text.unicodeScalars.filter { !$0.isASCII }
                #expect(stray.isEmpty, "\(label): no UTF-8 locale, yet non-ASCII on screen: \(String(String.UnicodeScalarView(stray.prefix(20))))")
            }
            let coloured = setsColour(try app.tmux.captureWithAttributes())
            if term == "vt100" {
                #expect(!coloured, "\(label): vt100 has no colours, yet colour was sent")
            } else {
                #expect(coloured, "\(label): a colour terminal without NO_COLOR, yet no colour on screen")
            }
            if Self.alternateScreen.contains(term) {
                #expect(try app.tmux.display("#{alternate_on}") == "1", "\(label): not on the alternate screen")
            }

            try app.tmux.type("q")
            let exit = try await app.waitForExit()
            #expect(exit.code == 0, "\(label): q should exit 0")
            #expect(exit.stderr.isEmpty, "\(label): stderr: \(exit.stderr)")
            #expect(!exit.sttyBefore.isEmpty)
            #expect(exit.sttyBefore == exit.sttyAfter, "\(label): terminal modes were not restored")
            #expect(try app.tmux.terminalModes() == Tmux.pristineModes,
                    "\(label): the terminal's modes (alternate screen, cursor, mouse, keypad) were not restored after q")
        }
        #expect(combinations == LocaleSetting.allCases.count)
    }
}

/// Starting at sizes around the 60x20 minimum, and at the extremes.
@Suite(.serialized) struct SizeTests {
    static let sizes: [(Int, Int)] = [(1, 1), (20, 5), (59, 19), (60, 19), (59, 20), (60, 20), (300, 100)]

    @Test(arguments: sizes)
    func startsAtSize(_ width: Int, _ height: Int) async throws {
        let app = try ScriptSession(width: width, height: height)
        defer { app.close() }
        let size = "\(width)x\(height)"
        // The pane really has the size asked for (tmux's minimum is 1x1).
        #expect(try app.tmux.display("#{pane_width}x#{pane_height}") == size, "tmux did not make a \(size) pane")
        let pid = try await app.programPID()

        if width >= 60 && height >= 20 {
            let screen = try await app.tmux.waitUntil("the map at \(size)") { s in
                s.lines.first?.contains("Escape routes") == true && s.status.contains("? help")
            }
            #expect(!screen.contains("Terminal too small"))
            #expect(screen.lines.count == height)
        } else if width >= "Terminal too small".count {
            // The notice, as much of it as the pane can hold.
            let full = "Terminal too small: \(size)"
            let text = width >= full.count ? full : "Terminal too small"
            let screen = try await app.tmux.waitFor(text)
            #expect(!screen.contains("ESCAPE ROUTES"), "the map drawn at \(size):\n\(screen)")
            if width >= full.count {
                #expect(screen.contains("needs at least 60x20"), "the notice does not say the minimum:\n\(screen)")
            }
        } else {
            // Too small even for the notice: the program is running, not stopped or dead.
            try await app.tmux.waitUntil("something drawn at \(size)") { !$0.text.allSatisfy(\.isWhitespace) }
        }
        // Whatever was drawn, it is what `snapshot` draws for that size (the map at 60x20 and
        // 300x100, the notice below 60x20), row for row.
        let expected = try await snapshotLines(width: width, height: height)
        #expect(expected.count == height)
        try await app.tmux.expectScreen(expected, "the \(size) screen equal to `snapshot --size \(size)`")
        #expect(["R", "S"].contains(processState(pid)), "at \(size) the program is in state \(processState(pid) ?? "gone")")
        #expect(!app.dir.exists("done"), "at \(size) the program ended by itself")

        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0, "q at \(size): exit code; stderr: \(exit.stderr)")
        #expect(exit.stderr.isEmpty, "stderr at \(size): \(exit.stderr)")
        #expect(!exit.sttyBefore.isEmpty)
        #expect(exit.sttyBefore == exit.sttyAfter, "terminal modes not restored at \(size)")
        #expect(try app.tmux.terminalModes() == Tmux.pristineModes, "terminal modes (alternate screen, cursor, mouse…) not restored at \(size)")
    }
}

/// Hundreds of resizes as fast as tmux takes them: the program keeps up and ends on the right frame.
@Suite(.serialized) struct ResizeStormTests {
    static let count = 200
    static let seed: UInt64 = 0x6E6B_2D64_6566_0001

    @Test func survivesAStormOfResizes() async throws {
        let expected = try await snapshotLines(width: 100, height: 30)
        let app = try ScriptSession(width: 120, height: 40)
        defer { app.close() }
        try await app.tmux.waitUntil("the map at 120x40") { $0.lines.first?.contains("Escape routes") == true }
        let pid = try await app.programPID()

        var random = SeededGenerator(seed: Self.seed)
        var sizes: [(Int, Int)] = []
        for _ in 0..<Self.count { sizes.append((Int.random(in: 20...200, using: &random), Int.random(in: 8...60, using: &random))) }
        #expect(Set(sizes.map { "\($0.0)x\($0.1)" }).count > Self.count / 2, "the sizes should vary")
        let start = Date()
        for (i, (w, h)) in sizes.enumerated() {
            try app.tmux.resize(width: w, height: h)
            if i % 50 == 49 {
                #expect(["R", "S"].contains(processState(pid)), "after \(i + 1) resizes the program is \(processState(pid) ?? "gone")")
            }
        }
        let storm = Date().timeIntervalSince(start)
        try app.tmux.resize(width: 100, height: 30)
        #expect(storm < 20, "the storm took \(storm) s")
        #expect(["R", "S"].contains(processState(pid)), "after the storm the program is \(processState(pid) ?? "gone")")
        #expect(!app.dir.exists("done"), "the program ended during the storm: \(app.dir.read("stderr") ?? "")")
        #expect(try app.tmux.display("#{pane_width}x#{pane_height}") == "100x30")

        let screen = try await app.tmux.expectScreen(expected, "the settled 100x30 screen equal to `snapshot --size 100x30`",
                                                     timeout: 10)
        #expect(screen.lines.count == 30)
        #expect(Tmux.isRunning(pid))

        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0)
        #expect(exit.stderr.isEmpty, "stderr: \(exit.stderr)")
        #expect(!exit.sttyBefore.isEmpty)
        #expect(exit.sttyBefore == exit.sttyAfter, "terminal modes were not restored")
        #expect(try app.tmux.terminalModes() == Tmux.pristineModes)
        print("ResizeStormTests: \(Self.count) resizes (+ 100x30) in \(String(format: "%.2f", storm)) s")
    }
}
