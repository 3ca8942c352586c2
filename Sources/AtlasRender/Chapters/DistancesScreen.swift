import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the distances to South Korea's missions, as a chart above the text.
struct DistancesScreen: ChapterScreen {
    let chapter = Chapter.distances
    let name = "Distances"

    func pageText(_ story: Story) -> ChapterText? { story.chapters.distances.text }

    func upperRows(_ state: AppState, story: Story) -> Int {
        min(max(0, state.height - 2) * 3 / 5, story.chapters.distances.destinations.count + 5)
    }

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        DistanceChart.draw(into: &canvas, rect: atlas.chartRect(state), atlas: atlas)
    }

    func sources(_ story: Story) -> [String]? {
        let c = story.chapters.distances
        return SourcesText.citations(c.text.facts.map(\.sourcing))
            + ["The distances in the chart: computed by this program from the locations listed under Escape routes"]
            + SourcesText.places(c.destinations.compactMap { story.place($0.place) })
    }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        out.lines(PageText.lines(book.story.chapters.distances.text, width: out.width, heading: false))
        out.emit("")
        out.table(["To", "Straight line (km)", "Along the waypoints (km)"], DistanceChart.rows(book.story).map {
            [$0.label, NumberFormat.grouped(Int($0.straightKm.rounded())), NumberFormat.grouped(Int($0.routeKm.rounded()))]
        })
    }
}
