import AtlasContent
import AtlasMachine
import AtlasRender
import AtlasStats
import AtlasSystem
import Foundation

/// The interactive program: events from a face through the state machine, frames back out to
/// it, until a quit, a signal, a lost face or a session's limit. It owns no globals: the face,
/// the signals and the clock all come in, so tests run it on an in-memory face and a clock of
/// their own.
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

    private var atlas: Atlas
    private var state: AppState
    /// The facts of the last frame drawn: what the next events are tested against.
    private var facts: FrameFacts
    private let face: any Face
    private let services: RunServices
    private let start: Double
    private var rate = InputRate()
    private var lastInput = 0.0
    private var lastFullPaint = 0.0
    private var quickEmpties = 0
    /// A frame was skipped for a client that was behind: draw as soon as it catches up.
    private var skipped = false

    private init(atlas: Atlas, face: any Face, initial: AppState, services: RunServices) {
        self.atlas = atlas
        self.face = face
        self.services = services
        start = services.clock()
        state = initial
        state.width = max(0, face.width)
        state.height = max(0, face.height)
        facts = atlas.facts(state)
    }

    public static func run(atlas: Atlas, face: any Face, initial: AppState,
                           services: RunServices = RunServices()) -> Outcome {
        let loop = RunLoop(atlas: atlas, face: face, initial: initial, services: services)
        loop.paint()
        services.notifier?.send("READY=1\nSTATUS=Showing the atlas")
        let outcome = loop.loop()
        services.stats?.finish(now: loop.now())
        services.stats?.takeNotices().forEach { loop.note($0) }
        services.notifier?.send("STOPPING=1")
        return outcome
    }

    private func loop() -> Outcome {
        let wait = services.notifier?.longestWaitMs ?? 250
        while true {
            let asked = now()
            var events = face.nextEvent(timeoutMs: wait).map { [$0] } ?? []
            let signal = services.signals.pendingEnd
            if signal != 0 { return Outcome(code: 128 + signal) }
            services.notifier?.keepAlive(now: now())
            if services.signals.takeReload() { reload() }
            // A terminal that has gone away answers at once with nothing, forever: end so a
            // supervisor can restart the program (or, over SSH, so the session closes).
            if events.isEmpty && now() - asked < 0.005 {
                quickEmpties += 1
                if quickEmpties > 200 || face.isGone { return Outcome(code: 1) }
            } else {
                quickEmpties = 0
            }
            // What else is waiting, without waiting: one frame for the lot.
            while !events.isEmpty, events.count < Self.batch, let more = face.nextEvent(timeoutMs: 0) { events.append(more) }
            let next = step(events)
            if next.quit { return Outcome(code: 0) }
            if let limits = services.session, let end = limits.end(now: now(), lastInput: lastInput) {
                return Outcome(code: 0, goodbye: end.goodbye(limits, atlas.strings))
            }
            if now() - lastFullPaint > Self.fullRepaintSeconds {
                face.invalidate()
                lastFullPaint = now()
            }
            let redraw = skipped || face.needsPaint || !next.drawsSame(as: state, chapters: atlas.index.chapters)
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
        services.stats?.takeNotices().forEach { note($0) }
        return next
    }

    /// Draws the state, keeps the frame's facts for the next events, and settles the state
    /// against them. A session's client that is behind gets this frame skipped (the next round
    /// tries again).
    private func paint() {
        skipped = services.session != nil && face.outputBacklog > Self.backlogLimit
        if skipped {
            facts = atlas.facts(state)
            state = Machine.settle(state, facts)
            return
        }
        let frame = atlas.frame(state)
        facts = frame.facts
        state = Machine.settle(state, facts)
        face.present(frame.canvas)
    }

    /// SIGUSR1: the content loaded again. A sound story replaces the old one, with the visitor's
    /// place carried over; a broken one changes nothing on screen, and each problem is logged.
    private func reload() {
        guard let load = services.reload else { return }
        switch load() {
        case .success(let editions):
            let fresh = Atlas(editions: editions, language: atlas.index.language, charset: atlas.charset)
            state = ContentReload.carry(state, from: atlas.index.story, to: fresh)
            atlas = fresh
            face.invalidate()
            note("reload: content reloaded")
            services.notifier?.send("STATUS=Content reloaded")
        case .failure(let errors):
            note("reload failed, the old content stays: \(errors.problems.count) problem\(errors.problems.count == 1 ? "" : "s")")
            for problem in errors.problems {
                note("reload: \(problem)")
                services.journal?("reload: \(problem)")
            }
            services.notifier?.send("STATUS=Reload failed; the old content stays")
        }
    }

    /// A line for the event log; made only when there is a log (an event described by
    /// reflection costs more than the frame it causes).
    private func note(_ line: @autoclosure () -> String) {
        guard let log = services.log else { return }
        log.write(String(format: "%.3f ", now()) + line())
    }

    private func now() -> Double { services.clock() - start }
}
