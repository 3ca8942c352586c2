import AtlasAssets
import AtlasCore
import Testing

/// The story the build compiled is the story the loader reads from `Assets/`, and the compiled
/// form is read back whole or refused, never half.
@Suite struct CompiledStoryTests {
    /// Everything the program reads of a story, compared field by field (the map's shapes are
    /// not Equatable: their rings, Mercator rings, names and bounds are compared).
    static func same(_ a: Story, _ b: Story) -> Bool {
        a.language == b.language && a.routes == b.routes && a.places == b.places && a.chapters == b.chapters && a.tour == b.tour
            && a.mapLabels == b.mapLabels && a.map.countries.count == b.map.countries.count
            && zip(a.map.countries, b.map.countries).allSatisfy { x, y in
                x.iso == y.iso && x.name == y.name && x.names == y.names && x.label == y.label && x.rings == y.rings && x.bounds == y.bounds
                    && northings(x) == northings(y)
            }
    }

    /// The Mercator rings (computed at build time for the compiled story), as plain numbers.
    static func northings(_ shape: CountryShape) -> [[Double]] {
        shape.mercatorRings.map { ring in ring.flatMap { [$0.x, $0.y] } }
    }

    @Test func theCompiledStoryIsTheOneLoadedFromTheAssets() throws {
        let compiled = try CompiledStory.load()
        let loaded = try ContentLoader.loadEditions(from: Fixtures.builtIn, borders: false)
        #expect(compiled.stories.keys.sorted { $0.rawValue < $1.rawValue } == [.en, .ko])
        for language in Language.allCases {
            #expect(Self.same(compiled[language], loaded[language]), "\(language.rawValue)")
        }
        #expect(Self.same(compiled.english, Fixtures.story))
        #expect(compiled.english.map.borders.isEmpty, "the border lines are left out of the compiled story")
    }

    @Test func aStoryWithPagesAndNoLabelsComesBackWhole() throws {
        var chapters = Fixtures.story.chapters
        chapters.pages[Chapter("letters")] = chapters.thae
        chapters.pages[Chapter("letters")]?.name = "Letters home"
        let s = Fixtures.story
        let story = Story(routes: s.routes, places: s.places, map: s.map, chapters: chapters, tour: [], mapLabels: [:])
        #expect(Self.same(try StoryCodec.decode(StoryCodec.encode(Editions([.en: story]))).english, story))
    }

    /// Points given to thousandths are written small, finer ones as they are: both come back exact.
    @Test func pointsComeBackExactlyCoarseOrFine() throws {
        let s = Fixtures.story
        var countries = s.map.countries
        let fine = [GeoPoint(lon: 126.12345, lat: 37.5), GeoPoint(lon: 127.000001, lat: -0.001), GeoPoint(lon: 126.12345, lat: 37.5)]
        let coarse = [GeoPoint(lon: -179.999, lat: 85), GeoPoint(lon: 0.001, lat: -0.001), GeoPoint(lon: -179.999, lat: 85)]
        countries.append(CountryShape(iso: "XF", name: "Fine", label: fine[0], rings: [fine, coarse], bounds: countries[0].bounds))
        countries.append(CountryShape(iso: "XC", name: "Coarse", label: coarse[0], rings: [coarse], bounds: countries[0].bounds))
        let story = Story(routes: s.routes, places: s.places, map: WorldMap(countries: countries, borders: []), chapters: s.chapters,
                          tour: s.tour, mapLabels: s.mapLabels)
        let back = try StoryCodec.decode(StoryCodec.encode(Editions([.en: story]))).english
        #expect(Self.same(back, story))
        #expect(back.map.countries.suffix(2).map(\.rings) == [[fine, coarse], [coarse]])
    }

    @Test func cutOrChangedBytesAreRefused() {
        let bytes = StoryCodec.encode(Fixtures.editions)
        for cut in [0, 1, 10, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            #expect(throws: CompiledStoryError.self) { try StoryCodec.decode(Array(bytes.prefix(cut))) }
        }
        #expect(throws: CompiledStoryError.self) { try StoryCodec.decode(bytes + [0]) }
        var other = bytes
        other[3] ^= 0xFF
        #expect(throws: CompiledStoryError.self) { try StoryCodec.decode(other) }
    }

    /// A text may refer back to a long one read before; one that refers ahead is refused.
    @Test func aTextReferringToOneNotReadIsRefused() {
        let bytes = StoryCodec.encode(Fixtures.editions)
        let magic = Array(bytes.prefix(1 + Int(bytes[0]) / 2))
        // One country, whose first name refers to the fifth long text read: only one was.
        let error = #expect(throws: CompiledStoryError.self) { try StoryCodec.decode(magic + [2, 4, 9, 0, 0, 0]) }
        #expect(error?.description.contains("refers to one not read") == true, "\(error?.description ?? "")")
    }

    /// A table read twice under one key (a country named twice in one language) is refused, not a trap.
    @Test func aRepeatedKeyIsRefused() {
        let bytes = StoryCodec.encode(Fixtures.editions)
        let magic = Array(bytes.prefix(1 + Int(bytes[0]) / 2))
        let ko = [4] + Array("ko".utf8)
        // One country: names "A" and "B", then "ko" twice with two names, then its label point.
        let country: [UInt8] = [2, 4, 2, 0x41, 2, 0x42, 4] + ko + ko + [4, 2, 0x78, 2, 0x79] + Array(repeating: 0, count: 16)
        let error = #expect(throws: CompiledStoryError.self) { try StoryCodec.decode(magic + country + [0, 0, 0]) }
        #expect(error?.description.contains("repeat 'ko'") == true, "\(error?.description ?? "")")
    }
}
