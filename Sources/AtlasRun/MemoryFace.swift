import AtlasMachine
import AtlasRender

/// A face with no terminal, for tests: the events of a script, each at its time on a clock the
/// face keeps (waiting for an event moves the clock on, nothing sleeps), and every canvas
/// presented kept with the number of cells its diff wrote. Once the script is done and its clock
/// has reached `goneAt`, the face is gone, as a closed terminal is.
public final class MemoryFace: Face {
    public private(set) var width: Int
    public private(set) var height: Int
    /// The face's clock, in seconds; `clock` reads it for the run loop.
    public private(set) var now = 0.0
    /// Every canvas presented, in order.
    public private(set) var frames: [Canvas] = []
    /// How many cells each `present` wrote.
    public private(set) var written: [Int] = []
    /// Bytes the reader is behind, as a test sets it.
    public var outputBacklog = 0
    private var script: [(at: Double, event: Event)]
    private let goneAt: Double
    private var shown: Canvas?

    /// `script` is a list of events at times in seconds, in order; the face is gone at `goneAt`
    /// (by default when the last event has been taken).
    public init(width: Int, height: Int, script: [(at: Double, event: Event)], goneAt: Double? = nil) {
        self.width = width
        self.height = height
        self.script = script
        self.goneAt = goneAt ?? script.last?.at ?? 0
    }

    /// The face's clock, for `RunServices.clock`.
    public var clock: () -> Double { { [unowned self] in self.now } }

    public var isGone: Bool { script.isEmpty && now >= goneAt }
    public var needsPaint: Bool { shown == nil }
    public func invalidate() { shown = nil }

    public func nextEvent(timeoutMs: Int32) -> Event? {
        let until = now + Double(timeoutMs) / 1000
        guard let next = script.first, next.at <= until else {
            // Nothing more: time passes up to the timeout, or to the end once the script is done.
            now = script.isEmpty ? max(now, min(until, goneAt)) : until
            return nil
        }
        script.removeFirst()
        now = max(now, next.at)
        if case .resize(let w, let h) = next.event {
            width = w
            height = h
            shown = nil
        }
        return next.event
    }

    public func present(_ canvas: Canvas) {
        written.append(canvas.diff(from: shown).count)
        frames.append(canvas)
        shown = canvas
    }

    /// The last canvas presented, as text.
    public var screen: String { frames.last?.text ?? "" }
}
