import AtlasGeo
import Yams

/// Loads the story from a source and validates it once; every problem is reported, each
/// naming file, line and field.
public enum ContentLoader {
    public static let routesPath = "content/routes.yaml"
    public static let placesPath = "content/places.yaml"
    public static let countriesPath = "map/countries.geojson"
    public static let bordersPath = "map/borders.geojson"

    public static let placeKinds: Set<String> = [
        "city", "mission", "crossing", "border", "landmark", "camp-kwanliso", "camp-kyohwaso", "waypoint",
    ]

    /// Loads the English edition from `source`; with `map`, the map files are not read again
    /// (tests that break only the YAML files use it). Without `borders`, the border lines (which
    /// nothing draws yet) are neither read nor checked, which halves the map's share of start-up.
    /// `pages` are the chapters beyond the built ones (the registry's plain pages), each read
    /// from `content/chapters/<slug>.yaml`.
    public static func load(from source: any ContentSource, map knownMap: WorldMap? = nil,
                            borders: Bool = true, pages: [Chapter] = []) throws(ContentErrors) -> Story {
        try loadEditions(from: source, map: knownMap, borders: borders, pages: pages, languages: [.en]).english
    }

    /// Loads every edition: the map once, then each edition's texts from the same files. The
    /// other editions are read only when the English one is sound, so a problem in a field that
    /// every edition shares is reported once.
    public static func loadEditions(from source: any ContentSource, map knownMap: WorldMap? = nil, borders: Bool = true,
                                    pages: [Chapter] = [],
                                    languages: [Language] = Language.allCases) throws(ContentErrors) -> Editions {
        var problems: [ContentProblem] = []
        let map = knownMap ?? readMap(source, borders: borders, problems: &problems)
        let english = edition(.en, from: source, map: map, pages: pages, problems: &problems)
        guard problems.isEmpty, let english else { throw ContentErrors(problems) }
        var stories = [Language.en: english]
        for language in languages where language != .en {
            stories[language] = edition(language, from: source, map: map, pages: pages, tour: english.tour,
                                        problems: &problems)
        }
        guard problems.isEmpty else { throw ContentErrors(problems) }
        return Editions(stories)
    }

    static func readMap(_ source: any ContentSource, borders: Bool, problems: inout [ContentProblem]) -> WorldMap {
        guard let data = source.required(countriesPath, problems: &problems) else { return WorldMap(countries: [], borders: []) }
        let countries = GeoJSONLoader.countries(data, file: source.displayName(countriesPath), problems: &problems)
        var arcs: [BorderArc] = []
        if borders, let borderData = source.required(bordersPath, problems: &problems) {
            arcs = GeoJSONLoader.borders(borderData, file: source.displayName(bordersPath), problems: &problems)
        }
        return WorldMap(countries: countries, borders: arcs)
    }

    /// One edition's story over `map`. `tour` is the English edition's: the tour names no words, so every edition shares it.
    static func edition(_ language: Language, from source: any ContentSource, map: WorldMap,
                        pages: [Chapter], tour englishTour: [TourStep]? = nil, problems: inout [ContentProblem]) -> Story? {
        let before = problems.count
        func bytes(_ path: String) -> [UInt8]? { source.required(path, problems: &problems) }
        var places: [Place] = []
        var placeIDs: Set<String> = []
        if let data = bytes(placesPath) {
            let reader = YAMLReader(file: source.displayName(placesPath), language: language)
            (places, placeIDs) = readPlaces(data, reader)
            problems += reader.problems
        }

        var routes: [Route] = []
        var mapLabels: [String: String] = [:]
        var routeCodes: Set<String>?
        if let data = bytes(routesPath) {
            let reader = YAMLReader(file: source.displayName(routesPath), language: language)
            (routes, mapLabels) = readRoutes(data, reader, places: placeIDs, map: map)
            problems += reader.problems
            // Codes are checked against the routes only when the routes file was sound.
            if reader.problems.isEmpty { routeCodes = Set(routes.map(\.code)) }
        }

        let placeNames = Dictionary(places.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let chapters = ChapterLoader.load(source, places: placeIDs, placeNames: placeNames, routes: routeCodes,
                                          pages: pages, language: language, problems: &problems)
        let tour = englishTour ?? TourLoader.load(source, routes: routeCodes == nil ? nil : routes, chapters: chapters,
                                                  known: Chapter.built + pages, problems: &problems)
        guard problems.count == before, let chapters else { return nil }
        return Story(routes: routes, places: places, map: map, chapters: chapters, tour: tour, mapLabels: mapLabels,
                     language: language)
    }

    /// The valid places, and the id of every place record, valid or not (so one bad field does
    /// not also make every route through that place an error).
    static func readPlaces(_ data: [UInt8], _ r: YAMLReader) -> ([Place], Set<String>) {
        guard let root = r.compose(data) else { return ([], []) }
        var places: [Place] = []
        var seen: Set<String> = []
        var nameNodes: [(node: Node?, path: String)] = []
        let fields: Set<String> = ["id", "name", "label", "kind", "marker", "lat", "lon", "country", "certainty",
                                   "located", "sources"]
        for (n, node) in r.topList(root, key: "places").enumerated() {
            let path = "places[\(n)]"
            guard let m = r.record(node, path, allowed: fields) else { continue }
            let id = r.text(m, "id", path, maxLength: 40)
            if let id, !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                r.problem(m["id"], "\(path).id", "'\(id)' may hold only letters, digits, '_' and '-'")
            }
            if let id, !seen.insert(id).inserted { r.problem(m["id"], "\(path).id", "'\(id)' is used twice") }
            let name = r.words(m, "name", path, maxLength: 80)
            let label = r.words(m, "label", path, maxLength: 40, required: false)
            let marker = r.choice(m, "marker", path, as: PlaceMarker.self, required: false)
            let kind = r.text(m, "kind", path)
            if let kind, !placeKinds.contains(kind) {
                r.problem(m["kind"], "\(path).kind", "unknown kind '\(kind)' (expected one of: \(placeKinds.sorted().joined(separator: ", ")))")
            }
            let lat = r.number(m, "lat", path, range: -90...90)
            let lon = r.number(m, "lon", path, range: -180...180)
            let country = r.words(m, "country", path, maxLength: 60)
            let located = r.words(m, "located", path, maxLength: 300)
            // A point placed from general knowledge may have no page behind it, and a drawing
            // aid is not a reported place at all; every other place cites its pages.
            let sourcing = r.sourcing(m, path, optional: { $0 == .unverified || kind == "waypoint" }, methods: false)
            if let id, let name, let kind, let lat, let lon, let country, let located, let sourcing {
                places.append(Place(id: id, name: name, kind: kind, point: GeoPoint(lon: lon, lat: lat),
                                    country: country, located: located, sourcing: sourcing, marker: marker,
                                    label: label ?? Place.nameBeforeNote(name)))
                nameNodes.append((m["name"], path))
            }
        }
        checkNamesApart(places, nameNodes, r)
        return (places, seen)
    }

    /// A visitor must tell every place apart by what is shown of it: a camp by its whole name
    /// ("Kaechon (Camp 14)"), anything else by the name the map labels it with ("Hoeryong
    /// crossing"), which may not be a camp's name either.
    static func checkNamesApart(_ places: [Place], _ nodes: [(node: Node?, path: String)], _ r: YAMLReader) {
        var campNames: [String: String] = [:], campBases: [String: String] = [:], labels: [String: String] = [:]
        for (place, (node, path)) in zip(places, nodes) {
            let full = place.name.lowercased(), short = place.label.lowercased()
            let clash: String?
            if place.kind.hasPrefix("camp-") {
                clash = campNames[full] ?? labels[short]
                campNames[full] = campNames[full] ?? place.name
                campBases[short] = campBases[short] ?? place.name
            } else {
                clash = labels[short] ?? campBases[short]
                labels[short] = labels[short] ?? place.name
            }
            if let clash {
                r.problem(node, "\(path).name", "'\(place.name)' cannot be told apart from '\(clash)' on the map; "
                          + "name its type (a camp's number, 'crossing')")
            }
        }
    }

    /// The routes, and the map's shorter country names (`map_labels`, by country code).
    static func readRoutes(_ data: [UInt8], _ r: YAMLReader, places: Set<String>,
                           map: WorldMap) -> ([Route], [String: String]) {
        guard let root = r.compose(data) else { return ([], [:]) }
        var routes: [Route] = []
        var seen: Set<String> = []
        let fields: Set<String> = ["code", "name", "country", "verdict", "verdict_note", "account", "facts", "waypoints"]
        let items = r.topList(root, key: "routes")
        if items.isEmpty, r.problems.isEmpty { r.problem(root, "routes", "the list is empty; at least one route is needed") }
        for (n, node) in items.enumerated() {
            let path = "routes[\(n)]"
            guard let m = r.record(node, path, allowed: fields) else { continue }
            let code = r.text(m, "code", path)
            if let code {
                if !map.countries.isEmpty && map.countryIndex(of: code) == nil {
                    r.problem(m["code"], "\(path).code", "unknown country code '\(code)' (not on the map)")
                } else if !seen.insert(code).inserted {
                    r.problem(m["code"], "\(path).code", "'\(code)' has two routes")
                }
            }
            let name = r.words(m, "name", path, maxLength: 40)
            let country = r.words(m, "country", path, maxLength: 60)
            let verdict = r.choice(m, "verdict", path, as: Verdict.self)
            let note = r.words(m, "verdict_note", path, maxLength: 80)
            let account = r.words(m, "account", path, maxLength: 2000, allowNewlines: true)
            let facts = r.facts(m, "facts", path, count: 2...4)
            let waypoints = r.placeIDs(m, "waypoints", path, count: 2...12, known: places)
            if let code, let name, let country, let verdict, let note, let account {
                routes.append(Route(code: code, name: name, country: country, verdict: verdict, verdictNote: note,
                                    account: account, facts: facts, waypoints: waypoints))
            }
        }
        return (routes, readMapLabels(root, r, map: map))
    }

    /// The optional `map_labels` mapping at the top of routes.yaml: country code to the name the
    /// map shows where the map's own name is too long ("KR: S. Korea").
    static func readMapLabels(_ root: Node, _ r: YAMLReader, map: WorldMap) -> [String: String] {
        let key = "map_labels" + r.language.fieldSuffix
        guard let node = root.mapping?.first(where: { $0.key.string == key })?.value else { return [:] }
        guard let entries = node.mapping else {
            r.problem(node, key, "expected a mapping from country code to label")
            return [:]
        }
        let fields = r.record(node, key, allowed: Set(entries.compactMap { $0.key.string }), translated: false)
        var labels: [String: String] = [:]
        for (entry, _) in entries {
            guard let code = entry.string, let fields else { continue }
            if !map.countries.isEmpty && map.countryIndex(of: code) == nil {
                r.problem(entry, "\(key).\(code)", "unknown country code '\(code)' (not on the map)")
            } else if let label = r.text(fields, code, key, maxLength: 20) {
                labels[code] = label
            }
        }
        return labels
    }
}
