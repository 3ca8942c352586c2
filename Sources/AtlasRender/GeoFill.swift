import AtlasContent
import AtlasGeo
import AtlasMachine

/// Draws a raster's countries into a rectangle: sea, borders between countries, and each
/// country's cells in the role `role(owner)` chooses.
enum GeoFill {
    static func glyph(for role: StyleRole, _ g: Charset.Glyphs) -> Unicode.Scalar {
        switch role {
        case .selected: g.selected
        case .origin: g.origin
        case .selectable: g.selectable
        default: g.land
        }
    }

    /// The border glyph for a land cell whose right or lower neighbour is another country, or nil.
    static func border(_ raster: MapRaster, _ c: Int, _ r: Int, owner: Int16, _ g: Charset.Glyphs) -> Unicode.Scalar? {
        let right = raster[c + 1, r], below = raster[c, r + 1]
        let vertical = right >= 0 && right != owner, horizontal = below >= 0 && below != owner
        guard vertical || horizontal else { return nil }
        return vertical && horizontal ? g.borderX : (vertical ? g.borderV : g.borderH)
    }

    /// Half-blocks: each cell is two map rows (`halves` is the raster at twice the rows). Where
    /// both halves have the same role the cell keeps that role's own character (so roles stay
    /// distinct without colour); where they differ, ▀ takes the top's colour over the bottom's.
    static func drawHalves(into canvas: inout Canvas, at rect: Rect, raster: MapRaster, halves: MapRaster,
                           glyphs g: Charset.Glyphs, role: (Int16) -> StyleRole) {
        func roleOf(_ o: Int16) -> StyleRole {
            o == MapRaster.outside ? .background : (o == MapRaster.sea ? .sea : role(o))
        }
        for r in 0..<raster.rows {
            for c in 0..<raster.cols {
                let x = rect.x + c, y = rect.y + r
                let top = halves[c, r * 2], bottom = halves[c, r * 2 + 1]
                let owner = raster[c, r]
                let a = roleOf(top), b = roleOf(bottom)
                if owner >= 0, let line = border(raster, c, r, owner: owner, g) {
                    canvas.put(x: x, y: y, line, .border)
                } else if a == b {
                    let glyph: Unicode.Scalar = a == .sea ? g.sea : (a == .background ? " " : glyph(for: a, g))
                    canvas.put(x: x, y: y, glyph, a)
                } else {
                    canvas.putHalf(x: x, y: y, "▀", a, back: b)
                }
            }
        }
    }

    /// Braille dot bits, by column (0, 1) and row (0...3) within a cell.
    static let dotBits: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Braille: every cell is a pattern of its land dots (`dots` is the raster at 2×4 a cell), so
    /// coasts and borders are drawn at eight times the cell resolution (borders as a line of
    /// missing dots), and land off the routes has every other dot, so it reads lighter without
    /// colour too.
    static func drawDots(into canvas: inout Canvas, at rect: Rect, raster: MapRaster, dots: MapRaster,
                         glyphs g: Charset.Glyphs, role: (Int16) -> StyleRole) {
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
                if mask == 0 {
                    canvas.put(x: x, y: y, outside ? " " : g.sea, outside ? .background : (owner >= 0 ? role(owner) : .sea))
                } else {
                    canvas.put(x: x, y: y, Unicode.Scalar(0x2800 + mask)!, owner >= 0 ? role(owner) : .land)
                }
            }
        }
    }

    /// Whole cells: one character per role, borders as box lines.
    static func draw(into canvas: inout Canvas, at rect: Rect, raster: MapRaster, glyphs g: Charset.Glyphs,
                     role: (Int16) -> StyleRole) {
        for r in 0..<raster.rows {
            for c in 0..<raster.cols {
                let o = raster[c, r]
                let x = rect.x + c, y = rect.y + r
                if o == MapRaster.outside { canvas.put(x: x, y: y, " ", .background); continue }
                if o == MapRaster.sea { canvas.put(x: x, y: y, g.sea, .sea); continue }
                if let line = border(raster, c, r, owner: o, g) {
                    canvas.put(x: x, y: y, line, .border)
                    continue
                }
                let chosen = role(o)
                canvas.put(x: x, y: y, glyph(for: chosen, g), chosen)
            }
        }
    }
}
