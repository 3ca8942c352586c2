import AtlasCore
import Testing

/// The registry alone drives the chapters: a tenth chapter, added as one screen, one YAML file
/// and one entry in the list, appears on the chapter bar, answers n, p, a click on its tab and the
/// status line, is printed, has its group in the sources chapter, can be named by the tour and
/// by `snapshot --chapter`.
@Suite struct ChapterRegistryTests {
    static let extra = Chapter("letters")
    static let screens: [any ChapterScreen] = ChapterRegistry.screens + [PageScreen(extra)]
    static let yaml = """
        name: Letters home
        title: Letters home
        kicker: What families hear
        paragraphs:
          - A paragraph of the tenth chapter.
        facts:
          - date: "2016"
            text: A fact of the tenth chapter.
            certainty: verified
            sources:
              - publisher: The Tenth Publisher
                title: A page cited only here
                url: example.org/tenth
        """

    static func story(tour: String? = nil) throws -> Story {
        var source = Fixtures.source(replacing: "content/chapters/letters.yaml", with: yaml)
        if let tour { source.files["content/tour.yaml"] = Array(tour.utf8) }
        return try ContentLoader.load(from: source, map: Fixtures.story.map, pages: ChapterRegistry.pages(screens))
    }

    @Test func aTenthChapterIsDrawnSteppedToAndClicked() throws {
        let atlas = Atlas(story: try Self.story(), screens: Self.screens)
        var state = atlas.initialState(width: 200, height: 40)
        let bar = atlas.render(state).lines()[0]
        #expect(bar.contains(" 10 Letters home "))
        state = Machine.run(state, [.key(.char("9")), .key(.char("n"))], atlas: atlas)
        #expect(state.chapter == Self.extra)
        let screen = atlas.render(state).text
        #expect(screen.contains("A paragraph of the tenth chapter."))
        #expect(screen.contains("10/10 Letters home"))
        #expect(Machine.reduce(state, .key(.char("p")), atlas: atlas).chapter == .sources)
        // A click on its tab, from the first chapter.
        var first = atlas.initialState(width: 200, height: 40)
        Machine.go(&first, to: .homeland)
        let column = try #require(bar.range(of: " 10 Letters home ")).lowerBound
        let x = bar.distance(from: bar.startIndex, to: column) + 2
        #expect(Machine.reduce(first, .click(x: x, y: 0), atlas: atlas).chapter == Self.extra)
    }

    @Test func aTenthChapterIsPrintedAndCited() throws {
        let story = try Self.story()
        let printed = StoryPrinter.render(story, format: .text, width: 78, screens: Self.screens)
        #expect(printed.contains("10. LETTERS HOME"))
        #expect(printed.contains("A fact of the tenth chapter."))
        let groups = SourcesText.groups(ChapterBook(story: story, screens: Self.screens, strings: .english))
        let group = try #require(groups.last)
        #expect(group.number == 10 && group.name == "Letters home")
        #expect(group.sources.contains { $0.contains("The Tenth Publisher") })
        // Without the entry, none of it is there.
        #expect(!StoryPrinter.render(story, format: .text).contains("LETTERS HOME"))
    }

    @Test func theTourAndTheCommandLineNameChaptersFromTheRegistry() throws {
        let tour = "tour:\n  - { chapter: letters, seconds: 5 }\n  - { chapter: routes, select: KR, seconds: 5 }\n"
        let story = try Self.story(tour: tour)
        #expect(story.tour.map(\.chapter) == [Self.extra, .routes])
        #expect(ChapterRegistry.chapter(named: "10", in: Self.screens) == Self.extra)
        #expect(ChapterRegistry.chapter(named: "letters", in: Self.screens) == Self.extra)
        #expect(ChapterRegistry.chapter(named: "10") == nil)
        // A slug the registry does not list is an error with its line.
        let unknown = Fixtures.source(replacing: "content/tour.yaml", with: "tour:\n  - { chapter: letters, seconds: 5 }\n")
        let problems = Fixtures.problems(unknown, keepMap: true)
        #expect(problems.map(\.field) == ["tour[0].chapter"])
        #expect(problems.first?.line == 2)
    }
}
