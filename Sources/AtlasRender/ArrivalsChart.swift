import AtlasContent
import AtlasGeo
import AtlasMachine

/// Arrivals in South Korea as vertical bars, women below men, each bar's top drawn to an eighth
/// of a cell. The ministry's early bins are drawn as what they are: several years in one figure.
public enum ArrivalsChart {
    public struct Geometry: Equatable, Sendable {
        /// Plot area: bars grow up from `baseline` (the row under the lowest bar cell).
        public var plot: Rect
        public var slot: Int
        public var barWidth: Int
        public var count: Int

        public func barX(_ i: Int) -> Int { plot.x + i * slot }

        public func bar(atX x: Int) -> Int? {
            guard x >= plot.x else { return nil }
            let i = (x - plot.x) / slot
            return i < count ? i : nil
        }
    }

    static let axisWidth = 7

    public static func geometry(rect: Rect, count: Int) -> Geometry? {
        guard count > 0, rect.height >= 9, rect.width >= axisWidth + count + 4 else { return nil }
        let plotWidth = rect.width - axisWidth - 3
        let slot = max(1, plotWidth / count)
        let barWidth = slot >= 3 ? slot - 1 : slot
        // Rows: title, marker row, plot, x labels (2), a gap, the selection's figures (2).
        let plot = Rect(x: rect.x + axisWidth + 1, y: rect.y + 2, width: slot * count, height: rect.height - 7)
        return Geometry(plot: plot, slot: slot, barWidth: barWidth, count: count)
    }

    /// A value's height in eighths of a cell, on a plot `rows` high whose top is `maxValue`.
    public static func eighths(_ value: Int, maxValue: Int, rows: Int) -> Int {
        guard maxValue > 0 else { return 0 }
        return Int((Double(value) / Double(maxValue) * Double(rows * 8)).rounded())
    }

    /// The top of the scale: the largest total, rounded up to a thousand.
    public static func scaleTop(_ series: [ArrivalRecord]) -> Int {
        let top = series.map(\.total).max() ?? 1
        return max(1000, (top + 999) / 1000 * 1000)
    }

    static func label(_ r: ArrivalRecord, width: Int) -> String {
        if let axis = r.axis { return axis }
        return width >= 4 ? r.period : String(r.period.suffix(2))
    }

    static func draw(into canvas: inout Canvas, rect: Rect, atlas: Atlas, state: AppState) {
        let series = atlas.story.chapters.arrivals.series
        guard let geo = geometry(rect: rect, count: series.count) else { return }
        let g = atlas.charset.glyphs
        let top = scaleTop(series)
        let rows = geo.plot.height
        let selected = state.arrival ?? series.count - 1
        let t = atlas.strings
        canvas.text(x: rect.x + 2, y: rect.y, t[.arrivalsTitle], .pageTitle, maxWidth: rect.width - 4)
        drawLegend(&canvas, rect: rect, glyphs: g, t)
        // The axis with a label every thousand.
        let baseline = geo.plot.maxY
        for r in 0..<rows { canvas.put(x: geo.plot.x - 1, y: geo.plot.y + r, g.boxV, .axis) }
        var tick = 0
        while tick <= top {
            let y = baseline - 1 - (tick * rows / top)
            if y >= geo.plot.y - 1 {
                let text = t.number(tick)
                canvas.text(x: geo.plot.x - 2 - CharWidth.of(text), y: min(y, baseline - 1), text, .axis)
            }
            tick += 1000
        }
        for (i, record) in series.enumerated() {
            let x = geo.barX(i)
            let total = eighths(record.total, maxValue: top, rows: rows)
            let women = record.female.map { eighths($0, maxValue: top, rows: rows) / 8 * 8 } ?? 0
            for k in 0..<geo.barWidth {
                drawColumn(&canvas, x: x + k, baseline: baseline, total: total, lower: women,
                           bin: record.kind == .bin, glyphs: g)
            }
            if i == selected {
                let mark: Unicode.Scalar = "v"
                canvas.put(x: x + (geo.barWidth - 1) / 2, y: geo.plot.y - 1, mark, .chartSelected)
            }
            // Labels on two rows, alternating, so neighbours never collide.
            let text = label(record, width: geo.slot * 2)
            let ly = baseline + (i % 2)
            let tx = x + (geo.barWidth - CharWidth.of(text)) / 2
            canvas.text(x: max(geo.plot.x, tx), y: ly, text, i == selected ? .chartSelected : .axis)
        }
        // The selected bar's figures and source.
        let r = series[selected]
        var info = t(r.kind == .bin ? .binPeriod : .yearPeriod, ["period": r.period]) + t(.arrivalsCount, ["n": t.number(r.total)])
        if let m = r.male, let f = r.female { info += t(.arrivalsSplit, ["women": t.number(f), "men": t.number(m)]) }
        info += ". " + CitationText.line(r.sourcing, t)
        let lines = TextWrap.wrap(info, width: rect.width - 4)
        for (k, line) in lines.prefix(2).enumerated() {
            let text = k == 1 && lines.count > 2 ? TextWrap.clip(line + " " + lines[2...].joined(separator: " "), to: rect.width - 4) : line
            canvas.text(x: rect.x + 2, y: rect.maxY - 2 + k, text, .pageDim, maxWidth: rect.width - 3)
        }
        canvas.text(x: rect.x + 2, y: rect.maxY - 2, String(info.prefix { $0 != "." }), .chartSelected, maxWidth: rect.width - 3)
    }

    /// The legend on the title row, right-aligned where it fits: each series' glyph and word.
    static func drawLegend(_ canvas: inout Canvas, rect: Rect, glyphs g: Charset.Glyphs, _ t: Strings) {
        let items: [(Unicode.Scalar, StyleRole, String)] = [(g.barFull, .chartA, t[.women]), (g.barOther, .chartB, t[.men]),
                                                             (g.barBin, .chartA, t[.bin])]
        let width = items.map { 2 + CharWidth.of($0.2) }.reduce(0, +) + items.count - 1
        var x = rect.maxX - 4 - width
        guard x > rect.x + 50 else { return }
        for (glyph, role, word) in items {
            canvas.put(x: x, y: rect.y, glyph, role)
            x += 2 + canvas.text(x: x + 2, y: rect.y, word, .pageDim) + 1
        }
    }

    /// One column of a bar: `lower` eighths of the first series, then the second up to `total`.
    static func drawColumn(_ canvas: inout Canvas, x: Int, baseline: Int, total: Int, lower: Int, bin: Bool,
                           glyphs g: Charset.Glyphs) {
        let full = total / 8, rest = total % 8
        for k in 0..<full {
            let isLower = (k + 1) * 8 <= lower
            let glyph = bin ? g.barBin : (isLower ? g.barFull : g.barOther)
            canvas.put(x: x, y: baseline - 1 - k, glyph, isLower ? .chartA : .chartB)
        }
        if rest > 0 {
            let role: StyleRole = lower >= total ? .chartA : .chartB
            if g.risingEighths.isEmpty {
                if rest >= 4 { canvas.put(x: x, y: baseline - 1 - full, bin ? g.barBin : g.barOther, role) }
            } else {
                canvas.put(x: x, y: baseline - 1 - full, g.risingEighths[rest - 1], role)
            }
        }
    }
}
