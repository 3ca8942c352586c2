import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the leaflet balloons, an animated scene of one drifting north above the text.
struct BalloonsScreen: ChapterScreen {
    let chapter = Chapter.balloons
    func name(_ book: ChapterBook) -> String { book.strings[.chapterBalloons] }
    let animated = true
    let factsHeading: UIText = .timeline

    func pageText(_ story: Story) -> ChapterText? { story.chapters.balloons.text }

    func upperRows(_ state: AppState, story: Story) -> Int { min(max(0, state.height - 2) / 2, 12) }

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        BalloonScene.draw(into: &canvas, rect: atlas.chartRect(state), atlas: atlas, state: state)
    }

    func pageLines(_ book: ChapterBook, width: Int) -> [PanelLine] {
        let c = book.story.chapters.balloons
        let t = book.strings
        return PageText.lines(c.text, width: width, t, factsHeading: factsHeading) + BalloonScene.noteLines(c.animation, width: width, t)
    }

    func sources(_ book: ChapterBook) -> [String]? {
        let c = book.story.chapters.balloons, t = book.strings
        return SourcesText.citations(c.text.facts.map(\.sourcing) + [c.animation.altitudeSourcing, c.animation.timerSourcing], t)
    }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        let c = book.story.chapters.balloons
        out.lines(PageText.lines(c.text, width: out.width, book.strings, factsHeading: factsHeading, heading: false))
        out.lines(BalloonScene.noteLines(c.animation, width: out.width, book.strings))
    }
}
