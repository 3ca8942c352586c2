import AtlasCore
import Foundation
import Testing

/// A day of kiosk life in a few seconds: the tour, bursts of visitors pressing keys and
/// clicking anywhere, resizes, through the machine and the renderer. Memory must stay flat
/// and every frame must be whole.
@Suite struct SoakTests {
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
    }

    /// A day in `make test`, a week in `make soak`.
    @Test func aDayOfKioskLifeKeepsMemoryFlat() {
        let atlas = Fixtures.atlas()
        // Every key, and q, which a kiosk must not quit on.
        var events = RandomEvents(seed: 2026, keys: RandomEvents.keys + [.char("q")], widths: 40...200, heights: 12...60)
        let kiosk = KioskState(idleTimeout: 90, exitSequence: "xyzzy")
        var state = KioskMachine.start(atlas.initialState(width: 80, height: 24), kiosk: kiosk, atlas: atlas)
        let day = Double(Fixtures.rounds(fast: 1, soak: 7)) * 24 * 3600
        let step = 4.0
        var t = 0.0
        var frames = 0
        var baseline = 0
        var resets = 0
        var firstHourCache = 0, laterCache = 0
        var touring = 0
        while t < day {
            t += step
            let before = state
            state = Machine.reduce(state, .tick(seconds: t), atlas: atlas)
            if case .touring(0, let since) = state.kiosk?.mode, since == t, !(before.kiosk?.isTouring ?? false) { resets += 1 }
            if state.kiosk?.isTouring == true { touring += 1 }
            // About one visitor every twenty minutes, pressing a burst of keys over a minute or two.
            if Int.random(in: 0..<300, using: &events.generator) == 0 {
                let presses = Int.random(in: 1...40, using: &events.generator)
                for _ in 0..<presses {
                    t += Double.random(in: 0.1...4, using: &events.generator)
                    state = Machine.reduce(state, .tick(seconds: t), atlas: atlas)
                    state = Machine.reduce(state, events.input(width: state.width, height: state.height), atlas: atlas)
                    #expect(!state.quit, "a visitor left the kiosk at \(t)")
                }
            }
            // Render a frame now and then, and check it is whole.
            if frames % 3 == 0 || state != before {
                let canvas = atlas.render(state)
                #expect(canvas.width == state.width && canvas.height == state.height)
                #expect(canvas.cells.count == state.width * state.height)
            }
            frames += 1
            if baseline == 0 && t >= 3600 { baseline = Self.residentBytes() }
            if t < 3600 { firstHourCache = max(firstHourCache, atlas.cacheBytes) } else { laterCache = max(laterCache, atlas.cacheBytes) }
        }
        let end = Self.residentBytes()
        print("soak: \(Int(day / 3600)) simulated hours, \(frames) ticks; caches at most \(firstHourCache >> 10) KiB in the first hour, \(laterCache >> 10) KiB after; process resident memory \(baseline >> 10) KiB after the first hour, \(end >> 10) KiB at the end")
        #expect(touring > 0 && resets > 0, "the tour ran (\(touring) ticks) and visitors were timed out (\(resets))")
        // What the program keeps between frames is its caches, and they are bounded by count: at
        // these sizes (up to 200x60) they can never pass about 1.5 MB, while unbounded caches
        // would keep every size a day's visitors tried (tens of megabytes). The process's resident
        // memory is printed, not checked: other suites run in the same process beside this one.
        #expect(laterCache < 2 << 20, "caches grew from \(firstHourCache >> 10) KiB to \(laterCache >> 10) KiB")
    }
}
