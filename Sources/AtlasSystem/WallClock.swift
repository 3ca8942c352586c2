import Glibc

/// Local wall time, no finer than the hour: all the statistics ever record of when.
public enum WallClock {
    public static func now() -> (day: String, hour: Int) {
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        let y = Int(parts.tm_year) + 1900, m = Int(parts.tm_mon) + 1, d = Int(parts.tm_mday)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return ("\(y)-\(two(m))-\(two(d))", Int(parts.tm_hour))
    }
}
