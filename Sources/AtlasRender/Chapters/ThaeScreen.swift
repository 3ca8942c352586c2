import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: Thae Yong-ho's defection, in text and a timeline.
struct ThaeScreen: ChapterScreen {
    let chapter = Chapter.thae
    let name = "Thae Yong-ho"
    let factsHeading = "TIMELINE"
    func pageText(_ story: Story) -> ChapterText? { story.chapters.thae }
}
