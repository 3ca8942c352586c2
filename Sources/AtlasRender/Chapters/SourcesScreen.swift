import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the sources, every other chapter's citations under its name.
struct SourcesScreen: ChapterScreen {
    let chapter = Chapter.sources
    func name(_ book: ChapterBook) -> String { book.strings[.chapterSources] }

    func pageText(_ story: Story) -> ChapterText? { nil }
    func pageLines(_ book: ChapterBook, width: Int) -> [PanelLine] { SourcesText.lines(book, width: width) }
    func sources(_ book: ChapterBook) -> [String]? { nil }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        out.lines(Array(SourcesText.lines(book, width: out.width).dropFirst()))
    }
}
