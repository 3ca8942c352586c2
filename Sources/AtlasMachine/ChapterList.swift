import AtlasContent

/// How a chapter answers the keyboard and the mouse: the machine's part of a chapter screen.
public enum ChapterControls: Sendable {
    /// Text (and perhaps a chart or scene above it) that scrolls.
    case page
    /// The route map: arrows choose a country, Enter opens its panel, + - 0 z zoom.
    case routeMap
    /// The camps map: arrows choose a camp, Enter opens its panel.
    case campMap
    /// A bar chart over a page: Left and Right choose a bar.
    case barChart
}

/// One chapter as the machine knows it.
public struct ChapterEntry: Sendable {
    public var chapter: Chapter
    public var controls: ChapterControls
    /// Whether the screen moves with the clock, so every tick redraws it.
    public var animated: Bool

    public init(_ chapter: Chapter, controls: ChapterControls = .page, animated: Bool = false) {
        self.chapter = chapter
        self.controls = controls
        self.animated = animated
    }
}

/// The chapters in reading order, as the chapter registry lists them: what n and p step through,
/// what the digit keys jump to (the first nine), and how each chapter takes keys.
public struct ChapterList: Sendable {
    public let entries: [ChapterEntry]
    public init(_ entries: [ChapterEntry]) { self.entries = entries }

    public var chapters: [Chapter] { entries.map(\.chapter) }
    public var count: Int { entries.count }

    /// The chapter's number on the bar, from 1; 0 when it is not listed.
    public func number(of chapter: Chapter) -> Int { (entries.firstIndex { $0.chapter == chapter } ?? -1) + 1 }

    /// The chapter numbered `n`, from 1.
    public func chapter(number n: Int) -> Chapter? { entries.indices.contains(n - 1) ? entries[n - 1].chapter : nil }

    public func next(after chapter: Chapter) -> Chapter? { self.chapter(number: number(of: chapter) + 1) }
    public func previous(before chapter: Chapter) -> Chapter? {
        let n = number(of: chapter)
        return n > 1 ? self.chapter(number: n - 1) : nil
    }

    public func entry(_ chapter: Chapter) -> ChapterEntry {
        entries.first { $0.chapter == chapter } ?? ChapterEntry(chapter)
    }
}
