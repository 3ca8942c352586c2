import AtlasContent
import AtlasGeo
import AtlasMachine

/// A framed box with an optional title in its top edge; everything under it is cleared.
enum BoxWidget {
    static func draw(into canvas: inout Canvas, rect: Rect, title: String?, role: StyleRole,
                     border: StyleRole, titleRole: StyleRole, glyphs g: Charset.Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        canvas.fill(rect, " ", role)
        for x in rect.x + 1..<rect.maxX - 1 {
            canvas.put(x: x, y: rect.y, g.boxH, border)
            canvas.put(x: x, y: rect.maxY - 1, g.boxH, border)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            canvas.put(x: rect.x, y: y, g.boxV, border)
            canvas.put(x: rect.maxX - 1, y: y, g.boxV, border)
        }
        canvas.put(x: rect.x, y: rect.y, g.boxTL, border)
        canvas.put(x: rect.maxX - 1, y: rect.y, g.boxTR, border)
        canvas.put(x: rect.x, y: rect.maxY - 1, g.boxBL, border)
        canvas.put(x: rect.maxX - 1, y: rect.maxY - 1, g.boxBR, border)
        if let title, rect.width > 6 {
            canvas.text(x: rect.x + 2, y: rect.y, " \(title) ", titleRole, maxWidth: rect.width - 4)
        }
    }
}
