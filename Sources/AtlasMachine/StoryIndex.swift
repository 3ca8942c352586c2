import AtlasContent
import AtlasGeo

/// The story as the machine navigates it: the content, its chapters in order, and each route's
/// and camp's point on the map (for the arrow keys), worked out once.
public struct StoryIndex: Sendable {
    public let story: Story
    public let chapters: ChapterList
    /// Each route's country label point, for arrow-key navigation.
    public let anchors: [GeoPoint]
    /// Each camp's location, for arrow-key navigation.
    public let campPoints: [GeoPoint]
    /// The editions there are, in the order `L` steps through them, and the one a run starts in.
    public let languages: [Language]
    public let language: Language

    public init(_ story: Story, chapters: ChapterList, languages: [Language]? = nil, language: Language? = nil) {
        self.story = story
        self.languages = languages ?? [story.language]
        self.language = language ?? story.language
        self.chapters = chapters
        anchors = story.routes.enumerated().map { i, route in
            let c = story.routeCountry[i]
            return c >= 0 ? story.map.countries[c].label : (story.path(of: route).last ?? GeoPoint(lon: 0, lat: 0))
        }
        campPoints = story.chapters.camps.camps.map { story.place($0.place)?.point ?? GeoPoint(lon: 127, lat: 40) }
    }

    /// The edition after `language` in the order `L` steps through them.
    public func language(after language: Language) -> Language {
        guard let i = languages.firstIndex(of: language) else { return languages.first ?? language }
        return languages[(i + 1) % languages.count]
    }

    /// The state a run starts in.
    public func initialState(width: Int, height: Int) -> AppState {
        var s = AppState(width: width, height: height, selected: 0)
        s.language = language
        return s
    }
}
