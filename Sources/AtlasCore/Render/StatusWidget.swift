/// The bottom row: the selected country, its verdict, and the keys that matter now.
enum StatusWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        let y = layout.statusRow
        canvas.fill(Rect(x: 0, y: y, width: layout.width, height: 1), " ", .status)
        var hints: String
        if state.help {
            hints = "any key: back"
        } else if state.panel != nil {
            hints = "Up/Down scroll  Esc close  ? help  q quit"
        } else {
            hints = "arrows/Tab choose  Enter open  ? help  q quit"
        }
        // On a narrow screen the route comes first; the help key is always named.
        if layout.width - CharWidth.of(hints) < 60 { hints = state.help ? "any key: back" : "? help  q quit" }
        let hintWidth = CharWidth.of(hints)
        let hintX = layout.width - hintWidth - 1
        canvas.text(x: hintX, y: y, hints, .statusKey)
        guard atlas.story.routes.indices.contains(state.selected) else { return }
        let route = atlas.story.routes[state.selected]
        var x = 1
        x += canvas.text(x: x, y: y, "[\(route.verdict.symbol)] \(route.verdict.label)", StyleRole.verdict(route.verdict),
                         maxWidth: hintX - x - 1)
        x += canvas.text(x: x, y: y, "  \(route.country): \(route.verdictNote)", .status, maxWidth: max(0, hintX - x - 2))
    }
}
