import AtlasContent
import AtlasMachine

/// How long things stayed open, as counts in fixed buckets, so a year of days stays small and no
/// single visit can be told from another.
public struct DwellHistogram: Equatable, Sendable {
    /// The buckets' upper bounds in seconds; the last bucket has none.
    public static let bounds: [Int] = [5, 10, 20, 30, 60, 120, 300, 600]
    public static let bucketCount = bounds.count + 1

    public private(set) var counts: [Int]
    /// Whole seconds open, all visits together.
    public private(set) var seconds: Int

    public init() {
        counts = Array(repeating: 0, count: Self.bucketCount)
        seconds = 0
    }

    /// Nil when the counts are not one a bucket, or a number is negative.
    public init?(counts: [Int], seconds: Int) {
        guard counts.count == Self.bucketCount, counts.allSatisfy({ $0 >= 0 }), seconds >= 0 else { return nil }
        self.counts = counts
        self.seconds = seconds
    }

    /// How many times the thing was opened.
    public var opens: Int { counts.reduce(0, +) }

    public mutating func add(seconds duration: Double) {
        let s = max(0, Int(duration.rounded()))
        let bucket = Self.bounds.firstIndex { s < $0 } ?? Self.bounds.count
        counts[bucket] += 1
        seconds += s
    }

    public mutating func merge(_ other: DwellHistogram) {
        for i in counts.indices { counts[i] += other.counts[i] }
        seconds += other.seconds
    }

    /// The bucket the median visit falls in, as (lower, upper) seconds; upper is nil for the
    /// open-ended last bucket. Nil when nothing was counted.
    public var medianBucket: (lower: Int, upper: Int?)? {
        let total = opens
        guard total > 0 else { return nil }
        var seen = 0
        for (i, c) in counts.enumerated() {
            seen += c
            if seen * 2 >= total {
                return (i == 0 ? 0 : Self.bounds[i - 1], i < Self.bounds.count ? Self.bounds[i] : nil)
            }
        }
        return nil
    }
}
