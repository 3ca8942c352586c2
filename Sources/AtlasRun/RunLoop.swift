import AtlasContent
import AtlasMachine
import AtlasRender
import AtlasStats
import AtlasSystem
import Glibc

/// The interactive program: events from the terminal through the state machine, frames back
/// out, until a quit, a signal, a lost terminal or a session's limit.
public final class RunLoop {
    /// How the program ends: the exit code, and for a session, a goodbye line to print once the
    /// terminal is restored.
    public struct Outcome: Equatable {
        public var code: Int32
        public var goodbye: String?
    }

    /// How often the whole screen is repainted from scratch, so line noise cannot stay.
    static let fullRepaintSeconds = 300.0
    /// Most events handled between two frames; the rest wait for the next round.
    static let batch = 256
    /// A session's client this many bytes behind gets no new frame until it catches up.
    static let backlogLimit = 16_384
    /// A paint still blocked after this many seconds means the client stopped reading: SIGALRM,
    /// whose default action ends the process, cuts it off.
    static let stalledSeconds: UInt32 = 30

    private var atlas: Atlas
    private var state: AppState
    /// The facts of the last frame drawn: what the next events are tested against.
    private var facts: FrameFacts
    private let terminal: Terminal
    private let services: RunServices
    private let start = RunLoop.monotonicSeconds()
    private var rate = InputRate()
    private var lastInput = 0.0
    private var lastFullPaint = 0.0
    private var quickEmpties = 0
    /// A frame was skipped for a client that was behind: draw as soon as it catches up.
    private var skipped = false

    private init(atlas: Atlas, terminal: Terminal, initial: AppState, services: RunServices) {
        self.atlas = atlas
        self.terminal = terminal
        self.services = services
        state = initial
        state.width = max(0, terminal.width)
        state.height = max(0, terminal.height)
        facts = atlas.facts(state)
    }

    public static func run(atlas: Atlas, terminal: Terminal, initial: AppState,
                           services: RunServices = RunServices()) -> Outcome {
        let loop = RunLoop(atlas: atlas, terminal: terminal, initial: initial, services: services)
        loop.paint()
        services.notifier?.send("READY=1\nSTATUS=Showing the atlas")
        let outcome = loop.loop()
        services.stats?.finish(now: loop.now())
        services.stats?.takeNotices().forEach(loop.note)
        services.notifier?.send("STOPPING=1")
        return outcome
    }

    private func loop() -> Outcome {
        let wait = services.notifier?.longestWaitMs ?? 250
        while true {
            let asked = now()
            var events = terminal.nextEvent(timeoutMs: wait).map { [$0] } ?? []
            let signal = Signals.pendingEnd
            if signal != 0 { return Outcome(code: 128 + signal) }
            services.notifier?.keepAlive(now: now())
            if Signals.takeReload() { reload() }
            // A terminal that has gone away answers at once with nothing, forever: end so a
            // supervisor can restart the program (or, over SSH, so the session closes).
            if events.isEmpty && now() - asked < 0.005 {
                quickEmpties += 1
                if quickEmpties > 200 || isatty(STDIN_FILENO) == 0 { return Outcome(code: 1) }
            } else {
                quickEmpties = 0
            }
            // What else is waiting, without waiting: one frame for the lot.
            while !events.isEmpty, events.count < Self.batch, let more = terminal.nextEvent(timeoutMs: 0) { events.append(more) }
            let next = step(events)
            if next.quit { return Outcome(code: 0) }
            if let limits = services.session, let end = limits.end(now: now(), lastInput: lastInput) {
                return Outcome(code: 0, goodbye: end.goodbye(limits))
            }
            if now() - lastFullPaint > Self.fullRepaintSeconds {
                terminal.invalidate()
                lastFullPaint = now()
            }
            let redraw = skipped || terminal.needsPaint || !next.drawsSame(as: state, chapters: atlas.index.chapters)
            state = next
            if redraw { paint() }
        }
    }

    /// The clock, then each admitted event, through the machine (and the statistics).
    private func step(_ events: [Event]) -> AppState {
        var next = Machine.reduce(state, .tick(seconds: now()), story: atlas.index, frame: facts)
        services.stats?.observe(from: state, to: next, event: nil, story: atlas.story, now: now())
        for event in events {
            if services.session != nil, !rate.admit(event, now: now()) { continue }
            note("\(event)")
            if case .resize = event {} else { lastInput = now() }
            let before = next
            next = Machine.reduce(next, event, story: atlas.index, frame: facts)
            services.stats?.observe(from: before, to: next, event: event, story: atlas.story, now: now())
            if next.quit { break }
        }
        services.stats?.takeNotices().forEach(note)
        return next
    }

    /// Draws the state, keeps the frame's facts for the next events, and settles the state
    /// against them. A session's client that is behind gets this frame skipped (the next round
    /// tries again), and one that stops reading altogether is cut off.
    private func paint() {
        skipped = services.session != nil && terminal.outputBacklog > Self.backlogLimit
        if skipped {
            facts = atlas.facts(state)
            state = Machine.settle(state, facts)
            return
        }
        let frame = atlas.frame(state)
        facts = frame.facts
        state = Machine.settle(state, facts)
        if services.session != nil { alarm(Self.stalledSeconds) }
        terminal.paint(frame.canvas)
        if services.session != nil { alarm(0) }
    }

    /// SIGUSR1: the content loaded again. A sound story replaces the old one, with the visitor's
    /// place carried over; a broken one changes nothing on screen, and each problem is logged.
    private func reload() {
        guard let load = services.reload else { return }
        switch load() {
        case .success(let story):
            let fresh = Atlas(story: story, charset: atlas.charset)
            state = ContentReload.carry(state, from: atlas.story, to: fresh)
            atlas = fresh
            terminal.invalidate()
            note("reload: content reloaded")
            services.notifier?.send("STATUS=Content reloaded")
        case .failure(let errors):
            note("reload failed, the old content stays: \(errors.problems.count) problem\(errors.problems.count == 1 ? "" : "s")")
            // Standard error too, when it is not the screen (under systemd it is the journal).
            let journal = isatty(STDERR_FILENO) == 0
            for problem in errors.problems {
                note("reload: \(problem)")
                if journal {
                    let line = Array("nk-defectors: reload: \(problem)\n".utf8)
                    _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
                }
            }
            services.notifier?.send("STATUS=Reload failed; the old content stays")
        }
    }

    private func note(_ line: String) { services.log?.write(String(format: "%.3f ", now()) + line) }

    private func now() -> Double { Self.monotonicSeconds() - start }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
