import AtlasContent
import AtlasGeo
import AtlasMachine

/// One chapter of the atlas, whole: its content section, what it draws, its page text and panel,
/// the keys it takes (its controls), what can be clicked, its status line, the sources it cites
/// and its section of the printed story. Each chapter implements it in one file, and the
/// registry lists them in order; every default here is a plain page of text and facts read from
/// `content/chapters/<slug>.yaml`.
public protocol ChapterScreen: Sendable {
    var chapter: Chapter { get }
    /// The name on the chapter bar and in headings, in the edition's words (a plain page's
    /// from its content file).
    func name(_ book: ChapterBook) -> String
    /// How the chapter takes keys and clicks.
    var controls: ChapterControls { get }
    /// Whether the screen moves with the clock.
    var animated: Bool { get }
    /// What the chapter's map shows (its layout leaves room for a sidebar beside it).
    var view: GeoRect { get }
    /// Whether the chapter has a page of scrolling text.
    var hasPage: Bool { get }
    /// The chapter's text and facts, for a chapter whose page is one.
    func pageText(_ story: Story) -> ChapterText?
    /// What the page calls its list of facts.
    var factsHeading: UIText { get }
    /// Rows of the body above the page text, for a chart or a scene; 0 for none.
    func upperRows(_ state: AppState, story: Story) -> Int
    /// Draws what the chapter shows besides its page text: a map, a chart, a scene.
    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState)
    /// The page text at a width.
    func pageLines(_ book: ChapterBook, width: Int) -> [PanelLine]
    /// The panel on the selection, when the chapter has one.
    func panel(_ state: AppState, atlas: Atlas) -> PanelSpec?
    /// What can be clicked, besides the chapter tabs and the panel.
    func regions(layout: ScreenLayout, atlas: Atlas, state: AppState) -> [HitRegion]
    /// The map a wheel zooms and a click traces to a country, if the chapter has one.
    func mapFacts(layout: ScreenLayout, atlas: Atlas, state: AppState) -> MapFacts?
    /// The left of the status line.
    func status(_ state: AppState, atlas: Atlas) -> StatusLine?
    /// Its group in the sources chapter; nil for none.
    func sources(_ book: ChapterBook) -> [String]?
    /// Its section of the printed story, below its heading.
    func printed(_ book: ChapterBook, into out: inout StoryWriter)
}

/// A panel's content: which item it shows, on which side, its title and text.
public struct PanelSpec {
    public var item: Int
    /// The panel goes on the west side (the selection lies east).
    public var west: Bool
    public var title: String
    public var lines: (Int) -> [PanelLine]
}

/// The left of the status line: a lead in its own style, then the rest, clipped to the room.
public struct StatusLine: Sendable {
    public var lead: String
    public var leadRole: StyleRole
    public var rest: String
    /// Whether the key hints give way to it (they shrink before it is cut).
    public var claimsRoom: Bool

    public init(lead: String = "", leadRole: StyleRole = .status, rest: String = "", claimsRoom: Bool = false) {
        self.lead = lead
        self.leadRole = leadRole
        self.rest = rest
        self.claimsRoom = claimsRoom
    }
}

extension ChapterScreen {
    public var controls: ChapterControls { .page }
    public var animated: Bool { false }
    public var view: GeoRect { .atlasRegion }
    public var hasPage: Bool { true }
    public func pageText(_ story: Story) -> ChapterText? { story.chapters.pages[chapter] }
    public var factsHeading: UIText { .keyFacts }
    public func upperRows(_ state: AppState, story: Story) -> Int { 0 }
    public func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {}
    public func pageLines(_ book: ChapterBook, width: Int) -> [PanelLine] {
        pageText(book.story).map { PageText.lines($0, width: width, book.strings, factsHeading: factsHeading) } ?? []
    }
    public func panel(_ state: AppState, atlas: Atlas) -> PanelSpec? { nil }
    public func regions(layout: ScreenLayout, atlas: Atlas, state: AppState) -> [HitRegion] { [] }
    public func mapFacts(layout: ScreenLayout, atlas: Atlas, state: AppState) -> MapFacts? { nil }
    public func status(_ state: AppState, atlas: Atlas) -> StatusLine? {
        let t = atlas.strings
        return StatusLine(lead: t(.chapterOf, ["n": "\(atlas.book.number(of: chapter))",
                                               "count": "\(atlas.book.screens.count)", "name": name(atlas.book)]))
    }
    public func sources(_ book: ChapterBook) -> [String]? {
        pageText(book.story).map { SourcesText.citations($0.facts.map(\.sourcing), book.strings) }
    }
    public func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        guard let text = pageText(book.story) else { return }
        out.lines(PageText.lines(text, width: out.width, book.strings, factsHeading: factsHeading, heading: false))
    }
}

/// The story and its chapters in order: what a chapter reads besides its own section.
public struct ChapterBook: Sendable {
    public let story: Story
    public let screens: [any ChapterScreen]
    /// The edition's own words.
    public let strings: Strings

    public init(story: Story, screens: [any ChapterScreen], strings: Strings) {
        self.story = story
        self.screens = screens
        self.strings = strings
    }

    /// The chapter's number, from 1.
    public func number(of chapter: Chapter) -> Int { Self.number(of: chapter, in: screens) }

    static func number(of chapter: Chapter, in screens: [any ChapterScreen]) -> Int {
        (screens.firstIndex { $0.chapter == chapter } ?? -1) + 1
    }

    public func screen(for chapter: Chapter) -> any ChapterScreen {
        screens.first { $0.chapter == chapter } ?? PageScreen(chapter)
    }

    /// The chapters as the machine knows them.
    public var list: ChapterList {
        ChapterList(screens.map { ChapterEntry($0.chapter, controls: $0.controls, animated: $0.animated) })
    }
}

/// A plain page: a chapter of text and facts alone.
public struct PageScreen: ChapterScreen {
    public let chapter: Chapter
    /// The page's name on the chapter bar, from its content file's `name`.
    public func name(_ book: ChapterBook) -> String { book.story.chapters.pages[chapter]?.name ?? chapter.slug }
    public init(_ chapter: Chapter) {
        self.chapter = chapter
    }
}
