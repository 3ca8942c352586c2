import AtlasCore
import Foundation
import Testing

/// The real binary in a tmux pane: what it shows, and how keys, the mouse and resizing change it.
@Suite(.serialized) struct InteractiveTests {
    @Test func mapAppearsAt120x40() async throws {
        let story = try Content.story
        let app = try AppSession()
        defer { app.close() }
        let screen = try await app.waitForMap()
        #expect(screen.lines.count == 40)
        #expect(screen.status.contains("Deadly crossing"), "status line: \(screen.status)")
        #expect(screen.status.contains(try Content.statusPrefix(0)), "status line: \(screen.status)")
        // Every route is listed in the sidebar.
        for route in story.routes {
            #expect(screen.contains(route.name), "the sidebar lacks \(route.name)")
        }
        #expect(try app.tmux.display("#{alternate_on}") == "1", "the program runs on the alternate screen")

        // The title, "FLEEING THE HOMELAND", heads chapter 1; 2 comes back to the same map.
        try app.tmux.type("1")
        let homeland = try await app.tmux.waitFor("FLEEING THE HOMELAND", "1/9 Homeland")
        #expect(homeland.lines.first?.contains("1 Homeland") == true, "chapter bar: \(homeland.lines.first ?? "")")
        try app.tmux.type("2")
        let back = try await app.waitForMap()
        #expect(back.status.contains(try Content.statusPrefix(0)))
        #expect(!back.contains("FLEEING THE HOMELAND"))
    }

    @Test func keysMoveTheSelection() async throws {
        let count = try Content.story.routes.count
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()

        try app.tmux.send("Tab")
        var screen = try await app.waitForSelection(try Content.route("CN"))
        #expect(screen.status.contains("Sent back to the North"))
        #expect(screen.status.contains("China"))

        // Each arrow goes where the core's navigator says, and the status line follows.
        var current = try Content.route("CN")
        for (key, direction) in [("Right", Direction.right), ("Left", .left), ("Up", .up), ("Down", .down)] {
            let before = screen.status
            let next = try #require(try Content.neighbour(of: current, direction), "no route \(direction) of route \(current)")
            try app.tmux.send(key)
            screen = try await app.waitForSelection(next)
            #expect(screen.status != before, "\(key) did not change the status line")
            current = next
        }

        // Shift-Tab goes back one in Tab order.
        try app.tmux.send("BTab")
        try await app.waitForSelection((current + count - 1) % count)
        try app.tmux.send("Tab")
        try await app.waitForSelection(current)
    }

    @Test func enterOpensAScrollingPanelAndEscapeClosesIt() async throws {
        let route = try Content.story.routes[0]
        // The first words of the route's account, as written in routes.yaml.
        let opening = route.account.split(separator: " ").prefix(4).joined(separator: " ")
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()

        try app.tmux.send("Enter")
        var screen = try await app.tmux.waitFor("KEY FACTS", opening)
        #expect(screen.lines.contains { $0.contains("─ \(route.name)") }, "the panel is titled \(route.name):\n\(screen)")
        #expect(screen.status.contains("Esc close"), "status hints for the panel: \(screen.status)")
        let first = try #require(scrollIndicator(screen), "no 'N-M of T' indicator in the open panel:\n\(screen)")
        #expect(first.top == 1)

        try app.tmux.send("Down")
        screen = try await app.tmux.waitUntil("the panel to scroll one line") { scrollIndicator($0)?.top == first.top + 1 }
        let second = try #require(scrollIndicator(screen))
        #expect(second.bottom == first.bottom + 1 && second.total == first.total)

        try app.tmux.send("Up")
        try await app.tmux.waitUntil("the panel to scroll back") { scrollIndicator($0)?.top == first.top }

        try app.tmux.send("Escape")
        screen = try await app.tmux.waitGone("KEY FACTS")
        #expect(screen.status.contains("Enter open"), "status hints for the map: \(screen.status)")
        #expect(screen.status.contains(try Content.statusPrefix(0)), "closing keeps the selection")
    }

    @Test func helpOverlayOpensAndAnyKeyClosesIt() async throws {
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()

        try app.tmux.type("?")
        let screen = try await app.tmux.waitFor("Tab, Shift-Tab", "any key: back")
        #expect(screen.lines.contains { $0.contains("─ Keys ─") }, "the help box is framed and titled Keys:\n\(screen)")

        // Tab only closes the overlay; it does not also move the selection.
        try app.tmux.send("Tab")
        try await app.tmux.waitGone("Tab, Shift-Tab", "any key: back")
        let after = try await app.waitForSelection(0)
        #expect(!after.lines.contains { $0.contains("─ Keys ─") })

        try app.tmux.type("?")
        try await app.tmux.waitFor("Tab, Shift-Tab")
        try app.tmux.type("x")
        try await app.tmux.waitGone("Tab, Shift-Tab")
    }

    @Test func mouseClickSelectsThenOpens() async throws {
        let mongolia = try Content.route("MN")
        let name = try Content.story.routes[mongolia].name
        let app = try AppSession()
        defer { app.close() }
        let screen = try await app.waitForMap()
        let cell = try #require(sidebarCell(of: name, in: screen), "no sidebar row for \(name):\n\(screen)")
        // Clicks go in the encoding the program asked the terminal for, as a terminal would send them.
        let encoding = try app.tmux.mouseEncoding()

        try app.tmux.click(x: cell.x, y: cell.y, encoding: encoding)
        let selected = try await app.waitForSelection(mongolia)
        #expect(selected.status.contains("Mongolia"))
        #expect(!selected.contains("KEY FACTS"), "the first click only selects")

        try app.tmux.click(x: cell.x, y: cell.y, encoding: encoding)
        let opened = try await app.tmux.waitFor("KEY FACTS", "Esc close ")
        #expect(opened.lines.contains { $0.contains("─ \(name) ─") }, "the panel is \(name)'s:\n\(opened)")
        #expect(opened.status.contains("Mongolia"))
    }

    @Test func resizeRefitsTheScreen() async throws {
        let russia = try Content.route("RU")
        let code = try Content.story.routes[russia].code
        let app = try AppSession()
        defer { app.close() }
        try await app.waitForMap()
        try app.tmux.send("Tab", "Tab")
        try await app.waitForSelection(russia)

        // 80x24: the same screen `snapshot` draws for that size and selection.
        try app.tmux.resize(width: 80, height: 24)
        let snapshot = try await Command.run(try Binary.require(), ["snapshot", "--size", "80x24", "--select", code])
        try #require(snapshot.status == 0, "snapshot failed: \(snapshot.stderr)")
        let expected = screenLines(snapshot.stdout)
        #expect(expected.count == 24)
        var live: [String] = []
        do {
            live = try await app.tmux.waitUntil("the 80x24 screen to match the snapshot") { $0.lines == expected }.lines
        } catch {
            live = (try? app.tmux.capture().lines) ?? []
            Issue.record("after resizing to 80x24 the screen differs from `snapshot --size 80x24 --select \(code)`:\n\(screenDiff(live, expected))")
        }
        #expect(live.count == 24)
        #expect(live.first?.contains("Escape routes") == true, "chapter bar: \(live.first ?? "")")
        #expect(live.contains { $0.contains("ESCAPE ROUTES") }, "the sidebar still fits at 80x24")
        #expect(live.last?.hasPrefix(" " + (try Content.statusPrefix(russia))) == true, "status line: \(live.last ?? "")")

        // 50x15: too small, and keys are ignored meanwhile.
        try app.tmux.resize(width: 50, height: 15)
        let small = try await app.tmux.waitFor("Terminal too small: 50x15")
        #expect(small.lines.count == 15)
        #expect(!small.contains("ESCAPE ROUTES"))
        try app.tmux.send("Tab")

        // Back to 120x40: the map again, with the selection it had.
        try app.tmux.resize(width: 120, height: 40)
        let big = try await app.waitForMap()
        #expect(big.lines.count == 40)
        #expect(!big.contains("Terminal too small"))
        try await app.waitForSelection(russia)
    }
}

/// The panel's "top-bottom of total" line indicator.
func scrollIndicator(_ screen: Screen) -> (top: Int, bottom: Int, total: Int)? {
    for line in screen.lines {
        guard let match = line.firstMatch(of: /(\d+)-(\d+) of (\d+)/) else { continue }
        if let t = Int(match.1), let b = Int(match.2), let n = Int(match.3) { return (t, b, n) }
    }
    return nil
}

/// The cell of a route's name in the sidebar list: the row under "ESCAPE ROUTES" whose text at the
/// heading's column + 2 starts with the name (the map's own label for the country is elsewhere).
/// Columns count characters, which is right while every glyph on screen is one cell wide.
func sidebarCell(of name: String, in screen: Screen) -> (x: Int, y: Int)? {
    let rows = screen.lines.map { Array($0) }
    let heading = Array("ESCAPE ROUTES")
    for (headingRow, row) in rows.enumerated() where row.count >= heading.count {
        guard let column = (0...(row.count - heading.count)).first(where: { Array(row[$0..<$0 + heading.count]) == heading })
        else { continue }
        let x = column + 2
        let target = Array(name)
        for y in (headingRow + 1)..<rows.count {
            let r = rows[y]
            if r.count >= x + target.count, Array(r[x..<x + target.count]) == target { return (x, y) }
        }
        return nil
    }
    return nil
}
