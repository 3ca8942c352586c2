/// A chapter of the story, known by its slug (`routes`, `camps`): the name files and the tour use.
/// Its number, name and screen are the chapter registry's (in AtlasRender), which lists the
/// chapters in reading order.
public struct Chapter: Hashable, Sendable, CustomStringConvertible {
    public let slug: String
    public init(_ slug: String) { self.slug = slug }
    public var description: String { slug }

    public static let homeland = Chapter("homeland")
    public static let routes = Chapter("routes")
    public static let distances = Chapter("distances")
    public static let thae = Chapter("thae")
    public static let arrivals = Chapter("arrivals")
    public static let camps = Chapter("camps")
    public static let balloons = Chapter("balloons")
    public static let workers = Chapter("workers")
    public static let sources = Chapter("sources")

    /// The chapters whose content has a shape of its own, read by `ChapterLoader` (and the
    /// sources chapter, made from all the others). Any other chapter is a page: a
    /// `content/chapters/<slug>.yaml` file of title, kicker, paragraphs and facts.
    public static let built: [Chapter] = [.homeland, .routes, .distances, .thae, .arrivals, .camps, .balloons, .workers, .sources]
}
