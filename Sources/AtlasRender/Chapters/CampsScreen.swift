import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the camps. North Korea alone with its camps marked, their list beside it, a panel
/// on the selected camp, and its status on the status line.
struct CampsScreen: ChapterScreen {
    let chapter = Chapter.camps
    func name(_ book: ChapterBook) -> String { book.strings[.chapterCamps] }
    let controls = ChapterControls.campMap
    let hasPage = false
    let view = GeoRect.northKorea

    func pageText(_ story: Story) -> ChapterText? { story.chapters.camps.text }

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        CampsWidget.draw(into: &canvas, layout: layout, atlas: atlas, state: state)
    }

    func panel(_ state: AppState, atlas: Atlas) -> PanelSpec? {
        let story = atlas.story, t = atlas.strings
        let camps = story.chapters.camps.camps
        guard camps.indices.contains(state.camp) else { return nil }
        let camp = camps[state.camp]
        return PanelSpec(item: state.camp, west: false, title: camp.title) { width in
            CampsWidget.panelLines(camp, story: story, width: width, t)
        }
    }

    func regions(layout: ScreenLayout, atlas: Atlas, state: AppState) -> [HitRegion] {
        let count = atlas.story.chapters.camps.camps.count
        return HitRegions.list(layout.sidebar, firstRow: CampsWidget.firstListRow, count: count, HitTarget.camp)
            + CampsWidget.markers(layout: layout, atlas: atlas, state: state).map { HitRegion($0.rect, .camp($0.camp)) }
    }

    func status(_ state: AppState, atlas: Atlas) -> StatusLine? {
        let camps = atlas.story.chapters.camps.camps
        guard camps.indices.contains(state.camp) else { return nil }
        let camp = camps[state.camp]
        let t = atlas.strings
        let note = CampsWidget.locationNote(atlas.story.place(camp.place), t)
        return StatusLine(rest: "\(camp.name): \(t.campStatus(camp.status)), \(camp.province), \(note)")
    }

    func sources(_ book: ChapterBook) -> [String]? {
        let story = book.story, t = book.strings, camps = story.chapters.camps
        return SourcesText.citations(camps.text.facts.map(\.sourcing) + camps.camps.flatMap { [$0.sourcing] + $0.estimates.map(\.sourcing) }, t)
            + SourcesText.places(camps.camps.compactMap { story.place($0.place) }, t)
    }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        let camps = book.story.chapters.camps
        out.lines(PageText.lines(camps.text, width: out.width, book.strings, heading: false))
        for camp in camps.camps {
            out.emit("")
            out.emit(out.markdown ? "### \(camp.title)" : camp.title.uppercased())
            out.lines(CampsWidget.panelLines(camp, story: book.story, width: out.width, book.strings))
        }
    }
}
