/// The sources chapter: every source cited anywhere in the program, grouped by chapter.
public enum SourcesText {
    /// Each chapter's sources, in order of first citation, without repeats.
    public static func groups(_ story: Story) -> [(chapter: Chapter, sources: [String])] {
        let c = story.chapters
        func unique(_ list: [String]) -> [String] {
            var seen: Set<String> = []
            return list.filter { seen.insert($0).inserted }
        }
        var routePlaces: [String] = []
        for route in story.routes {
            for id in route.waypoints { if let p = story.place(id) { routePlaces.append("\(p.name): \(p.source)") } }
        }
        let campPlaces = c.camps.camps.compactMap { camp in story.place(camp.place).map { "\(camp.title) location: \($0.source)" } }
        return [
            (.homeland, unique(c.homeland.facts.map(\.source))),
            (.routes, unique(story.routes.flatMap { $0.facts.map(\.source) }
                + ["Map: Natural Earth 10m Admin 0 - Countries, version 5.1.1 (naturalearthdata.com, public domain)"]
                + routePlaces)),
            (.distances, unique(c.distances.text.facts.map(\.source)
                + ["Distances computed by this program from the coordinates of the places listed under Escape routes"])),
            (.thae, unique(c.thae.facts.map(\.source))),
            (.arrivals, unique(c.arrivals.series.map(\.source) + c.arrivals.text.facts.map(\.source))),
            (.camps, unique(c.camps.text.facts.map(\.source) + c.camps.camps.flatMap { [$0.source] + $0.estimates.map(\.source) }
                + campPlaces)),
            (.balloons, unique(c.balloons.text.facts.map(\.source) + [c.balloons.animation.altitudeSource])),
            (.workers, unique(c.workers.text.facts.map(\.source) + c.workers.hosts.map(\.source))),
        ]
    }

    public static func lines(_ story: Story, width: Int) -> [PanelLine] {
        var out: [PanelLine] = []
        PageText.add(&out, "SOURCES", .panelTitle, width: width)
        PageText.add(&out, "Every source cited in this atlas, by chapter. Figures marked [unverified] rest on general knowledge only; [derived] ones were worked out from other figures.",
                     .panelDim, width: width)
        for group in groups(story) {
            out.append(PanelLine("", .panel))
            PageText.add(&out, "\(group.chapter.rawValue). \(group.chapter.name.uppercased())", .panelTitle, width: width)
            for source in group.sources { PageText.bullet(&out, source, .panel, width: width) }
        }
        return out
    }
}
