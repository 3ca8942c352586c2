import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the distances to South Korea's missions, as a chart above the text.
struct DistancesScreen: ChapterScreen {
    let chapter = Chapter.distances
    func name(_ book: ChapterBook) -> String { book.strings[.chapterDistances] }

    func pageText(_ story: Story) -> ChapterText? { story.chapters.distances.text }

    func upperRows(_ state: AppState, story: Story) -> Int {
        min(max(0, state.height - 2) * 3 / 5, story.chapters.distances.destinations.count + 5)
    }

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        DistanceChart.draw(into: &canvas, rect: atlas.chartRect(state), atlas: atlas)
    }

    func sources(_ book: ChapterBook) -> [String]? {
        let story = book.story, t = book.strings, c = story.chapters.distances
        return SourcesText.citations(c.text.facts.map(\.sourcing), t) + [t[.computedDistances]]
            + SourcesText.places(c.destinations.compactMap { story.place($0.place) }, t)
    }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        let t = book.strings
        out.lines(PageText.lines(book.story.chapters.distances.text, width: out.width, t, heading: false))
        out.emit("")
        out.table([t[.colTo], t[.colStraight], t[.colAlong]], DistanceChart.rows(book.story).map {
            [$0.label, t.number(Int($0.straightKm.rounded())), t.number(Int($0.routeKm.rounded()))]
        })
    }
}
