import AtlasContent
import AtlasGeo
import AtlasMachine

/// The key reference, over everything.
public enum HelpWidget {
    public static let lines: [(String, String)] = [
        ("n p  ] [  PgDn PgUp", "next / previous chapter"),
        ("1 to 9", "go to a chapter; a click on its name too"),
        ("Arrows, h j k l", "on a map: the nearest place that way"),
        ("Tab, Shift-Tab", "next / previous route or camp"),
        ("Enter, Space", "open the panel on the selection"),
        ("Mouse click", "choose; click again to open"),
        ("+ - 0 z, wheel on map", "zoom in, out, back, to the country"),
        ("Up/Down, wheel", "scroll a panel or a chapter's text"),
        ("Left/Right", "panel: previous/next; Arrivals: year"),
        ("Esc, Enter", "close the panel"),
        ("?", "this help; any key closes it"),
        ("q", "quit"),
    ]

    static func draw(into canvas: inout Canvas, layout: ScreenLayout, glyphs g: Charset.Glyphs, kiosk: Bool = false) {
        let lines = kiosk ? Self.lines.filter { $0.0 != "q" } : Self.lines
        let rect = layout.helpRect(lines: lines.count + 2)
        BoxWidget.draw(into: &canvas, rect: rect, title: "Keys", role: .panel, border: .panelBorder,
                       titleRole: .panelTitle, glyphs: g)
        let keyWidth = 24
        for (i, (key, what)) in lines.enumerated() {
            let y = rect.y + 2 + i
            guard y < rect.maxY - 1 else { break }
            canvas.text(x: rect.x + 2, y: y, key, .panelTitle, maxWidth: keyWidth)
            canvas.text(x: rect.x + 2 + keyWidth, y: y, what, .panel, maxWidth: rect.width - keyWidth - 4)
        }
        let y = rect.y + 3 + lines.count
        if y < rect.maxY - 1 {
            canvas.text(x: rect.x + 2, y: y, "Verdicts read by symbol: ! x ? > ~ (see the list).", .panelDim,
                        maxWidth: rect.width - 4)
        }
    }
}
