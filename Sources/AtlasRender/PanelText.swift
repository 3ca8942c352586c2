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
    public static func lines(for route: Route, story: Story, width: Int, _ t: Strings) -> [PanelLine] {
        var out: [PanelLine] = []
        let verdict = "[\(route.verdict.symbol)] \(t.verdict(route.verdict).uppercased()): \(route.verdictNote)"
        PageText.add(&out, verdict, StyleRole.verdict(route.verdict), width: width)
        out.append(PanelLine("", .panel))
        PageText.add(&out, route.account, .panel, width: width)
        out.append(PanelLine("", .panel))
        out.append(PanelLine(t[.keyFacts], .panelTitle))
        PageText.factLines(&out, route.facts, width: width, t)
        let places = route.waypoints.compactMap { story.place($0) }
        if !places.isEmpty {
            out.append(PanelLine("", .panel))
            out.append(PanelLine(t[.routeOnMap], .panelTitle))
            PageText.add(&out, places.map(\.name).joined(separator: " > "), .panelDim, width: width)
            if places.contains(where: { $0.certainty != .verified }) {
                PageText.add(&out, t[.routeLine], .panelDim, width: width)
            }
        }
        return out
    }
}
