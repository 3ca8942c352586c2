import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: arrivals in South Korea, a bar a year (or bin) above the text; Left and Right choose.
struct ArrivalsScreen: ChapterScreen {
    let chapter = Chapter.arrivals
    func name(_ book: ChapterBook) -> String { book.strings[.chapterArrivals] }
    let controls = ChapterControls.barChart
    let factsHeading: UIText = .notesOnFigures

    func pageText(_ story: Story) -> ChapterText? { story.chapters.arrivals.text }

    func upperRows(_ state: AppState, story: Story) -> Int { max(10, max(0, state.height - 2) * 11 / 20) }

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        ArrivalsChart.draw(into: &canvas, rect: atlas.chartRect(state), atlas: atlas, state: state)
    }

    /// Each bar, as the full height of the chart over its columns.
    func regions(layout: ScreenLayout, atlas: Atlas, state: AppState) -> [HitRegion] {
        let rect = atlas.chartRect(state)
        guard let g = ArrivalsChart.geometry(rect: rect, count: atlas.story.chapters.arrivals.series.count) else { return [] }
        return (0..<g.count).map { HitRegion(Rect(x: g.barX($0), y: rect.y, width: g.slot, height: rect.height), .arrivalBar($0)) }
    }

    func sources(_ book: ChapterBook) -> [String]? {
        let c = book.story.chapters.arrivals, t = book.strings
        return SourcesText.citations(c.series.map(\.sourcing) + c.text.facts.map(\.sourcing), t)
    }

    /// In text the sources follow the table as numbered notes, so rows stay within the width.
    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        let c = book.story.chapters.arrivals
        var notes: [String] = []
        func note(_ source: String) -> String {
            if let i = notes.firstIndex(of: source) { return "[\(i + 1)]" }
            notes.append(source)
            return "[\(notes.count)]"
        }
        let markdown = out.markdown
        let t = book.strings
        out.table([t[.colPeriod], t[.colTotal], t[.colWomen], t[.colMen], t[.colSource]], c.series.map { r in
            let source = ([r.sourcing.method] + [CitationText.line(r.sourcing, t)]).compactMap { $0 }.joined(separator: " ")
            return [r.period + (r.kind == .bin ? t[.binSuffix] : ""), t.number(r.total),
                    r.female.map(t.number) ?? "", r.male.map(t.number) ?? "",
                    markdown ? source : note(source)]
        })
        for (i, source) in notes.enumerated() {
            for (k, line) in TextWrap.wrap(source, width: out.width - 5).enumerated() {
                out.emit((k == 0 ? "[\(i + 1)]" : "").padding(toLength: 5, withPad: " ", startingAt: 0) + line)
            }
        }
        if !notes.isEmpty { out.emit("") }
        out.lines(PageText.lines(c.text, width: out.width, t, factsHeading: factsHeading, heading: false))
    }
}
