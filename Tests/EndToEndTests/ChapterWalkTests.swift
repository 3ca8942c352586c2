import AtlasCore
import Foundation
import Testing

/// Every chapter reached in the real terminal, by key and by the chapter bar.
@Suite(.serialized) struct ChapterWalkTests {
    @Test func nWalksEveryChapterAndPComesBack() async throws {
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()
        // From the map (2) forward to the end, each chapter shows its own title or chart.
        let marks: [Chapter: String] = [
            .distances: "FROM DANDONG TO SOUTH KOREA'S MISSIONS", .thae: "THAE YONG-HO",
            .arrivals: "NORTH KOREAN DEFECTORS ARRIVING IN SOUTH KOREA", .camps: "PRISON CAMPS",
            .balloons: "A LEAFLET BALLOON'S CROSSING", .workers: "HOST COUNTRIES NAMED IN THE SOURCES",
            .sources: "SOURCES", .homeland: "FLEEING THE HOMELAND",
        ]
        let book = ChapterBook(story: try Content.story, screens: ChapterRegistry.screens, strings: .english)
        for chapter in ChapterRegistry.chapters where ChapterRegistry.number(of: chapter) > 2 {
            try app.tmux.type("n")
            // The status line names the chapter, or in the camps chapter the selected camp.
            let status = chapter == .camps ? "Kaechon (Camp 14)" : "\(ChapterRegistry.number(of: chapter))/9 \(ChapterRegistry.name(of: chapter, in: book))"
            let screen = try await app.tmux.waitFor(status, marks[chapter]!)
            #expect(screen.lines.first?.contains("\(ChapterRegistry.number(of: chapter)) \(ChapterRegistry.name(of: chapter, in: book))") == true)
        }
        // n at the last chapter stays; p walks back; 1 jumps to the start.
        try app.tmux.type("n")
        try await app.tmux.waitFor("9/9 Sources")
        try app.tmux.type("p")
        try await app.tmux.waitFor("8/9 Workers abroad")
        try app.tmux.type("1")
        try await app.tmux.waitFor("1/9 Homeland", "FLEEING THE HOMELAND")
        try app.tmux.send("PageDown")
        try await app.waitForMap()
    }

    @Test func arrivalsAnswerTheArrowKeys() async throws {
        let app = try AppSession(["--select", "KR"])
        defer { app.close() }
        try await app.waitForMap()
        try app.tmux.type("5")
        try await app.tmux.waitFor("2025: 223 arrivals")
        try app.tmux.send("Left")
        try await app.tmux.waitFor("2024: 236 arrivals")
        try app.tmux.type(String(repeating: "h", count: 30))
        try await app.tmux.waitFor("up to 1998 (several years in one figure): 947 arrivals")
    }
}

/// The kiosk in a real terminal: the tour runs, visitors cannot leave, the operator and SIGTERM can.
@Suite(.serialized) struct KioskEndToEndTests {
    @Test func visitorsCannotLeaveButTheOperatorCan() async throws {
        let app = try AppSession(["--kiosk", "--operator-exit", "xyzzy"])
        defer { app.close() }
        try await app.tmux.waitFor("Press an arrow key to explore")
        #expect(try app.tmux.display("#{cursor_flag}") == "0", "the cursor is hidden")
        // q, Ctrl-C, Ctrl-Z and Ctrl-\ do nothing but hand control to the visitor.
        try app.tmux.send("q", "C-c", "C-z", "C-\\")
        try await app.tmux.waitGone("Press an arrow key to explore")
        try await Task.sleep(nanoseconds: 400_000_000)
        #expect(!app.dir.exists("done"), "the kiosk ended on a visitor's key")
        let pid = try await app.programPID()
        #expect(kill(pid, 0) == 0)
        try app.tmux.type("xyzzy")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0)
        #expect(exit.sttyBefore == exit.sttyAfter)
        #expect(try app.tmux.display("#{alternate_on}") == "0")
    }

    @Test func sigtermEndsTheKioskWithTheTerminalRestored() async throws {
        let app = try AppSession(["--kiosk"])
        defer { app.close() }
        try await app.tmux.waitFor("Press an arrow key to explore")
        let pid = try await app.programPID()
        #expect(kill(pid, SIGINT) == 0)
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(!app.dir.exists("done"), "SIGINT ended the kiosk")
        #expect(kill(pid, SIGTERM) == 0)
        let seconds = try await app.waitForProcessGone(pid)
        #expect(seconds < 1, "SIGTERM took \(seconds) s to end the kiosk")
        let exit = try await app.waitForExit()
        #expect(exit.code == 128 + SIGTERM)
        #expect(exit.sttyBefore == exit.sttyAfter)
        #expect(try app.tmux.display("#{alternate_on}") == "0")
    }
}
