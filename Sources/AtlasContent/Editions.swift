/// The story in every edition: the same records, routes, places and figures, each edition with
/// its own words. The map is shared; the machine navigates any of them the same way.
public struct Editions: Sendable {
    public let stories: [Language: Story]

    public init(_ stories: [Language: Story]) {
        precondition(stories[.en] != nil, "every set of editions has the English one")
        self.stories = stories
    }

    /// The English edition, which holds the map and from which the others were read.
    public var english: Story { stories[.en]! }

    public subscript(_ language: Language) -> Story { stories[language] ?? english }
}
