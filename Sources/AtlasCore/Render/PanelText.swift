/// One wrapped line of a panel.
public struct PanelLine: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public init(_ text: String, _ role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// The text of a route panel, wrapped to a width: verdict, account, key facts with sources, and the path.
public enum PanelText {
    public static func lines(for route: Route, story: Story, width: Int) -> [PanelLine] {
        var out: [PanelLine] = []
        func add(_ text: String, _ role: StyleRole, indent: Int = 0, hanging: String = "") {
            let first = TextWrap.wrap(text, width: max(1, width - indent - CharWidth.of(hanging)))
            for (i, line) in first.enumerated() {
                let pad = String(repeating: " ", count: indent)
                let lead = i == 0 ? hanging : String(repeating: " ", count: CharWidth.of(hanging))
                out.append(PanelLine(pad + lead + line, role))
            }
        }
        add("[\(route.verdict.symbol)] \(route.verdict.label.uppercased()): \(route.verdictNote)", StyleRole.verdict(route.verdict))
        out.append(PanelLine("", .panel))
        add(route.account, .panel)
        out.append(PanelLine("", .panel))
        out.append(PanelLine("KEY FACTS", .panelTitle))
        for fact in route.facts {
            out.append(PanelLine(fact.date, .panelTitle))
            add(fact.text, .panel, indent: 2)
            let mark = fact.certainty == .verified ? "" : " [\(fact.certainty.rawValue)]"
            add("Source\(mark): \(fact.source)", .panelDim, indent: 2)
        }
        let names = route.waypoints.compactMap { story.place($0)?.name }
        if !names.isEmpty {
            out.append(PanelLine("", .panel))
            out.append(PanelLine("THE ROUTE ON THE MAP", .panelTitle))
            add(names.joined(separator: " > "), .panelDim)
            let approximate = route.waypoints.compactMap { story.place($0) }.contains { $0.certainty != .verified }
            if approximate {
                add("Places are marked at city level or approximately; the line joins them straight and is not the path anyone walked.", .panelDim)
            }
        }
        return out
    }
}
