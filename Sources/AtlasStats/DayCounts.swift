import AtlasContent
import AtlasMachine

/// One day's anonymous counts: how many visits, how long, what was opened. Nothing in it names
/// a person, a key typed, or a time finer than the hour.
public struct DayCounts: Equatable, Sendable {
    /// Visitor sessions begun this day.
    public var sessions = 0
    /// Times the attract tour came round to its first step.
    public var tourLoops = 0
    /// Sessions by the language they began in (`en`).
    public var languages: [String: Int] = [:]
    /// Sessions by the hour of the day (0 to 23) they began in.
    public var hours: [Int: Int] = [:]
    /// How long sessions lasted.
    public var sessionLength = DwellHistogram()
    /// What was opened and for how long, by kind (`chapter`, `route`, `camp`) and then by key
    /// (a chapter's slug, a route's country code, a camp's place id).
    public var opened: [String: [String: DwellHistogram]] = [:]

    public init() {}

    public var isEmpty: Bool { self == DayCounts() }

    public mutating func merge(_ other: DayCounts) {
        sessions += other.sessions
        tourLoops += other.tourLoops
        languages.merge(other.languages, uniquingKeysWith: +)
        hours.merge(other.hours, uniquingKeysWith: +)
        sessionLength.merge(other.sessionLength)
        for (kind, items) in other.opened {
            for (key, h) in items { opened[kind, default: [:]][key, default: DwellHistogram()].merge(h) }
        }
    }
}
