import AtlasGeo

/// The story's chapters, in reading order; the digits 1-9 jump to them.
public enum Chapter: Int, CaseIterable, Sendable {
    case homeland = 1, routes, distances, thae, arrivals, camps, balloons, workers, sources

    /// The name on the chapter bar.
    public var name: String {
        switch self {
        case .homeland: "Homeland"
        case .routes: "Escape routes"
        case .distances: "Distances"
        case .thae: "Thae Yong-ho"
        case .arrivals: "Arrivals"
        case .camps: "Camps"
        case .balloons: "Balloons"
        case .workers: "Workers abroad"
        case .sources: "Sources"
        }
    }

    /// A stable short name, for files that count or refer to chapters.
    public var slug: String {
        switch self {
        case .homeland: "homeland"
        case .routes: "routes"
        case .distances: "distances"
        case .thae: "thae"
        case .arrivals: "arrivals"
        case .camps: "camps"
        case .balloons: "balloons"
        case .workers: "workers"
        case .sources: "sources"
        }
    }

    public var next: Chapter? { Chapter(rawValue: rawValue + 1) }
    public var previous: Chapter? { Chapter(rawValue: rawValue - 1) }
}
