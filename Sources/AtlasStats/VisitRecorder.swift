import AtlasContent
import AtlasMachine

/// Turns the machine's transitions into anonymous counts: a visitor session runs from the first
/// input after the attract tour (or, outside a kiosk, the first input at all) to the kiosk's reset
/// or the program's end; while it runs, each chapter on screen and each panel open is timed.
/// The tour's own movements are never counted as visits. Clock values are seconds on the run
/// loop's monotonic clock; `day` (`YYYY-MM-DD`) and `hour` are local wall time, no finer.
public struct VisitRecorder: Sendable {
    /// The language sessions are counted under.
    public var language: String
    /// Counts not yet handed over, by day.
    private var pending: [String: DayCounts] = [:]
    private var sessionStart: Double?
    /// What is open now, by kind (`chapter`, `route`, `camp`): its key and since when.
    private var open: [String: (key: String, since: Double)] = [:]

    public init(language: String = "en") { self.language = language }

    public var inSession: Bool { sessionStart != nil }

    public mutating func observe(from old: AppState, to new: AppState, event: Event?, story: Story,
                                 now: Double, day: String, hour: Int) {
        if Self.tourCameRound(old, new, tourLength: story.tour.count) { pending[day, default: DayCounts()].tourLoops += 1 }
        if sessionStart == nil, Self.sessionBegins(old, new, event) {
            sessionStart = now
            var c = pending[day, default: DayCounts()]
            c.sessions += 1
            c.languages[language, default: 0] += 1
            c.hours[hour, default: 0] += 1
            pending[day] = c
        } else if sessionStart != nil, new.kiosk?.isTouring == true {
            finish(now: now, day: day)
            return
        }
        guard sessionStart != nil else { return }
        track(Self.openItems(new, story), now: now, day: day)
    }

    /// Ends the session, if one is running (the kiosk's reset, or the program's end).
    public mutating func finish(now: Double, day: String) {
        guard let start = sessionStart else { return }
        track([:], now: now, day: day)
        pending[day, default: DayCounts()].sessionLength.add(seconds: now - start)
        sessionStart = nil
    }

    /// The counts gathered since the last call, by day.
    public mutating func take() -> [String: DayCounts] {
        defer { pending = [:] }
        return pending
    }

    /// Closes what is no longer open and opens what newly is.
    private mutating func track(_ items: [String: String], now: Double, day: String) {
        for (kind, was) in open where items[kind] != was.key {
            pending[day, default: DayCounts()].opened[kind, default: [:]][was.key, default: DwellHistogram()]
                .add(seconds: now - was.since)
            open[kind] = nil
        }
        for (kind, key) in items where open[kind] == nil { open[kind] = (key, now) }
    }

    /// The chapter on screen and the panel open, as counted keys.
    static func openItems(_ s: AppState, _ story: Story) -> [String: String] {
        var items = ["chapter": s.chapter.slug]
        guard s.panel != nil else { return items }
        switch s.chapter {
        case .routes where story.routes.indices.contains(s.selected): items["route"] = story.routes[s.selected].code
        case .camps where story.chapters.camps.camps.indices.contains(s.camp): items["camp"] = story.chapters.camps.camps[s.camp].place
        default: break
        }
        return items
    }

    static func sessionBegins(_ old: AppState, _ new: AppState, _ event: Event?) -> Bool {
        if let kiosk = new.kiosk {
            return old.kiosk?.isTouring == true && !kiosk.isTouring
        }
        switch event {
        case .key, .click, .wheel: return true
        default: return false
        }
    }

    /// The tour moved from its last step back to its first.
    static func tourCameRound(_ old: AppState, _ new: AppState, tourLength: Int) -> Bool {
        guard case .touring(let a, let since1)? = old.kiosk?.mode, case .touring(0, let since2)? = new.kiosk?.mode
        else { return false }
        return since1 != since2 && a == tourLength - 1
    }
}
