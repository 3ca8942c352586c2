import AtlasCore
import Testing

/// The fields that say in the content what code once worked out from English words: a place's
/// label and marker, the map's short country names, a bin's axis label.
@Suite struct ContentFieldTests {
    /// The built-in file at `path` with `old` replaced, and the line `old` was on.
    func changed(_ path: String, _ old: String, _ new: String) -> (problems: [ContentProblem], line: Int) {
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        let range = text.range(of: old)!
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (Fixtures.problems(Fixtures.source(replacing: path, with: text.replacingCharacters(in: range, with: new)),
                                  keepMap: true), line)
    }

    @Test func theBuiltInStoryCarriesTheFields() {
        let story = Fixtures.story
        #expect(story.place("rok_emb_beijing")?.label == "Beijing, embassy")
        #expect(story.place("rok_emb_beijing")?.marker == .mission)
        #expect(story.place("sinuiju")?.marker == .crossing)
        #expect(story.place("shenyang")?.marker == nil)
        // Without a label the place is labelled with its name up to the note in brackets.
        #expect(story.place("hoeryong")?.label == "Hoeryong crossing")
        let kr = story.map.countryIndex(of: "KR")!, cn = story.map.countryIndex(of: "CN")!
        #expect(story.mapLabel(country: kr) == "S. Korea")
        #expect(story.mapLabel(country: cn) == story.map.countries[cn].name)
        #expect(story.chapters.arrivals.series.first?.axis == "<98")
    }

    @Test func anUnknownMarkerListsTheAllowedOnes() {
        let (problems, line) = changed(ContentLoader.placesPath, "    marker: mission", "    marker: flag")
        #expect(problems.map(\.line) == [line])
        #expect(problems.first?.field.hasSuffix(".marker") == true)
        #expect(problems.first?.message.contains("city, mission, crossing") == true)
    }

    @Test func aMapLabelForACountryNotOnTheMapIsReported() {
        let (problems, line) = changed(ContentLoader.routesPath, "  KR: \"S. Korea\"", "  XX: \"Nowhere\"")
        #expect(problems.map(\.line) == [line])
        #expect(problems.first?.field == "map_labels.XX")
    }

    @Test func aBinWithoutAnAxisLabelIsReported() {
        let (problems, _) = changed("content/chapters/arrivals.yaml", "    axis: \"<98\"\n", "")
        #expect(problems.count == 1)
        #expect(problems.first?.field == "series[0].axis")
        #expect(problems.first?.message == "missing")
    }

    @Test func aYearWithAnAxisLabelIsReported() {
        let (problems, line) = changed("content/chapters/arrivals.yaml", "  - period: \"2002\"\n",
                                       "  - period: \"2002\"\n    axis: \"02\"\n")
        #expect(problems.map(\.line) == [line + 1])
        #expect(problems.first?.field == "series[2].axis")
    }
}
