/// Draws a raster's countries into a rectangle: sea, borders between countries, and each
/// country's cells in the role `role(owner)` chooses. Cells also record their country.
enum GeoFill {
    static func glyph(for role: StyleRole, _ g: Charset.Glyphs) -> Unicode.Scalar {
        switch role {
        case .selected: g.selected
        case .origin: g.origin
        case .selectable: g.selectable
        default: g.land
        }
    }

    static func draw(into canvas: inout Canvas, at rect: Rect, raster: MapRaster, glyphs g: Charset.Glyphs,
                     role: (Int16) -> StyleRole) {
        for r in 0..<raster.rows {
            for c in 0..<raster.cols {
                let o = raster[c, r]
                let x = rect.x + c, y = rect.y + r
                if o == MapRaster.outside { canvas.put(x: x, y: y, " ", .background); continue }
                if o == MapRaster.sea { canvas.put(x: x, y: y, g.sea, .sea); continue }
                canvas.setOwner(x: x, y: y, o)
                let right = raster[c + 1, r], below = raster[c, r + 1]
                let vertical = right >= 0 && right != o
                let horizontal = below >= 0 && below != o
                if vertical || horizontal {
                    canvas.put(x: x, y: y, vertical && horizontal ? g.borderX : (vertical ? g.borderV : g.borderH), .border)
                    continue
                }
                let chosen = role(o)
                canvas.put(x: x, y: y, glyph(for: chosen, g), chosen)
            }
        }
    }
}
