import AtlasGeo

/// The story in its compiled form: what the build writes after loading and validating the
/// built-in content, and what the program reads at start instead of parsing YAML and GeoJSON.
/// The border lines are left out (nothing draws them; `check` reads them from the files).
public enum StoryCodec {
    /// Written first, and changed whenever the layout of the bytes changes.
    static let magic = "nk-defectors story 1"

    public static func encode(_ story: Story) -> [UInt8] {
        var w = BinaryWriter()
        w.string(magic)
        w.list(story.routes)
        w.list(story.places)
        w.list(story.map.countries)
        w.value(story.chapters)
        w.list(story.tour)
        let codes = story.mapLabels.keys.sorted()
        w.strings(codes)
        w.strings(codes.map { story.mapLabels[$0]! })
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws(CompiledStoryError) -> Story {
        var r = BinaryReader(bytes)
        guard (try? r.string()) == magic else { throw CompiledStoryError(description: "not a compiled story of this program") }
        let routes: [Route] = try r.list(), places: [Place] = try r.list(), countries: [CountryShape] = try r.list()
        let chapters: Chapters = try r.value(), tour: [TourStep] = try r.list()
        let codes = try r.strings(), labels = try r.strings()
        guard codes.count == labels.count else { throw CompiledStoryError(description: "the map labels are not whole") }
        guard r.at == bytes.count else { throw CompiledStoryError(description: "the compiled story has \(bytes.count - r.at) bytes too many") }
        return Story(routes: routes, places: places, map: WorldMap(countries: countries, borders: []), chapters: chapters,
                     tour: tour, mapLabels: Dictionary(uniqueKeysWithValues: zip(codes, labels)))
    }
}
