import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the homeland, in text and facts.
struct HomelandScreen: ChapterScreen {
    let chapter = Chapter.homeland
    let name = "Homeland"
    func pageText(_ story: Story) -> ChapterText? { story.chapters.homeland }
}
