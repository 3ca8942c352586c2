import AtlasCore
import Testing

/// The Korean edition beside the English one: the same records and figures in other words,
/// every missing or mismatched text reported with its file and line, and `L` switching live.
@Suite struct EditionTests {
    /// The built-in file at `path` with `old` replaced; the problems of loading every edition,
    /// and the line `old` was on.
    func changed(_ path: String, _ old: String, _ new: String) -> (problems: [ContentProblem], line: Int) {
        let text = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        let range = text.range(of: old)!
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        return (Fixtures.editionProblems(Fixtures.source(replacing: path, with: text.replacingCharacters(in: range, with: new))),
                line)
    }

    static func hasHangul(_ s: String) -> Bool { s.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }

    @Test func theKoreanEditionHasTheSameRecordsInKorean() {
        let en = Fixtures.editions.english, ko = Fixtures.editions[.ko]
        #expect(ko.language == .ko)
        #expect(ko.routes.map(\.code) == en.routes.map(\.code))
        #expect(ko.routes.map(\.verdict) == en.routes.map(\.verdict))
        #expect(ko.routes.map(\.waypoints) == en.routes.map(\.waypoints))
        #expect(ko.places.map(\.id) == en.places.map(\.id) && ko.places.map(\.point) == en.places.map(\.point))
        #expect(ko.chapters.arrivals.series.map(\.total) == en.chapters.arrivals.series.map(\.total))
        #expect(ko.chapters.camps.camps.map(\.number) == en.chapters.camps.camps.map(\.number))
        #expect(ko.tour == en.tour)
        for route in ko.routes {
            #expect(Self.hasHangul(route.name) && Self.hasHangul(route.account), "\(route.code)")
            for fact in route.facts { #expect(Self.hasHangul(fact.text), "\(route.code) \(fact.date)") }
        }
        for text in ko.chapters.thae.paragraphs + ko.chapters.homeland.paragraphs { #expect(Self.hasHangul(text)) }
        // Citations stay as published.
        #expect(ko.routes.flatMap { $0.facts.flatMap(\.sources) } == en.routes.flatMap { $0.facts.flatMap(\.sources) })
    }

    @Test func theKoreanMapNamesComeFromNaturalEarthOrTheShortLabels() {
        let ko = Fixtures.editions[.ko]
        func label(_ iso: String) -> String { ko.mapLabel(country: ko.map.countryIndex(of: iso)!) }
        #expect(label("MN") == "몽골" && label("VN") == "베트남")
        #expect(label("CN") == "중국" && label("KP") == "북한" && label("KR") == "한국")
        #expect(ko.place("pyongyang")?.name == "평양" && ko.place("dandong")?.label == "단둥")
    }

    @Test func aMissingKoreanTextIsReportedAtItsEnglishLine() {
        let text = String(decoding: Fixtures.builtIn.files[ContentLoader.routesPath]!, as: UTF8.self)
        let korean = text.range(of: "    name_ko: ")!
        let end = text[korean.lowerBound...].firstIndex(of: "\n")!
        let stripped = text.replacingCharacters(in: korean.lowerBound...end, with: "")
        let problems = Fixtures.editionProblems(Fixtures.source(replacing: ContentLoader.routesPath, with: stripped))
        let nameLine = text[..<korean.lowerBound].filter { $0 == "\n" }.count   // the line before, the English name
        #expect(problems.count == 1)
        #expect(problems.first?.field == "routes[0].name_ko")
        #expect(problems.first?.line == nameLine)
        #expect(problems.first?.message.contains("missing: the Korean text of 'name'") == true)
        #expect(problems.first?.file.hasSuffix("routes.yaml") == true)
    }

    @Test func aKoreanTextWithOtherFiguresIsReported() {
        let (problems, line) = changed(ContentLoader.routesPath, "3 of 236 arrivals in 2024", "3 of 237 arrivals in 2024")
        #expect(problems.count == 1)
        #expect(problems.first?.field == "routes[0].verdict_note_ko")
        #expect(problems.first?.line == line + 1)
        #expect(problems.first?.message.contains("differ from the English text's (3, 237, 2024)") == true)
    }

    @Test func aGlyphOfAmbiguousWidthIsRefused() {
        let (problems, line) = changed(ContentLoader.routesPath, "    name_ko: ", "    name_ko: ·")
        #expect(problems.map(\.line) == [line])
        #expect(problems.first?.message.contains("one or two columns wide") == true)
    }

    @Test func lSwitchesTheEditionAndKeepsThePlace() {
        let atlas = Fixtures.bilingual()
        var state = atlas.initialState(width: 120, height: 40)
        #expect(state.language == .en)
        state = Machine.run(state, [.key(.tab), .key(.tab), .key(.enter), .key(.down)], atlas: atlas)
        let before = state
        #expect(atlas.render(state).text.contains("Mongolia") || atlas.render(state).text.contains("Russia"))
        state = Machine.reduce(state, .key(.char("L")), atlas: atlas)
        #expect(state.language == .ko)
        #expect(state.selected == before.selected && state.isPanelOpen && state.chapter == before.chapter)
        let screen = atlas.render(state).text
        #expect(Self.hasHangul(screen) && screen.contains(Fixtures.editions[.ko].routes[state.selected].name))
        state = Machine.reduce(state, .key(.char("L")), atlas: atlas)
        #expect(state.language == .en && state.selected == before.selected && state.isPanelOpen)
        // One edition alone: L changes nothing.
        let single = Fixtures.atlas()
        let s = Machine.reduce(single.initialState(width: 120, height: 40), .key(.char("L")), atlas: single)
        #expect(s.language == .en)
    }

    @Test func theKioskStartsOverInItsOwnLanguage() {
        let atlas = Fixtures.bilingual(.ko)
        let start = KioskMachine.start(atlas.initialState(width: 120, height: 40), kiosk: KioskState(idleTimeout: 30), atlas: atlas)
        #expect(start.language == .ko)
        // L during the tour switches at once and hands over; silence then brings the Korean tour back.
        var state = Machine.run(start, [.tick(seconds: 1), .key(.char("L"))], atlas: atlas)
        #expect(state.language == .en && state.kiosk?.isVisiting == true)
        #expect(atlas.render(state).text.contains("Escape routes"))
        state = Machine.run(state, [.tick(seconds: 31), .tick(seconds: 41)], atlas: atlas)
        #expect(state.kiosk?.isTouring == true && state.language == .ko)
        // The tour's line invites in both languages where both fit.
        let line = atlas.render(state).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.contains("직접 둘러볼") && line.contains("explore the story"))
    }
}
