import AtlasCore
import AtlasSystem
import Glibc

/// The interactive program: events from the terminal through the state machine, frames back
/// out. Returns the process exit code.
public enum RunLoop {
    /// How often the whole screen is repainted from scratch, so line noise cannot stay.
    static let fullRepaintSeconds = 300.0

    /// With `log`, every event from the terminal is appended to that file, one line each, with
    /// its time: the only file the program ever writes, and only when asked.
    public static func run(atlas: Atlas, terminal: Terminal, initial: AppState, log: EventLog? = nil) -> Int32 {
        let start = monotonicSeconds()
        func now() -> Double { monotonicSeconds() - start }
        var state = Machine.reduce(initial, .resize(width: terminal.width, height: terminal.height), atlas: atlas)
        terminal.paint(atlas.render(state))
        var lastFullPaint = 0.0
        var quickEmpties = 0
        while true {
            let asked = now()
            let event = terminal.nextEvent(timeoutMs: 250)
            let signal = Signals.pendingEnd
            if signal != 0 { return 128 + signal }
            // A terminal that has gone away answers at once with nothing, forever: end so a
            // supervisor can restart the program.
            if event == nil && now() - asked < 0.005 {
                quickEmpties += 1
                if quickEmpties > 200 || isatty(STDIN_FILENO) == 0 { return 1 }
            } else {
                quickEmpties = 0
            }
            // Time first, so the event is handled at the moment it came.
            var next = Machine.reduce(state, .tick(seconds: now()), atlas: atlas)
            if let event {
                log?.write(String(format: "%.3f ", now()) + "\(event)")
                next = Machine.reduce(next, event, atlas: atlas)
            }
            if next.quit { return 0 }
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

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
