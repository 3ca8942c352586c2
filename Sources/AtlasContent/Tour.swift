import AtlasGeo

/// One step of the kiosk's attract tour, resolved against the content.
public struct TourStep: Sendable, Equatable {
    public var chapter: Chapter
    /// The route to select (routes chapter), camp (camps chapter) or arrivals bar, by index.
    public var route: Int?
    public var camp: Int?
    public var arrival: Int?
    public var panel: Bool
    public var seconds: Double
}

enum TourLoader {
    static let path = "content/tour.yaml"

    /// Reads the tour; an empty tour when the file is absent is not allowed, so the kiosk always has one.
    /// `routes` is nil when the routes file had problems: its codes are then not checked here.
    /// `known` are the chapters a step may name.
    static func load(_ source: any ContentSource, routes: [Route]?, chapters: Chapters?, known: [Chapter],
                     problems: inout [ContentProblem]) -> [TourStep] {
        guard let bytes = source.required(path, problems: &problems) else { return [] }
        let r = YAMLReader(file: source.displayName(path))
        defer { problems += r.problems }
        guard let root = r.compose(bytes) else { return [] }
        var steps: [TourStep] = []
        let fields: Set<String> = ["chapter", "select", "camp", "period", "panel", "seconds"]
        let items = r.topList(root, key: "tour")
        if items.isEmpty && r.problems.isEmpty { r.problem(root, "tour", "the tour needs at least one step") }
        for (i, node) in items.enumerated() {
            let p = "tour[\(i)]"
            guard let m = r.record(node, p, allowed: fields) else { continue }
            let slug = r.text(m, "chapter", p, maxLength: 40)
            let seconds = r.integer(m, "seconds", p, range: 1...600)
            guard let slug else { continue }
            let chapter = Chapter(slug)
            guard known.contains(chapter) else {
                r.problem(m["chapter"], "\(p).chapter", "no chapter '\(slug)' (chapters: \(known.map(\.slug).joined(separator: ", ")))")
                continue
            }
            var step = TourStep(chapter: chapter, panel: false, seconds: Double(seconds ?? 10))
            if let code = r.text(m, "select", p, maxLength: 2, required: false) {
                if chapter != .routes { r.problem(m["select"], "\(p).select", "only the routes chapter selects a route") }
                step.route = routes?.firstIndex { $0.code == code }
                if step.route == nil, routes != nil { r.problem(m["select"], "\(p).select", "no route for '\(code)'") }
            }
            if let number = r.text(m, "camp", p, maxLength: 6, required: false) {
                if chapter != .camps { r.problem(m["camp"], "\(p).camp", "only the camps chapter selects a camp") }
                step.camp = chapters?.camps.camps.firstIndex { $0.number == number }
                if step.camp == nil, chapters != nil { r.problem(m["camp"], "\(p).camp", "no camp numbered '\(number)'") }
            }
            if let period = r.text(m, "period", p, maxLength: 20, required: false) {
                if chapter != .arrivals { r.problem(m["period"], "\(p).period", "only the arrivals chapter selects a period") }
                step.arrival = chapters?.arrivals.series.firstIndex { $0.period == period }
                if step.arrival == nil, chapters != nil { r.problem(m["period"], "\(p).period", "no period '\(period)'") }
            }
            if let node = m["panel"] {
                guard case .scalar(let s) = node, ["true", "false"].contains(s.string) else {
                    r.problem(node, "\(p).panel", "expected true or false")
                    continue
                }
                step.panel = s.string == "true"
                if step.panel && chapter != .routes && chapter != .camps {
                    r.problem(node, "\(p).panel", "only the routes and camps chapters have panels")
                }
            }
            steps.append(step)
        }
        return steps
    }
}
