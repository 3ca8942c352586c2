import AtlasGeo

/// What happens to a defector caught on a route: a small fixed set, told apart on screen
/// by symbol and word as well as by colour.
public enum Verdict: String, CaseIterable, Sendable {
    case deadlyCrossing = "deadly-crossing"
    case repatriated = "repatriated"
    case uncertain = "uncertain"
    case sentToSeoul = "sent-to-seoul"
    case transitAllowed = "transit-allowed"

    /// A 7-bit symbol, so the verdict reads without colour and on any font.
    public var symbol: Character {
        switch self {
        case .deadlyCrossing: "!"
        case .repatriated: "x"
        case .uncertain: "?"
        case .sentToSeoul: ">"
        case .transitAllowed: "~"
        }
    }
}

/// How sure the research is of a figure or a location.
public enum Certainty: String, CaseIterable, Sendable {
    case verified, derived, unverified
}

public struct Fact: Sendable, Equatable {
    public var date: String
    public var text: String
    public var sourcing: Sourcing
    public var certainty: Certainty { sourcing.certainty }
    public var sources: [Citation] { sourcing.sources }
}

/// One escape route: the country it runs through, its verdict, account and key facts.
public struct Route: Sendable, Equatable {
    /// ISO alpha-2 code of the map feature the route belongs to.
    public var code: String
    public var name: String
    public var country: String
    public var verdict: Verdict
    public var verdictNote: String
    public var account: String
    public var facts: [Fact]
    /// Place ids, from North Korea to the destination.
    public var waypoints: [String]
}

public struct Place: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: String
    public var point: GeoPoint
    public var country: String
    /// How the point was placed ("the city centre"), in the project's words.
    public var located: String
    /// The location's certainty, and the pages that support the place's record.
    public var sourcing: Sourcing
    /// How the route map marks the place, if it does.
    public var marker: PlaceMarker?
    /// What the map and the charts label the place with, from the content's `label` field.
    public var label: String
    public var certainty: Certainty { sourcing.certainty }

    /// The name without its trailing note in brackets: "Hoeryong crossing" for
    /// "Hoeryong crossing (Tumen River)", the label of a place whose record gives none.
    public static func nameBeforeNote(_ name: String) -> String {
        guard let open = name.firstIndex(of: "(") else { return name }
        var before = name[..<open]
        while before.last == " " { before.removeLast() }
        return before.isEmpty ? name : String(before)
    }
}

/// How the route map marks a place: a city, a South Korean mission, a border crossing. Each
/// kind has its glyph and the zoom from which it shows.
public enum PlaceMarker: String, CaseIterable, Sendable {
    case city, mission, crossing
}

/// The whole story, loaded and validated once, then shared read-only by everything that draws.
public final class Story: Sendable {
    /// The edition whose words the story's texts are in.
    public let language: Language
    public let routes: [Route]
    public let places: [Place]
    public let map: WorldMap
    public let chapters: Chapters
    /// The kiosk's attract tour.
    public let tour: [TourStep]
    /// Shorter names for countries on the map, by ISO code ("S. Korea"); others use the map's
    /// name in the story's language.
    public let mapLabels: [String: String]
    private let placeIndex: [String: Int]
    /// For each route, the index of its country in `map.countries`.
    public let routeCountry: [Int]
    /// For each map country, the route that belongs to it, or -1.
    public let countryRoute: [Int]

    public init(routes: [Route], places: [Place], map: WorldMap, chapters: Chapters, tour: [TourStep],
                mapLabels: [String: String] = [:], language: Language = .en) {
        self.language = language
        (self.tour, self.routes, self.places, self.map, self.chapters) = (tour, routes, places, map, chapters)
        self.mapLabels = mapLabels
        var index: [String: Int] = [:]
        for (i, p) in places.enumerated() { index[p.id] = i }
        self.placeIndex = index
        let routeCountry = routes.map { map.countryIndex(of: $0.code) ?? -1 }
        var countryRoute = [Int](repeating: -1, count: map.countries.count)
        for (r, c) in routeCountry.enumerated() where c >= 0 { countryRoute[c] = r }
        self.routeCountry = routeCountry
        self.countryRoute = countryRoute
    }

    /// What the map labels country `index` of `map.countries` with.
    public func mapLabel(country index: Int) -> String {
        let country = map.countries[index]
        return mapLabels[country.iso] ?? country.names[language.rawValue] ?? country.name
    }

    public func place(_ id: String) -> Place? { placeIndex[id].map { places[$0] } }

    /// The route's waypoints as coordinates, in order.
    public func path(of route: Route) -> [GeoPoint] { route.waypoints.compactMap { place($0)?.point } }

    public func routeIndex(code: String) -> Int? { routes.firstIndex { $0.code == code.uppercased() } }
}
