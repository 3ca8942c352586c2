import AtlasContent
import AtlasGeo
import AtlasMachine

/// Text chapters as wrapped lines: heading, kicker, paragraphs and dated facts with sources.
public enum PageText {
    /// Appends `text` wrapped to `width`, indented, to `out`.
    static func add(_ out: inout [PanelLine], _ text: String, _ role: StyleRole, width: Int, indent: Int = 0,
                    citation: Bool = false) {
        let pad = String(repeating: " ", count: indent)
        for line in TextWrap.wrap(text, width: max(1, width - indent)) { out.append(PanelLine(pad + line, role, citation: citation)) }
    }

    /// A list item: "- " before the first line, two spaces before the rest.
    static func bullet(_ out: inout [PanelLine], _ text: String, _ role: StyleRole, width: Int, citation: Bool = false) {
        for (i, line) in TextWrap.wrap(text, width: max(1, width - 2)).enumerated() {
            out.append(PanelLine((i == 0 ? "- " : "  ") + line, role, citation: citation))
        }
    }

    static func factLines(_ out: inout [PanelLine], _ facts: [Fact], width: Int, _ t: Strings) {
        for fact in facts {
            out.append(PanelLine(fact.date, .panelTitle))
            add(&out, fact.text, .panel, width: width, indent: 2)
            CitationText.add(&out, fact.sourcing, t, width: width, indent: 2)
        }
    }

    /// A whole chapter: title, kicker, paragraphs, then its facts under `factsHeading`.
    public static func lines(_ text: ChapterText, width: Int, _ t: Strings, factsHeading: UIText = .keyFacts,
                             heading: Bool = true) -> [PanelLine] {
        var out: [PanelLine] = []
        if heading {
            add(&out, text.title.uppercased(), .panelTitle, width: width)
            add(&out, text.kicker, .panelDim, width: width)
            out.append(PanelLine("", .panel))
        }
        for p in text.paragraphs {
            add(&out, p, .panel, width: width)
            out.append(PanelLine("", .panel))
        }
        if !text.facts.isEmpty {
            out.append(PanelLine(t[factsHeading], .panelTitle))
            factLines(&out, text.facts, width: width, t)
        }
        return out
    }
}
