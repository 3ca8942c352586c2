import AtlasContent
import AtlasGeo
import AtlasMachine

/// The sources chapter: every page cited anywhere in the program, grouped by chapter, each
/// formatted as everywhere else; where the points on the maps come from; and how the program's
/// own figures were worked out.
public enum SourcesText {
    /// Each chapter's citations in order of first use, without repeats. A citation used only by
    /// unverified figures carries the mark.
    static func citations(_ sourcings: [Sourcing]) -> [String] {
        var order: [Citation] = []
        var verifiedUse: Set<Citation> = []
        for s in sourcings {
            for c in s.sources {
                if !order.contains(c) { order.append(c) }
                if s.certainty != .unverified { verifiedUse.insert(c) }
            }
        }
        return order.map { CitationText.format($0) + (verifiedUse.contains($0) ? "" : " [unverified]") }
    }

    static func places(_ list: [Place]) -> [String] {
        var seen: Set<String> = []
        return list.filter { $0.kind != "waypoint" && seen.insert($0.id).inserted }
            .map { "\($0.name): \(CitationText.location($0))" }
    }

    public static func groups(_ story: Story) -> [(chapter: Chapter, sources: [String])] {
        let c = story.chapters
        let routePlaces = story.routes.flatMap { $0.waypoints.compactMap { story.place($0) } }
        let campPlaces = c.camps.camps.compactMap { story.place($0.place) }
        func facts(_ list: [Fact]) -> [Sourcing] { list.map(\.sourcing) }
        return [
            (.homeland, citations(facts(c.homeland.facts))),
            (.routes, citations(story.routes.flatMap { facts($0.facts) })
                + ["Natural Earth, \"Admin 0 - Countries\" 10m, version 5.1.1, naturalearthdata.com (the map; public domain)"]
                + places(routePlaces)),
            (.distances, citations(facts(c.distances.text.facts))
                + ["The distances in the chart: computed by this program from the locations listed under Escape routes"]
                + places(c.distances.destinations.compactMap { story.place($0.place) })),
            (.thae, citations(facts(c.thae.facts))),
            (.arrivals, citations(c.arrivals.series.map(\.sourcing) + facts(c.arrivals.text.facts))),
            (.camps, citations(facts(c.camps.text.facts) + c.camps.camps.flatMap { [$0.sourcing] + facts($0.estimates) })
                + places(campPlaces)),
            (.balloons, citations(facts(c.balloons.text.facts)
                + [c.balloons.animation.altitudeSourcing, c.balloons.animation.timerSourcing])),
            (.workers, citations(facts(c.workers.text.facts) + c.workers.hosts.map(\.sourcing))),
        ]
    }

    public static func lines(_ story: Story, width: Int) -> [PanelLine] {
        var out: [PanelLine] = []
        PageText.add(&out, "SOURCES", .panelTitle, width: width)
        PageText.add(&out, "Every page cited in this atlas, by chapter, and where each point on the maps comes from. "
                     + "A figure marked [unverified] could not be matched to a page with its address; one marked "
                     + "[derived] was worked out from other figures, as its chapter says.",
                     .panelDim, width: width)
        for group in groups(story) {
            out.append(PanelLine("", .panel))
            PageText.add(&out, "\(group.chapter.rawValue). \(group.chapter.name.uppercased())", .panelTitle, width: width)
            for source in group.sources { PageText.bullet(&out, source, .panel, width: width, citation: true) }
        }
        return out
    }
}
