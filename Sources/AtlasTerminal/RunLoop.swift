import AtlasCore
import Glibc

/// The interactive program: events from the terminal through the state machine, frames back
/// out. Returns the process exit code.
public enum RunLoop {
    public static func run(atlas: Atlas, terminal: Terminal, initial: AppState? = nil) -> Int32 {
        var state = initial ?? atlas.initialState(width: terminal.width, height: terminal.height)
        state = Machine.reduce(state, .resize(width: terminal.width, height: terminal.height), atlas: atlas)
        terminal.paint(atlas.render(state))
        let start = monotonicSeconds()
        while true {
            let event = terminal.nextEvent(timeoutMs: 250)
            let signal = Signals.take()
            if signal != 0 { return 128 + signal }
            let next = Machine.reduce(state, event ?? .tick(seconds: monotonicSeconds() - start), atlas: atlas)
            if next.quit { return 0 }
            if next != state {
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
