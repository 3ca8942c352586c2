import AtlasContent
import AtlasMachine

/// The statistics file's content: one line a day, the most recent year kept.
///
/// ```
/// # nk-defectors visitor statistics, format 1
/// 2026-12-02 sessions=3 tour-loops=12 lang.en=3 hour.14=2 hour.15=1 session=410:0,0,1,1,0,1,0,0,0 chapter.routes=95:0,1,1,0,0,0,0,0,0
/// ```
///
/// Each line is a day (local time) and `key=value` fields: counts, and dwell histograms written
/// as `total seconds:counts per bucket` (buckets below 5, 10, 20, 30, 60, 120, 300, 600 s, and
/// the rest). `session` is the sessions' lengths; `chapter.SLUG`, `route.CODE` and `camp.ID`
/// what was opened.
public struct StatsLog: Equatable, Sendable {
    public static let header = "# nk-defectors visitor statistics, format 1"
    /// Days kept: a year, and one for a leap year.
    public static let maxDays = 366

    /// Counts by day, `YYYY-MM-DD`.
    public var days: [String: DayCounts] = [:]

    public init() {}

    /// Adds counts to a day, dropping the oldest days past a year.
    public mutating func add(_ counts: DayCounts, day: String) {
        guard !counts.isEmpty else { return }
        days[day, default: DayCounts()].merge(counts)
        if days.count > Self.maxDays {
            for old in days.keys.sorted().prefix(days.count - Self.maxDays) { days[old] = nil }
        }
    }

    public var text: String {
        var lines = [Self.header]
        for day in days.keys.sorted() { lines.append(day + " " + Self.fields(days[day]!).joined(separator: " ")) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fields(_ c: DayCounts) -> [String] {
        var out = ["sessions=\(c.sessions)", "tour-loops=\(c.tourLoops)"]
        out += c.languages.keys.sorted().map { "lang.\($0)=\(c.languages[$0]!)" }
        out += c.hours.keys.sorted().map { "hour.\($0)=\(c.hours[$0]!)" }
        out.append("session=" + histogram(c.sessionLength))
        for kind in c.opened.keys.sorted() {
            let items = c.opened[kind]!
            out += items.keys.sorted().map { "\(kind).\($0)=" + histogram(items[$0]!) }
        }
        return out
    }

    private static func histogram(_ h: DwellHistogram) -> String {
        "\(h.seconds):" + h.counts.map(String.init).joined(separator: ",")
    }
}

/// What is wrong with a statistics file, by line.
public struct StatsFileError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

extension StatsLog {
    /// The kinds of thing whose opening is counted.
    public static let openedKinds: Set<String> = ["chapter", "route", "camp"]

    /// Reads a statistics file's text; throws at the first line that is not of the format.
    public init(parsing text: String) throws(StatsFileError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard lines.first.map(String.init) == Self.header else {
            throw StatsFileError(line: 1, message: "not a statistics file (expected \"\(Self.header)\")")
        }
        for (i, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let (day, counts) = try Self.day(line, number: i + 1)
            guard days[day] == nil else { throw StatsFileError(line: i + 1, message: "day \(day) appears twice") }
            days[day] = counts
        }
    }

    private static func day(_ line: Substring, number: Int) throws(StatsFileError) -> (String, DayCounts) {
        func fail(_ m: String) -> StatsFileError { StatsFileError(line: number, message: m) }
        let tokens = line.split(separator: " ")
        guard let day = tokens.first.map(String.init), isDay(day) else { throw fail("expected a day as YYYY-MM-DD") }
        var c = DayCounts()
        for token in tokens.dropFirst() {
            let kv = token.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2, !kv[1].isEmpty else { throw fail("expected key=value, got \"\(token.prefix(40))\"") }
            let (key, value) = (kv[0], kv[1])
            let dot = key.split(separator: ".", maxSplits: 1).map(String.init)
            switch (dot[0], dot.count) {
            case ("sessions", 1): c.sessions = try count(value, key, fail)
            case ("tour-loops", 1): c.tourLoops = try count(value, key, fail)
            case ("session", 1): c.sessionLength = try histogram(value, key, fail)
            case ("lang", 2): c.languages[dot[1]] = try count(value, key, fail)
            case ("hour", 2):
                guard let h = Int(dot[1]), (0...23).contains(h) else { throw fail("\(key): the hour must be 0 to 23") }
                c.hours[h] = try count(value, key, fail)
            case (let kind, 2) where openedKinds.contains(kind):
                c.opened[kind, default: [:]][dot[1]] = try histogram(value, key, fail)
            default:
                throw fail("unknown field \"\(key.prefix(40))\"")
            }
        }
        return (day, c)
    }

    private static func count(_ value: String, _ key: String, _ fail: (String) -> StatsFileError) throws(StatsFileError) -> Int {
        guard let n = Int(value), n >= 0 else { throw fail("\(key): expected a whole number, got \"\(value.prefix(40))\"") }
        return n
    }

    private static func histogram(_ value: String, _ key: String, _ fail: (String) -> StatsFileError) throws(StatsFileError) -> DwellHistogram {
        let parts = value.split(separator: ":", maxSplits: 1)
        let counts = parts.count == 2 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).compactMap { Int($0) } : []
        guard parts.count == 2, let seconds = Int(parts[0]),
              let h = DwellHistogram(counts: counts, seconds: seconds),
              parts[1].split(separator: ",", omittingEmptySubsequences: false).count == counts.count else {
            throw fail("\(key): expected seconds:\(DwellHistogram.bucketCount) counts, got \"\(value.prefix(40))\"")
        }
        return h
    }

    private static func isDay(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        let digits = b[0..<4] + b[5..<7] + b[8..<10]
        guard digits.allSatisfy({ (48...57).contains($0) }) else { return false }
        let month = Int(s.dropFirst(5).prefix(2))!, day = Int(s.suffix(2))!
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
