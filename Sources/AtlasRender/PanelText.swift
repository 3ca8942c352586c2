import AtlasContent
import AtlasGeo
import AtlasMachine

/// One wrapped line of a panel.
public struct PanelLine: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    /// Part of a citation (source lines), not the project's own prose.
    public var citation: Bool
    public init(_ text: String, _ role: StyleRole, citation: Bool = false) {
        self.text = text
        self.role = role
        self.citation = citation
    }
}

/// The text of a route panel, wrapped to a width: verdict, account, key facts with sources, and the path.
public enum PanelText {
    public static func lines(for route: Route, story: Story, width: Int) -> [PanelLine] {
        var out: [PanelLine] = []
        let verdict = "[\(route.verdict.symbol)] \(route.verdict.label.uppercased()): \(route.verdictNote)"
        PageText.add(&out, verdict, StyleRole.verdict(route.verdict), width: width)
        out.append(PanelLine("", .panel))
        PageText.add(&out, route.account, .panel, width: width)
        out.append(PanelLine("", .panel))
        out.append(PanelLine("KEY FACTS", .panelTitle))
        PageText.factLines(&out, route.facts, width: width)
        let places = route.waypoints.compactMap { story.place($0) }
        if !places.isEmpty {
            out.append(PanelLine("", .panel))
            out.append(PanelLine("THE ROUTE ON THE MAP", .panelTitle))
            PageText.add(&out, places.map(\.name).joined(separator: " > "), .panelDim, width: width)
            if places.contains(where: { $0.certainty != .verified }) {
                PageText.add(&out, "Places are marked at city level or approximately; the line joins them straight and is not the path anyone walked.", .panelDim, width: width)
            }
        }
        return out
    }
}
