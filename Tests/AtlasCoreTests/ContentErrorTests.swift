import AtlasCore
import Testing

/// Bad content is rejected with one problem per fault, each naming file, line and field.
@Suite struct ContentErrorTests {
    let routes = ContentLoader.routesPath
    let places = ContentLoader.placesPath

    @Test func builtInContentLoads() {
        #expect(Fixtures.problems(Fixtures.builtIn).isEmpty)
        #expect(Fixtures.story.routes.map(\.code) == ["KR", "CN", "RU", "MN", "LA", "VN", "TH", "JP", "PH"])
    }

    @Test func yamlSyntaxErrorNamesTheLine() {
        let text = "routes:\n  - code: KR\n    name: [unclosed\n"
        let problems = Fixtures.problems(Fixtures.source(replacing: routes, with: text))
        #expect(problems.count == 1)
        #expect(problems.first?.file == routes)
        #expect(problems.first?.line == 4 || problems.first?.line == 3)
        #expect(problems.first?.message.contains("YAML syntax error") == true)
    }

    /// The built-in routes file with one line changed, so every other field stays valid.
    func routesWith(_ old: String, _ new: String) -> (source: MemorySource, line: Int) {
        let text = Fixtures.routesYAML
        let range = text.range(of: old)!
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (Fixtures.source(replacing: routes, with: text.replacingCharacters(in: range, with: new)), line)
    }

    @Test func missingFieldIsReported() {
        let (source, line) = routesWith("    verdict: deadly-crossing\n", "")
        let problems = Fixtures.problems(source)
        #expect(problems.count == 1)
        #expect(problems.first?.field == "routes[0].verdict")
        #expect(problems.first?.message == "missing")
        // The mapping that lacks it starts above the removed line.
        #expect((problems.first?.line ?? 99) < line)
    }

    @Test func unknownVerdictListsTheAllowedValues() {
        let (source, line) = routesWith("verdict: deadly-crossing", "verdict: dangerous")
        let problems = Fixtures.problems(source)
        #expect(problems.map(\.line) == [line])
        #expect(problems.first?.field == "routes[0].verdict")
        #expect(problems.first?.message.contains("deadly-crossing, repatriated") == true)
    }

    @Test func unknownCountryCode() {
        let (source, line) = routesWith("  - code: KR", "  - code: XX")
        let problems = Fixtures.problems(source)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.field == "routes[0].code")
        #expect(problems.first?.message.contains("unknown country code 'XX'") == true)
    }

    @Test func unknownWaypoint() {
        let (source, line) = routesWith("[pyongyang, panmunjom_jsa, seoul]", "[pyongyang, atlantis, seoul]")
        let problems = Fixtures.problems(source)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.field == "routes[0].waypoints[1]")
    }

    @Test(arguments: ["lat: 40.12", "lon: 124.39"])
    func coordinateOutOfRange(_ field: String) {
        let text = Fixtures.placesYAML
        let range = text.range(of: field)!
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let key = String(field.prefix(3))
        let bad = text.replacingCharacters(in: range, with: "\(key): 412.5")
        let problems = Fixtures.problems(Fixtures.source(replacing: places, with: bad))
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.field.hasSuffix(".\(key)") == true)
        #expect(problems.first?.message.contains("out of range") == true)
    }

    @Test(arguments: ["\\e[2J", "\\x1b]0;owned\\x07", "\\u009b31m", "\\t"])
    func controlCharactersAreRejected(_ escape: String) {
        // A double-quoted YAML string turns the escape into a real control character.
        let (source, line) = routesWith("    name: The DMZ", "    name: \"The \(escape)DMZ\"")
        let problems = Fixtures.problems(source)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line)
        #expect(problems.first?.field == "routes[0].name")
        #expect(problems.first?.message.contains("control character") == true)
        // The message itself never carries the control character.
        #expect(TextSafety.firstControl(in: problems.first?.description ?? "") == nil)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        var text = Fixtures.routesYAML
        text = text.replacingOccurrences(of: "verdict: deadly-crossing", with: "verdict: nope")
        text = text.replacingOccurrences(of: "    name: China\n", with: "    name: \"\"\n")
        text = text.replacingOccurrences(of: "[pyongyang, panmunjom_jsa, seoul]", with: "[pyongyang, nowhere, seoul]")
        let problems = Fixtures.problems(Fixtures.source(replacing: routes, with: text))
        #expect(problems.count == 3)
        #expect(Set(problems.map(\.field)) == ["routes[0].verdict", "routes[1].name", "routes[0].waypoints[1]"])
    }

    @Test func unknownFieldIsReported() {
        let (source, line) = routesWith("    country: South Korea\n", "    country: South Korea\n    colour: red\n")
        let problems = Fixtures.problems(source)
        #expect(problems.count == 1)
        #expect(problems.first?.line == line + 1)
        #expect(problems.first?.field == "routes[0].colour")
    }

    @Test func missingFileIsReported() {
        var files = Fixtures.builtIn.files
        files[routes] = nil
        let problems = Fixtures.problems(MemorySource(files: files, label: ""))
        #expect(problems.map(\.description) == ["content/routes.yaml: file not found"])
    }

    @Test func invalidUTF8IsReported() {
        var bytes = Array("routes:\n  - code: KR\n".utf8)
        bytes += [0xFF, 0xFE, 0x0A]
        var files = Fixtures.builtIn.files
        files[routes] = bytes
        let problems = Fixtures.problems(MemorySource(files: files, label: ""))
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.contains("UTF-8") == true)
    }

    @Test(arguments: [
        ("{\"features\": [", "JSON syntax error"),
        ("{\"features\": [{\"properties\": {\"iso\": \"KP\", \"name\": \"N\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,2],[3,4],[1,2]]]}}]}", "at least 4 points"),
        ("{\"features\": [{\"properties\": {\"iso\": \"KP\", \"name\": \"N\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,2],[3,4],[5,95],[1,2]]]}}]}", "latitude"),
        ("{\"features\": [{\"properties\": {\"iso\": \"KP\", \"name\": \"N\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": []}}]}", "empty"),
        ("{\"features\": [{\"properties\": {\"iso\": \"KP\", \"name\": \"N\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}]}", "not Polygon"),
        ("{\"features\": [{\"properties\": {\"iso\": \"KP\", \"name\": \"N\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[1,2],[3,4],[5,NaN],[1,2]]]}}]}", "JSON syntax error"),
    ])
    func badMapGeometryIsRejected(_ json: String, _ expected: String) {
        let problems = Fixtures.problems(Fixtures.source(replacing: ContentLoader.countriesPath, with: json))
        #expect(problems.contains { $0.file == ContentLoader.countriesPath && $0.message.contains(expected) && $0.line == 1 },
                "\(problems.map(\.description))")
    }

    /// A chapter file with one piece of text replaced; returns the problems and the line changed.
    func chapterWith(_ file: String, _ old: String, _ new: String) -> (problems: [ContentProblem], line: Int) {
        let path = "content/chapters/\(file)"
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        let range = text.range(of: old)!
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let source = Fixtures.source(replacing: path, with: text.replacingCharacters(in: range, with: new))
        return (Fixtures.problems(source), line)
    }

    @Test func aYearRecordWithoutAYearIsRejected() {
        let (problems, line) = chapterWith("arrivals.yaml", "period: \"2009\"", "period: \"the peak\"")
        #expect(problems.count == 1)
        #expect(problems.first?.file == "content/chapters/arrivals.yaml")
        #expect(problems.first?.line == line)
        #expect(problems.first?.message.contains("needs a year") == true)
    }

    @Test func aSeriesWhoseMenAndWomenDoNotAddUpIsRejected() {
        let (problems, _) = chapterWith("arrivals.yaml", "total: 2914", "total: 2915")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("is not men") == true)
    }

    @Test func aCampWithoutASourceIsRejected() {
        let path = "content/chapters/camps.yaml"
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        // Remove the first camp's own citations (those of its summary), up to its estimates.
        let camp = text.range(of: "  - place: kwanliso_14")!
        let start = text[camp.upperBound...].range(of: "    sources:\n")!
        let end = text[start.upperBound...].range(of: "    estimates:")!
        let broken = text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        let problems = Fixtures.problems(Fixtures.source(replacing: path, with: broken))
        #expect(problems.map(\.field) == ["camps[0].sources"])
        #expect(problems.first?.message.contains("missing") == true)
        #expect(problems.first?.line != nil)
    }

    @Test func aCampNameWithoutItsTypeAndNumberIsRejected() {
        let (problems, line) = chapterWith("camps.yaml", "    name: Kaechon (Prison 1)", "    name: Kaechon")
        #expect(problems.contains { $0.line == line && $0.field == "camps[6].name" && $0.message.contains("(Prison 1)") },
                "\(problems.map(\.description))")
    }

    @Test func aDistanceToAnUnknownPlaceIsRejected() {
        let (problems, line) = chapterWith("distances.yaml", "  - place: rok_emb_hanoi", "  - place: rok_emb_atlantis")
        #expect(problems.map(\.line).contains(line))
        #expect(problems.contains { $0.field == "destinations[4].place" && $0.message.contains("unknown place 'rok_emb_atlantis'") })
    }

    @Test func aTourStepOutsideTheRoutesChapterCannotSelectARoute() {
        let path = "content/tour.yaml"
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        let broken = text.replacingOccurrences(of: "{ chapter: homeland, seconds: 16 }", with: "{ chapter: homeland, select: CN, seconds: 0 }")
        let problems = Fixtures.problems(Fixtures.source(replacing: path, with: broken))
        #expect(Set(problems.map(\.field)) == ["tour[6].seconds", "tour[6].select"])
    }
}
