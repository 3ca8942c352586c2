import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: Thae Yong-ho's defection, in text and a timeline.
struct ThaeScreen: ChapterScreen {
    let chapter = Chapter.thae
    func name(_ book: ChapterBook) -> String { book.strings[.chapterThae] }
    let factsHeading: UIText = .timeline
    func pageText(_ story: Story) -> ChapterText? { story.chapters.thae }
}
