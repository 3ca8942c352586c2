import AtlasContent
import AtlasGeo
import AtlasMachine

/// The sources chapter: every page cited anywhere in the program, grouped by chapter, each
/// formatted as everywhere else; where the points on the maps come from; and how the program's
/// own figures were worked out.
public enum SourcesText {
    /// Each chapter's citations in order of first use, without repeats. A citation used only by
    /// unverified figures carries the mark.
    static func citations(_ sourcings: [Sourcing], _ t: Strings) -> [String] {
        var order: [Citation] = []
        var verifiedUse: Set<Citation> = []
        for s in sourcings {
            for c in s.sources {
                if !order.contains(c) { order.append(c) }
                if s.certainty != .unverified { verifiedUse.insert(c) }
            }
        }
        let mark = CitationText.mark(.unverified, t)
        return order.map { CitationText.format($0) + (verifiedUse.contains($0) ? "" : mark) }
    }

    static func places(_ list: [Place], _ t: Strings) -> [String] {
        var seen: Set<String> = []
        return list.filter { $0.kind != "waypoint" && seen.insert($0.id).inserted }
            .map { "\($0.name): \(CitationText.location($0, t))" }
    }

    /// Each chapter's group, in the registry's order: its number, name and sources.
    public static func groups(_ book: ChapterBook) -> [(number: Int, name: String, sources: [String])] {
        book.screens.enumerated().compactMap { i, screen in screen.sources(book).map { (i + 1, screen.name(book), $0) } }
    }

    public static func lines(_ book: ChapterBook, width: Int) -> [PanelLine] {
        var out: [PanelLine] = []
        let t = book.strings
        PageText.add(&out, t[.sourcesHeading], .panelTitle, width: width)
        PageText.add(&out, t[.sourcesIntro], .panelDim, width: width)
        for group in groups(book) {
            out.append(PanelLine("", .panel))
            PageText.add(&out, "\(group.number). \(group.name.uppercased())", .panelTitle, width: width)
            for source in group.sources { PageText.bullet(&out, source, .panel, width: width, citation: true) }
        }
        return out
    }
}
