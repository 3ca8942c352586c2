import AtlasContent
import AtlasGeo
import AtlasMachine

/// Every chapter, in reading order: the one list that drives the chapter bar, the digit and
/// n/p keys, the printed story, the sources chapter, the tour's names and `snapshot --chapter`.
/// A new chapter is a screen file, its YAML file under `content/chapters/`, and a line here.
public enum ChapterRegistry {
    public static let screens: [any ChapterScreen] = [
        HomelandScreen(),
        RoutesScreen(),
        DistancesScreen(),
        ThaeScreen(),
        ArrivalsScreen(),
        CampsScreen(),
        BalloonsScreen(),
        WorkersScreen(),
        SourcesScreen(),
    ]

    /// The chapters in order.
    public static var chapters: [Chapter] { screens.map(\.chapter) }

    /// A chapter's number on the bar, from 1.
    public static func number(of chapter: Chapter) -> Int { ChapterBook.number(of: chapter, in: screens) }

    /// A chapter's name on the bar, in the book's words.
    public static func name(of chapter: Chapter, in book: ChapterBook) -> String { book.screen(for: chapter).name(book) }

    /// The chapters whose content is a plain page the loader must read (not one of the built ones).
    public static func pages(_ screens: [any ChapterScreen] = screens) -> [Chapter] {
        screens.map(\.chapter).filter { !Chapter.built.contains($0) }
    }

    /// The chapter a command line names: by number (from 1) or by slug.
    public static func chapter(named text: String, in screens: [any ChapterScreen] = screens) -> Chapter? {
        if let n = Int(text) { return screens.indices.contains(n - 1) ? screens[n - 1].chapter : nil }
        return screens.first { $0.chapter.slug == text }?.chapter
    }

    /// "2 Escape routes", by slug: how summaries name a chapter.
    public static func titles(_ book: ChapterBook) -> [String: String] {
        Dictionary(uniqueKeysWithValues: book.screens.enumerated().map { ($1.chapter.slug, "\($0 + 1) \($1.name(book))") })
    }
}
