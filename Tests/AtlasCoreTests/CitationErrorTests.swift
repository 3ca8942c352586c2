import AtlasCore
import Testing

/// The rules that make a source a source, each broken once: every figure cites a page, a page
/// has an address unless the figure is marked unverified, a derived figure says how, no note
/// about our research stands in for a publisher, and names that collide are told apart.
@Suite struct CitationErrorTests {
    /// The built-in file at `path` with one piece of text replaced: its problems and the line.
    func broken(_ path: String, _ old: String, _ new: String) -> (problems: [ContentProblem], line: Int) {
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        let range = text.range(of: old)!
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (Fixtures.problems(Fixtures.source(replacing: path, with: text.replacingCharacters(in: range, with: new))), line)
    }

    let routes = ContentLoader.routesPath

    /// The first route's second fact (the 2023 boats), whose one citation has no title or date.
    let boats = """
            certainty: verified
            sources:
              - publisher: Seoul Economic Daily
                url: m.sedaily.com/NewsViewAmp/2D44R6O8GY

    """

    @Test func aFactWithoutACitationIsRejected() {
        let (problems, _) = broken(routes, boats, "        certainty: verified\n")
        #expect(problems.map(\.field) == ["routes[0].facts[1].sources"])
        #expect(problems.first?.message == "missing; every figure needs a citation")
        #expect(problems.first?.file == routes && problems.first?.line != nil)
        #expect(problems.first?.description.hasPrefix("\(routes):") == true)
    }

    @Test func anEmptyListOfCitationsIsRejected() {
        let (problems, line) = broken(routes, boats, "        certainty: verified\n        sources: []\n")
        #expect(problems.map(\.field) == ["routes[0].facts[1].sources"])
        #expect(problems.first?.line == line + 1)
    }

    @Test func aCitationWithoutAnAddressIsRejectedUnlessTheFactIsUnverified() {
        let noURL = boats.replacingOccurrences(of: "            url: m.sedaily.com/NewsViewAmp/2D44R6O8GY\n", with: "")
        let (problems, line) = broken(routes, boats, noURL)
        #expect(problems.map(\.field) == ["routes[0].facts[1].sources[0].url"])
        #expect(problems.first?.line == line + 2)
        #expect(problems.first?.message.contains("unless the figure is marked unverified") == true)
        // Marked unverified, the same citation is allowed: the mark carries the doubt.
        let unverified = noURL.replacingOccurrences(of: "certainty: verified", with: "certainty: unverified")
        #expect(broken(routes, boats, unverified).problems.isEmpty)
    }

    @Test func aNoteAboutTheResearchIsNotAPublisher() {
        let (problems, line) = broken(routes, "publisher: Seoul Economic Daily", "publisher: General knowledge only; no retrieved page")
        #expect(problems.map(\.field) == ["routes[0].facts[1].sources[0].publisher"])
        #expect(problems.first?.line == line)
        #expect(problems.first?.message.contains("describes our research") == true)
    }

    @Test func anAddressWithSpacesIsRejected() {
        let (problems, _) = broken(routes, "url: m.sedaily.com/NewsViewAmp/2D44R6O8GY", "url: \"see the notes\"")
        #expect(problems.map(\.field) == ["routes[0].facts[1].sources[0].url"])
        #expect(problems.first?.message.contains("not a page address") == true)
    }

    @Test func aCitationWithAnUnknownFieldIsRejected() {
        let (problems, line) = broken(routes, "publisher: Seoul Economic Daily", "publisher: Seoul Economic Daily\n            note: weak")
        #expect(problems.map(\.field) == ["routes[0].facts[1].sources[0].note"])
        #expect(problems.first?.line == line + 1)
    }

    @Test func aDerivedFigureMustSayHowItWasWorkedOut() {
        let path = "content/chapters/homeland.yaml"
        let (problems, _) = broken(path, "    method: Worked out from the two cumulative totals, 24,944 women of 34,537 arrivals.\n", "")
        #expect(problems.map(\.field) == ["facts[4].method"])
        #expect(problems.first?.message.contains("must say how it was worked out") == true)
    }

    @Test func onlyADerivedFigureHasAMethod() {
        let (problems, line) = broken(routes, boats, boats.replacingOccurrences(
            of: "certainty: verified\n", with: "certainty: verified\n        method: Added up by us.\n"))
        #expect(problems.map(\.field) == ["routes[0].facts[1].method"])
        #expect(problems.first?.line == line + 1)
    }

    @Test func aVerifiedPlaceNeedsAPageBehindIt() {
        let path = ContentLoader.placesPath
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        // Pyongyang is placed from general knowledge, without a page: marked verified, it fails.
        let start = text.range(of: "  - id: pyongyang")!
        let mark = text[start.upperBound...].range(of: "certainty: unverified")!
        let problems = Fixtures.problems(Fixtures.source(replacing: path, with: text.replacingCharacters(in: mark, with: "certainty: verified")))
        #expect(problems.map(\.field) == ["places[0].sources"])
    }

    @Test func placesThatWouldShareAMapLabelAreRejected() {
        let path = ContentLoader.placesPath
        // The crossing's map label would be "Hoeryong", the name of the town of Camp 22.
        let (problems, _) = broken(path, "name: \"Hoeryong crossing (Tumen River)\"", "name: \"Hoeryong (Tumen River crossing area)\"")
        #expect(problems.count == 1, "\(problems.map(\.description))")
        #expect(problems.first?.message == "'Hoeryong (Camp 22)' cannot be told apart from 'Hoeryong (Tumen River crossing area)' "
                + "on the map; name its type (a camp's number, 'crossing')")
    }

    @Test func twoCampsWithOneNameAreRejected() {
        let path = ContentLoader.placesPath
        let (problems, _) = broken(path, "name: \"Kaechon (Prison 1)\"", "name: \"Kaechon (Camp 14)\"")
        #expect(problems.contains { $0.message.contains("cannot be told apart from 'Kaechon (Camp 14)'") }, "\(problems.map(\.description))")
    }
}
