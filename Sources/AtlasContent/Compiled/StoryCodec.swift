import AtlasGeo
import Foundation

/// The story in its compiled form: what the build writes after loading and validating the
/// built-in content, and what the program reads at start instead of parsing YAML and GeoJSON.
/// The map is written once for all editions; each edition follows with its records and words.
/// The border lines are left out (nothing draws them; `check` reads them from the files).
public enum StoryCodec {
    /// Written first, and changed whenever the layout of the bytes changes.
    static let magic = "nk-defectors story 4"

    public static func encode(_ editions: Editions) -> [UInt8] {
        var w = BinaryWriter()
        w.string(magic)
        w.list(editions.english.map.countries)
        let languages = Language.allCases.filter { editions.stories[$0] != nil }
        w.strings(languages.map(\.rawValue))
        for language in languages {
            let story = editions[language]
            w.list(story.routes)
            w.list(story.places)
            w.value(story.chapters)
            w.list(story.tour)
            let codes = story.mapLabels.keys.sorted()
            w.strings(codes)
            w.strings(codes.map { story.mapLabels[$0]! })
        }
        return w.bytes
    }

    /// Reads the bytes where they lie (the compiled story's decoded base64 is not copied again).
    public static func decode(_ bytes: some ContiguousBytes) throws(CompiledStoryError) -> Editions {
        try bytes.withUnsafeBytes { raw in Result { () throws(CompiledStoryError) in try decode(raw) } }.get()
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer) throws(CompiledStoryError) -> Editions {
        var r = BinaryReader(bytes)
        guard (try? r.string()) == magic else { throw CompiledStoryError(description: "not a compiled story of this program") }
        let countries: [CountryShape] = try r.list()
        let map = WorldMap(countries: countries, borders: [])
        var stories: [Language: Story] = [:]
        for code in try r.strings() {
            guard let language = Language(rawValue: code) else {
                throw CompiledStoryError(description: "an edition in an unknown language '\(code)'")
            }
            let routes: [Route] = try r.list(), places: [Place] = try r.list()
            let chapters: Chapters = try r.value(), tour: [TourStep] = try r.list()
            let codes = try r.strings(), texts = try r.strings()
            let labels = try BinaryReader.table(codes, texts, what: "the map labels")
            stories[language] = Story(routes: routes, places: places, map: map, chapters: chapters, tour: tour,
                                      mapLabels: labels, language: language)
        }
        guard r.at == bytes.count else { throw CompiledStoryError(description: "the compiled story has \(bytes.count - r.at) bytes too many") }
        guard stories[.en] != nil else { throw CompiledStoryError(description: "the compiled story has no English edition") }
        return Editions(stories)
    }
}
