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

    /// Braille dot bits, by column (0, 1) and row (0...3) within a cell.
    static let dotBits: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// With `dots`, every cell is a braille pattern of its land dots: coasts and borders are
    /// drawn at eight times the cell resolution (borders as a line of missing dots), and land
    /// off the routes has every other dot, so it reads lighter without colour too.
    static func draw(into canvas: inout Canvas, at rect: Rect, raster: MapRaster, dots: MapRaster?,
                     glyphs g: Charset.Glyphs, role: (Int16) -> StyleRole) {
        guard let dots else { return draw(into: &canvas, at: rect, raster: raster, glyphs: g, role: role) }
        for r in 0..<raster.rows {
            for c in 0..<raster.cols {
                let x = rect.x + c, y = rect.y + r
                var mask: UInt32 = 0
                var landOwner: Int16 = MapRaster.sea
                var outside = true
                for dx in 0..<2 {
                    for dy in 0..<4 {
                        let px = c * 2 + dx, py = r * 4 + dy
                        let o = dots[px, py]
                        if o != MapRaster.outside { outside = false }
                        guard o >= 0 else { continue }
                        let right = dots[px + 1, py], below = dots[px, py + 1]
                        if (right >= 0 && right != o) || (below >= 0 && below != o) { continue }
                        if landOwner < 0 { landOwner = o }
                        let chosen = role(o)
                        if (chosen == .land) && (dx + dy) % 2 == 1 { continue }
                        mask |= dotBits[dx][dy]
                    }
                }
                let owner = raster[c, r] >= 0 ? raster[c, r] : landOwner
                if owner >= 0 { canvas.setOwner(x: x, y: y, owner) }
                if mask == 0 {
                    canvas.put(x: x, y: y, outside ? " " : g.sea, outside ? .background : (owner >= 0 ? role(owner) : .sea))
                } else {
                    canvas.put(x: x, y: y, Unicode.Scalar(0x2800 + mask)!, owner >= 0 ? role(owner) : .land)
                }
            }
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
