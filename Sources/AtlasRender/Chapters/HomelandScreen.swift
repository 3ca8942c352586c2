import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the homeland, in text and facts.
struct HomelandScreen: ChapterScreen {
    let chapter = Chapter.homeland
    func name(_ book: ChapterBook) -> String { book.strings[.chapterHomeland] }
    func pageText(_ story: Story) -> ChapterText? { story.chapters.homeland }
}
