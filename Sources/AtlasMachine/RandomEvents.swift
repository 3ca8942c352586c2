/// SplitMix64: a small seeded generator, so a failure can be replayed from its seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random input for the property and soak tests and the benchmarks: keys, clicks (a little way
/// off the screen too), wheel turns, resizes and clock ticks, from one seed.
public struct RandomEvents: Sendable {
    /// Every key the machine knows a meaning for, and a few it does not; no `q`.
    public static let keys: [Key] = [
        .up, .down, .left, .right, .tab, .backTab, .enter, .escape, .pageUp, .pageDown, .home, .end,
        .char("n"), .char("p"), .char("]"), .char("["), .char("?"), .char(" "), .char("h"), .char("j"), .char("k"),
        .char("l"), .char("+"), .char("-"), .char("z"), .char("0"), .char("1"), .char("2"), .char("5"), .char("6"),
        .char("9"), .char("x"), .char("한"),
    ]

    public var generator: SeededGenerator
    /// The clock the ticks move on.
    public var now = 0.0
    public var keys: [Key]
    /// The screen sizes a resize asks for.
    public var widths: ClosedRange<Int>
    public var heights: ClosedRange<Int>

    public init(seed: UInt64, keys: [Key] = RandomEvents.keys, widths: ClosedRange<Int> = 0...320,
                heights: ClosedRange<Int> = 0...110) {
        generator = SeededGenerator(seed: seed)
        self.keys = keys
        self.widths = widths
        self.heights = heights
    }

    /// Any event for a screen of this size: a key most often, a click one time in seven, now and
    /// then a wheel turn or a resize, and a tick (up to 30 s later) one time in ten.
    public mutating func next(width: Int, height: Int) -> Event {
        if Int.random(in: 0..<10, using: &generator) == 0 {
            now += Double.random(in: 0...30, using: &generator)
            return .tick(seconds: now)
        }
        return input(width: width, height: height)
    }

    /// A visitor's input, no tick: a key, a click, a wheel turn or a resize.
    public mutating func input(width: Int, height: Int) -> Event {
        switch Int.random(in: 0..<18, using: &generator) {
        case 0..<3:
            return .click(x: Int.random(in: -2...(width + 2), using: &generator),
                          y: Int.random(in: -2...(height + 2), using: &generator))
        case 3: return .wheel(x: Int.random(in: 0...max(0, width), using: &generator), y: 5,
                              delta: Int.random(in: -3...3, using: &generator))
        case 4: return .resize(width: Int.random(in: widths, using: &generator), height: Int.random(in: heights, using: &generator))
        default: return .key(keys.randomElement(using: &generator)!)
        }
    }
}
