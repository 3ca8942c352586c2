import AtlasContent
import AtlasGeo
import AtlasMachine

/// Citations as a visitor reads them, the same in panels, chapters, the sources list and print:
/// `Publisher, "Title", 4 June 2020, address`, with the certainty mark on anything not verified.
public enum CitationText {
    public static func format(_ c: Citation) -> String {
        [c.publisher, c.title.map { "\"\($0)\"" }, c.date, c.url].compactMap { $0 }.joined(separator: ", ")
    }

    /// The mark on anything not verified, " [unverified]" or " [derived]": the one place it is
    /// written, for citations, locations and the sources list.
    public static func mark(_ certainty: Certainty, _ t: Strings) -> String {
        certainty == .verified ? "" : " [\(t.certainty(certainty))]"
    }

    /// "Source: ..." or "Sources: a; b", marked "[unverified]" or "[derived]" where it applies.
    /// `label` names a single source ("Timer source"); more than one takes `plural`.
    public static func line(_ s: Sourcing, _ t: Strings, label: UIText = .source, plural: UIText = .sources) -> String {
        let name = s.sources.count > 1 ? t[plural] : t[label]
        let cited = s.sources.isEmpty ? t[.noneCited] : s.sources.map(format).joined(separator: "; ")
        return "\(name)\(mark(s.certainty, t)): \(cited)"
    }

    /// Where a place's point comes from: how it was placed, marked, and the pages behind it.
    public static func location(_ place: Place, _ t: Strings) -> String {
        let placed = "\(t[.location])\(mark(place.certainty, t)): \(place.located)"
        return place.sourcing.sources.isEmpty ? placed
            : placed + ". " + line(Sourcing(sources: place.sourcing.sources, certainty: .verified), t)
    }

    /// A derived figure's method (prose, in the project's words), then its source line.
    static func add(_ out: inout [PanelLine], _ s: Sourcing, _ t: Strings, label: UIText = .source,
                    plural: UIText = .sources, width: Int, indent: Int) {
        if let method = s.method { PageText.add(&out, method, .panelDim, width: width, indent: indent) }
        PageText.add(&out, line(s, t, label: label, plural: plural), .panelDim, width: width, indent: indent, citation: true)
    }
}
