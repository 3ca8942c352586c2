import AtlasContent
import AtlasGeo

/// A token bucket over input events: a person's typing and clicking pass untouched, a flood (a
/// paste of megabytes, a stuck key, a bot) is read and dropped past the rate, so the screen keeps
/// up and nothing queues without bound. Resizes and the quit key are never dropped: a visitor
/// who pastes a novel and then presses `q` still leaves.
public struct InputRate: Equatable, Sendable {
    /// Events a second, sustained.
    public var rate: Double
    /// Events at once, after a quiet spell.
    public var burst: Double
    private var tokens: Double
    private var last: Double?
    /// Events dropped so far.
    public private(set) var dropped = 0

    public init(rate: Double = 60, burst: Double = 120) {
        self.rate = rate
        self.burst = burst
        tokens = burst
    }

    /// Whether to handle `event`, arriving at `now` seconds.
    public mutating func admit(_ event: Event, now: Double) -> Bool {
        if case .resize = event { return true }
        if case .key(let key) = event, Keymap.quits(key) { return true }
        if let last { tokens = min(burst, tokens + (now - last) * rate) }
        last = now
        guard tokens >= 1 else {
            dropped += 1
            return false
        }
        tokens -= 1
        return true
    }
}
