import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: workers sent abroad, a map of the host countries above the text.
struct WorkersScreen: ChapterScreen {
    let chapter = Chapter.workers
    func name(_ book: ChapterBook) -> String { book.strings[.chapterWorkers] }

    func pageText(_ story: Story) -> ChapterText? { story.chapters.workers.text }

    func upperRows(_ state: AppState, story: Story) -> Int { max(0, state.height - 2) / 2 }

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        WorkersMap.draw(into: &canvas, rect: atlas.chartRect(state), atlas: atlas)
    }

    func pageLines(_ book: ChapterBook, width: Int) -> [PanelLine] {
        let c = book.story.chapters.workers
        return PageText.lines(c.text, width: width, book.strings) + WorkersMap.hostLines(c.hosts, width: width, book.strings)
    }

    func sources(_ book: ChapterBook) -> [String]? {
        let c = book.story.chapters.workers, t = book.strings
        return SourcesText.citations(c.text.facts.map(\.sourcing) + c.hosts.map(\.sourcing), t)
    }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        let c = book.story.chapters.workers
        out.lines(PageText.lines(c.text, width: out.width, book.strings, heading: false))
        out.lines(WorkersMap.hostLines(c.hosts, width: out.width, book.strings))
    }
}
