import AtlasContent
import AtlasGeo
import AtlasMachine

/// The pop-up route panel: a framed box over the map with a scrolling window on its text.
enum PanelWidget {
    static func draw(into canvas: inout Canvas, rect: Rect, lines: [PanelLine], scroll: Int, title: String,
                     glyphs g: Charset.Glyphs, _ t: Strings) {
        BoxWidget.draw(into: &canvas, rect: rect, title: title, role: .panel,
                       border: .panelBorder, titleRole: .panelTitle, glyphs: g)
        let visible = max(1, rect.height - 4)
        let top = max(0, min(scroll, max(0, lines.count - visible)))
        let textWidth = ScreenLayout.panelTextWidth(rect)
        for row in 0..<visible {
            let i = top + row
            guard i < lines.count else { break }
            canvas.text(x: rect.x + 2, y: rect.y + 2 + row, lines[i].text, lines[i].role, maxWidth: textWidth)
        }
        // A scroll bar on the right edge when the text is longer than the box.
        if lines.count > visible {
            ScrollBar.draw(into: &canvas, x: rect.maxX - 1, y: rect.y + 2, visible: visible, count: lines.count, top: top,
                           glyph: g.scrollMark, role: .panelBorder)
            let where_ = t(.panelWhere, ["first": "\(top + 1)", "last": "\(min(lines.count, top + visible))",
                                         "count": "\(lines.count)"])
            canvas.text(x: rect.maxX - CharWidth.of(where_) - 3, y: rect.maxY - 1, " \(where_) ", .panelDim)
        }
        canvas.text(x: rect.x + 2, y: rect.maxY - 1, t[.panelClose], .panelDim)
    }
}
