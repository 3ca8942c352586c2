import AtlasContent
import AtlasGeo
import AtlasMachine

/// Where a scroll bar's thumb goes: `visible` rows of `count` lines, scrolled to `top`. The one
/// piece of scroll maths, for the panel and the page.
enum ScrollBar {
    static func thumb(visible: Int, count: Int, top: Int) -> (offset: Int, length: Int) {
        let length = max(1, visible * visible / count)
        let maxTop = count - visible
        return (maxTop == 0 ? 0 : (visible - length) * top / maxTop, length)
    }

    /// Draws the thumb in column `x` from row `y`, when the text is longer than the window.
    static func draw(into canvas: inout Canvas, x: Int, y: Int, visible: Int, count: Int, top: Int,
                     glyph: Unicode.Scalar, role: StyleRole) {
        guard count > visible else { return }
        let t = thumb(visible: visible, count: count, top: top)
        for k in 0..<t.length { canvas.put(x: x, y: y + t.offset + k, glyph, role) }
    }
}
