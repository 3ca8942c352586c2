import AtlasCore
import AtlasSystem
import Glibc

/// The interactive program: events from the terminal through the state machine, frames back
/// out. Returns the process exit code.
public enum RunLoop {
    /// How often the whole screen is repainted from scratch, so line noise cannot stay.
    static let fullRepaintSeconds = 300.0

    public static func run(atlas first: Atlas, terminal: Terminal, initial: AppState,
                           services: RunServices = RunServices()) -> Int32 {
        let start = monotonicSeconds()
        func now() -> Double { monotonicSeconds() - start }
        func note(_ line: String) { services.log?.write(String(format: "%.3f ", now()) + line) }
        var atlas = first
        var state = Machine.reduce(initial, .resize(width: terminal.width, height: terminal.height), atlas: atlas)
        terminal.paint(atlas.render(state))
        services.notifier?.send("READY=1\nSTATUS=Showing the atlas")
        let wait = services.notifier?.longestWaitMs ?? 250

        func leave(_ code: Int32) -> Int32 {
            services.stats?.finish(now: now())
            services.stats?.takeNotices().forEach(note)
            services.notifier?.send("STOPPING=1")
            return code
        }

        var lastFullPaint = 0.0
        var quickEmpties = 0
        while true {
            let asked = now()
            let event = terminal.nextEvent(timeoutMs: wait)
            let signal = Signals.pendingEnd
            if signal != 0 { return leave(128 + signal) }
            services.notifier?.keepAlive(now: now())
            if Signals.takeReload() {
                if let reloaded = reload(atlas, state, services, note: note) {
                    (atlas, state) = reloaded
                    terminal.invalidate()
                }
            }
            // A terminal that has gone away answers at once with nothing, forever: end so a
            // supervisor can restart the program.
            if event == nil && now() - asked < 0.005 {
                quickEmpties += 1
                if quickEmpties > 200 || isatty(STDIN_FILENO) == 0 { return leave(1) }
            } else {
                quickEmpties = 0
            }
            // Time first, so the event is handled at the moment it came.
            var next = Machine.reduce(state, .tick(seconds: now()), atlas: atlas)
            services.stats?.observe(from: state, to: next, event: nil, story: atlas.story, now: now())
            if let event {
                note("\(event)")
                let before = next
                next = Machine.reduce(next, event, atlas: atlas)
                services.stats?.observe(from: before, to: next, event: event, story: atlas.story, now: now())
            }
            services.stats?.takeNotices().forEach(note)
            if next.quit { return leave(0) }
            if now() - lastFullPaint > fullRepaintSeconds {
                terminal.invalidate()
                lastFullPaint = now()
            }
            if next != state || terminal.needsPaint {
                state = next
                terminal.paint(atlas.render(state))
            }
        }
    }

    /// SIGUSR1: the content loaded again. A sound story replaces the old one, with the visitor's
    /// place carried over; a broken one changes nothing on screen, and each problem is logged.
    private static func reload(_ atlas: Atlas, _ state: AppState, _ services: RunServices,
                               note: (String) -> Void) -> (Atlas, AppState)? {
        guard let load = services.reload else { return nil }
        switch load() {
        case .success(let story):
            let fresh = Atlas(story: story, charset: atlas.charset)
            note("reload: content reloaded")
            services.notifier?.send("STATUS=Content reloaded")
            return (fresh, ContentReload.carry(state, from: atlas.story, to: fresh))
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
            return nil
        }
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
