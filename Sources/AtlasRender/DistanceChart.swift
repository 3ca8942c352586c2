import AtlasContent
import AtlasGeo
import AtlasMachine

/// Horizontal bars from Dandong to each South Korean mission: the straight (great-circle)
/// distance, and the longer distance along the route's waypoints, both computed here.
public enum DistanceChart {
    public struct Row: Equatable, Sendable {
        public var label: String
        public var straightKm: Double
        public var routeKm: Double
    }

    public static func rows(_ story: Story) -> [Row] {
        let chapter = story.chapters.distances
        guard let start = story.place(chapter.start) else { return [] }
        return chapter.destinations.compactMap { d in
            guard let place = story.place(d.place) else { return nil }
            let path = d.via.compactMap { story.place($0)?.point }
            return Row(label: place.label, straightKm: GreatCircle.km(start.point, place.point),
                       routeKm: GreatCircle.km(along: path))
        }
    }

    static func draw(into canvas: inout Canvas, rect: Rect, atlas: Atlas) {
        let rows = rows(atlas.story)
        guard rect.height >= rows.count + 3, rect.width >= 40 else { return }
        let g = atlas.charset.glyphs, t = atlas.strings
        let x0 = rect.x + 2
        canvas.text(x: x0, y: rect.y + 1, atlas.strings[.distancesTitle], .pageTitle, maxWidth: rect.width - 4)
        let labelWidth = min(24, rows.map { CharWidth.of($0.label) }.max() ?? 10) + 1
        let valueWidth = 14
        let barWidth = max(4, rect.width - 4 - labelWidth - valueWidth)
        let maxKm = max(1, rows.map { max($0.straightKm, $0.routeKm) }.max() ?? 1)
        for (i, row) in rows.enumerated() {
            let y = rect.y + 3 + i
            canvas.text(x: x0, y: y, row.label, .background, maxWidth: labelWidth - 1)
            let bx = x0 + labelWidth
            let straight = Int((row.straightKm / maxKm * Double(barWidth * 8)).rounded())
            let route = Int((max(row.routeKm, row.straightKm) / maxKm * Double(barWidth * 8)).rounded())
            // The route's extra length as a lighter bar, then the straight line over it.
            for k in 0..<(route + 7) / 8 { canvas.put(x: bx + k, y: y, g.lighter, .chartB) }
            drawBar(&canvas, x: bx, y: y, eighths: straight, glyphs: g)
            let value = "\(t.number(Int(row.straightKm.rounded()))) / \(t.number(Int(row.routeKm.rounded())))"
            canvas.text(x: bx + barWidth + 2, y: y, value, .background)
        }
        let y = rect.y + 3 + rows.count + 1
        if y < rect.maxY {
            var x = x0
            canvas.put(x: x, y: y, g.barFull, .chartA); x += 2
            x += canvas.text(x: x, y: y, t[.straightLegend], .pageDim)
            canvas.put(x: x, y: y, g.lighter, .chartB); x += 2
            canvas.text(x: x, y: y, t[.routeLegend], .pageDim, maxWidth: rect.maxX - x - 1)
        }
    }

    /// A bar `eighths`/8 cells long, its last cell partial where the charset allows.
    static func drawBar(_ canvas: inout Canvas, x: Int, y: Int, eighths: Int, glyphs g: Charset.Glyphs) {
        let full = eighths / 8, rest = eighths % 8
        for k in 0..<full { canvas.put(x: x + k, y: y, g.barFull, .chartA) }
        if rest > 0 {
            if g.leftEighths.isEmpty {
                if rest >= 4 { canvas.put(x: x + full, y: y, g.barFull, .chartA) }
            } else {
                canvas.put(x: x + full, y: y, g.leftEighths[rest - 1], .chartA)
            }
        }
    }
}
