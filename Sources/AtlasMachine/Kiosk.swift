import AtlasContent
import AtlasGeo

/// Kiosk mode: the attract tour while nobody is there, the visitor in control while they are,
/// a "Still there?" countdown when they go quiet, and no way out but the operator's sequence.
public struct KioskState: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        /// Showing tour step `step` since `since`.
        case touring(step: Int, since: Double)
        /// A visitor is exploring; their last key or click came at `lastInput`.
        case visiting(lastInput: Double)
        /// The visitor went quiet; the notice has counted down since `since`.
        case stillThere(since: Double)
    }

    public var mode: Mode = .touring(step: 0, since: 0)
    /// Seconds without input before the notice.
    public var idleTimeout: Double
    /// Seconds the notice counts down before the atlas starts over.
    public var countdown: Double = 10
    /// What an operator types to leave; nil means only SIGTERM ends the kiosk.
    public var exitSequence: String?
    /// The last keys typed, as long as the exit sequence.
    public var typed: String = ""
    /// A visitor's session over SSH rather than a locked kiosk: `q` leaves, even mid-tour.
    public var visitorsMayQuit = false

    public init(idleTimeout: Double = 90, exitSequence: String? = nil, visitorsMayQuit: Bool = false) {
        self.visitorsMayQuit = visitorsMayQuit
        self.idleTimeout = idleTimeout
        self.exitSequence = exitSequence?.isEmpty == true ? nil : exitSequence
    }

    public var isTouring: Bool { if case .touring = mode { true } else { false } }
    public var isVisiting: Bool { if case .visiting = mode { true } else { false } }

    /// Seconds left on the notice, or nil when it is not showing.
    public func secondsLeft(now: Double) -> Int? {
        guard case .stillThere(let since) = mode else { return nil }
        return max(0, Int((countdown - (now - since)).rounded(.up)))
    }
}

public enum KioskMachine {
    /// A state for the kiosk: the first tour step, shown from `now`.
    public static func start(_ state: AppState, kiosk: KioskState, story atlas: StoryIndex) -> AppState {
        var s = atlas.initialState(width: state.width, height: state.height)
        s.now = state.now
        s.kiosk = kiosk
        s.kiosk?.typed = ""
        s.kiosk?.mode = .touring(step: 0, since: s.now)
        apply(&s, step: 0, story: atlas)
        return s
    }

    static func apply(_ s: inout AppState, step index: Int, story atlas: StoryIndex) {
        let tour = atlas.story.tour
        guard tour.indices.contains(index) else { return }
        let step = tour[index]
        Machine.go(&s, to: step.chapter)
        s.help = false
        if let r = step.route { s.selected = r }
        if let c = step.camp { s.camp = c }
        s.arrival = step.arrival
        s.panel = step.panel ? PanelState() : nil
        s.pageScroll = 0
    }

    /// The kiosk's handling of an event: `done` when the event was used up here; otherwise the
    /// (possibly updated) state goes on to the ordinary machine.
    static func reduce(_ state: AppState, _ event: Event, story atlas: StoryIndex) -> (state: AppState, done: Bool) {
        guard var kiosk = state.kiosk else { return (state, false) }
        var s = state
        switch event {
        case .tick(let t):
            s.now = t
            switch kiosk.mode {
            case .touring(let step, let since):
                let tour = atlas.story.tour
                if tour.indices.contains(step), t - since >= tour[step].seconds {
                    let next = (step + 1) % tour.count
                    apply(&s, step: next, story: atlas)
                    kiosk.mode = .touring(step: next, since: t)
                }
            case .visiting(let last):
                if t - last >= kiosk.idleTimeout { kiosk.mode = .stillThere(since: t) }
            case .stillThere(let since):
                if t - since >= kiosk.countdown { return (start(s, kiosk: kiosk, story: atlas), true) }
            }
            s.kiosk = kiosk
            return (s, true)
        case .resize:
            return (s, false)
        case .key(let key):
            if kiosk.visitorsMayQuit && Keymap.quits(key) {
                s.quit = true
                return (s, true)
            }
            if let sequence = kiosk.exitSequence {
                kiosk.typed.append(key.typedCharacter)
                if kiosk.typed.count > sequence.count { kiosk.typed.removeFirst(kiosk.typed.count - sequence.count) }
                if kiosk.typed == sequence {
                    s.quit = true
                    return (s, true)
                }
            }
            s.kiosk = kiosk
            // `L` switches the edition even as the first touch, which otherwise only hands over.
            if Keymap.command(for: key, in: .anywhere) == .switchLanguage, !kiosk.isVisiting {
                s.language = atlas.language(after: s.language)
            }
            let (handed, done) = handOver(s)
            // Nothing a visitor types leaves a locked kiosk.
            return (handed, done || Keymap.quits(key))
        case .click, .wheel:
            return handOver(s)
        }
    }

    /// The first touch after the tour or during the notice only gives control back; later
    /// ones go to the ordinary machine (with the idle clock restarted).
    private static func handOver(_ state: AppState) -> (state: AppState, done: Bool) {
        var s = state
        guard let kiosk = s.kiosk else { return (s, false) }
        s.kiosk?.mode = .visiting(lastInput: s.now)
        if case .visiting = kiosk.mode { return (s, false) }
        return (s, true)
    }
}

extension Key {
    /// The character this key contributes to a typed sequence (non-characters break a sequence).
    var typedCharacter: Character {
        if case .char(let c) = self { return c }
        return "\u{0}"
    }
}
