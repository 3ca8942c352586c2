import AtlasContent
import AtlasGeo
import AtlasMachine

/// Citations as a visitor reads them, the same in panels, chapters, the sources list and print:
/// `Publisher, "Title", 4 June 2020, address`, with the certainty mark on anything not verified.
public enum CitationText {
    public static func format(_ c: Citation) -> String {
        [c.publisher, c.title.map { "\"\($0)\"" }, c.date, c.url].compactMap { $0 }.joined(separator: ", ")
    }

    static func mark(_ certainty: Certainty) -> String {
        certainty == .verified ? "" : " [\(certainty.rawValue)]"
    }

    /// "Source: ..." or "Sources: a; b", marked "[unverified]" or "[derived]" where it applies.
    public static func line(_ s: Sourcing, label: String = "Source") -> String {
        let plural = s.sources.count > 1 ? "s" : ""
        let cited = s.sources.isEmpty ? "none cited" : s.sources.map(format).joined(separator: "; ")
        return "\(label)\(plural)\(mark(s.certainty)): \(cited)"
    }

    /// Where a place's point comes from: how it was placed, marked, and the pages behind it.
    public static func location(_ place: Place) -> String {
        let placed = "Location\(mark(place.certainty)): \(place.located)"
        return place.sourcing.sources.isEmpty ? placed
            : placed + ". " + line(Sourcing(sources: place.sourcing.sources, certainty: .verified))
    }

    /// A derived figure's method (prose, in the project's words), then its source line.
    static func add(_ out: inout [PanelLine], _ s: Sourcing, label: String = "Source", width: Int, indent: Int) {
        if let method = s.method { PageText.add(&out, method, .panelDim, width: width, indent: indent) }
        PageText.add(&out, line(s, label: label), .panelDim, width: width, indent: indent, citation: true)
    }
}
