import AtlasContent
import AtlasGeo
import AtlasMachine

/// A window on a list of text lines, with a scroll bar on its right edge when they do not fit.
enum TextViewWidget {
    static func draw(into canvas: inout Canvas, rect: Rect, lines: [PanelLine], scroll: Int, glyphs g: Charset.Glyphs) {
        canvas.fill(rect, " ", .background)
        let visible = rect.height
        guard visible > 0 else { return }
        let top = max(0, min(scroll, max(0, lines.count - visible)))
        for row in 0..<visible {
            let i = top + row
            guard i < lines.count else { break }
            canvas.text(x: rect.x, y: rect.y + row, lines[i].text, pageRole(lines[i].role), maxWidth: rect.width - 2)
        }
        if lines.count > visible {
            for k in 0..<visible { canvas.put(x: rect.maxX - 1, y: rect.y + k, g.boxV, .axis) }
            ScrollBar.draw(into: &canvas, x: rect.maxX - 1, y: rect.y, visible: visible, count: lines.count, top: top,
                           glyph: g.scrollMark, role: .axis)
        }
    }

    /// Page text sits on the terminal's own background, not a panel's.
    static func pageRole(_ role: StyleRole) -> StyleRole {
        switch role {
        case .panel: .background
        case .panelTitle: .pageTitle
        case .panelDim: .pageDim
        default: role
        }
    }
}
