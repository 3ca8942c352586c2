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

    public init(_ story: Story, chapters: ChapterList) {
        self.story = story
        self.chapters = chapters
        anchors = story.routes.enumerated().map { i, route in
            let c = story.routeCountry[i]
            return c >= 0 ? story.map.countries[c].label : (story.path(of: route).last ?? GeoPoint(lon: 0, lat: 0))
        }
        campPoints = story.chapters.camps.camps.map { story.place($0.place)?.point ?? GeoPoint(lon: 127, lat: 40) }
    }

    /// The state a run starts in.
    public func initialState(width: Int, height: Int) -> AppState {
        AppState(width: width, height: height, selected: 0)
    }
}
