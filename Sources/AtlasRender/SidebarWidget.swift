import AtlasContent
import AtlasGeo
import AtlasMachine

/// The list of routes beside the map, with the verdict legend: a second way to choose, and
/// the key to the map's symbols.
enum SidebarWidget {
    /// The row, inside the sidebar, of the first route.
    static let firstRouteRow = 3

    static func draw(into canvas: inout Canvas, rect: Rect, atlas: Atlas, state: AppState) {
        canvas.fill(rect, " ", .sidebar)
        let x = rect.x + 2
        let w = rect.width - 3
        let t = atlas.strings
        canvas.text(x: x, y: rect.y + 1, t[.escapeRoutes], .panelTitle, maxWidth: w)
        // Verdicts in words for every route, or for none: a list half in words misleads.
        let words = atlas.story.routes.allSatisfy { CharWidth.of(t.verdict($0.verdict)) <= w - 19 }
        for (i, route) in atlas.story.routes.enumerated() {
            let y = rect.y + firstRouteRow + i
            guard y < rect.maxY else { break }
            let selected = i == state.selected
            let role: StyleRole = selected ? .sidebarSelected : .sidebar
            if selected { canvas.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1), " ", role) }
            canvas.text(x: x, y: y, String(route.verdict.symbol), selected ? role : StyleRole.verdict(route.verdict))
            canvas.text(x: x + 2, y: y, route.name, role, maxWidth: 16)
            // The verdict in words where it fits whole; the symbol says it where it does not.
            if words {
                canvas.text(x: x + 19, y: y, t.verdict(route.verdict), role)
            }
        }
        var y = rect.y + firstRouteRow + atlas.story.routes.count + 1
        guard y + Verdict.allCases.count + 1 < rect.maxY else { return }
        canvas.text(x: x, y: y, t[.ifCaught], .panelTitle, maxWidth: w)
        y += 1
        for verdict in Verdict.allCases {
            canvas.text(x: x, y: y, String(verdict.symbol), StyleRole.verdict(verdict))
            canvas.text(x: x + 2, y: y, t.verdict(verdict), .sidebar, maxWidth: w - 2)
            y += 1
        }
        y += 1
        let g = atlas.charset.glyphs
        let keyLines: [(Unicode.Scalar, StyleRole, String)] = [
            (g.origin, .origin, t[.legendOrigin]),
            (g.selectable, .selectable, t[.legendSelectable]),
            (g.selected, .selected, t[.legendSelected]),
            (g.route, .route, t(.legendRoute, ["start": "\(g.start)", "end": "\(g.destination)"])),
            (g.city, .marker, t(.legendCity, ["mission": "\(g.mission)"])),
            ("=", .dmz, t(.legendDMZ, ["crossing": "\(g.crossing)"])),
        ]
        for (glyph, role, text) in keyLines where y < rect.maxY - 1 {
            canvas.put(x: x, y: y, glyph, role)
            canvas.text(x: x + 2, y: y, text, .sidebar, maxWidth: w - 2)
            y += 1
        }
    }
}
