import AtlasCore
import Testing

/// The kiosk driven by a fake clock: the tour, hand-over, the idle notice, and the way out.
@Suite struct KioskTests {
    func start(exit: String? = "xyzzy", idle: Double = 90) -> (Atlas, AppState) {
        let atlas = Fixtures.atlas()
        let base = atlas.initialState(width: 120, height: 40)
        return (atlas, KioskMachine.start(base, kiosk: KioskState(idleTimeout: idle, exitSequence: exit), atlas: atlas))
    }

    func mode(_ s: AppState) -> KioskState.Mode? { s.kiosk?.mode }

    @Test func theTourAdvancesOnTimeAndLoops() {
        let (atlas, initial) = start()
        let tour = atlas.story.tour
        #expect(tour.count >= 5)
        var state = initial
        var t = 0.0
        #expect(mode(state) == .touring(step: 0, since: 0))
        for (i, step) in tour.enumerated() {
            #expect(state.chapter == step.chapter, "step \(i)")
            #expect(state.isPanelOpen == step.panel, "step \(i)")
            if let r = step.route { #expect(state.selected == r) }
            // Just before the step ends nothing changes; at its end the next begins.
            state = Machine.reduce(state, .tick(seconds: t + step.seconds - 0.5), atlas: atlas)
            #expect(mode(state) == .touring(step: i, since: t))
            t += step.seconds
            state = Machine.reduce(state, .tick(seconds: t), atlas: atlas)
        }
        #expect(mode(state) == .touring(step: 0, since: t))
        #expect(state.chapter == tour[0].chapter)
    }

    @Test func aKeyStopsTheTourWhereItIs() {
        let (atlas, initial) = start()
        var state = Machine.run(initial, [.tick(seconds: 8), .tick(seconds: 9)], atlas: atlas)
        let shown = state
        #expect(shown.isPanelOpen && shown.chapter == .routes)
        state = Machine.reduce(state, .key(.down), atlas: atlas)
        #expect(mode(state) == .visiting(lastInput: 9))
        #expect(state.chapter == shown.chapter && state.selected == shown.selected && state.isPanelOpen)
        // Later keys work as usual, and time no longer moves the tour.
        state = Machine.run(state, [.key(.escape), .tick(seconds: 60)], atlas: atlas)
        #expect(!state.isPanelOpen && state.chapter == .routes)
        #expect(mode(state) == .visiting(lastInput: 9))
        // A click also hands over.
        let touring = Machine.run(initial, [.tick(seconds: 1), .click(x: 3, y: 3)], atlas: atlas)
        #expect(mode(touring) == .visiting(lastInput: 1))
    }

    @Test func silenceBringsTheNoticeAndThenAFreshStart() {
        let (atlas, initial) = start(idle: 90)
        var state = Machine.run(initial, [.tick(seconds: 2), .key(.tab), .key(.char("n"))], atlas: atlas)
        #expect(state.chapter == .distances)
        state = Machine.reduce(state, .tick(seconds: 91.9), atlas: atlas)
        #expect(state.kiosk?.secondsLeft(now: state.now) == nil)
        state = Machine.reduce(state, .tick(seconds: 92), atlas: atlas)
        #expect(mode(state) == .stillThere(since: 92))
        #expect(atlas.render(state).text.contains("Still there?"))
        state = Machine.reduce(state, .tick(seconds: 95.5), atlas: atlas)
        #expect(state.kiosk?.secondsLeft(now: state.now) == 7)
        #expect(atlas.render(state).text.contains("Starting over in 7 seconds"))
        state = Machine.reduce(state, .tick(seconds: 102), atlas: atlas)
        #expect(mode(state) == .touring(step: 0, since: 102))
        #expect(state.chapter == atlas.story.tour[0].chapter && state.panel == nil)
    }

    @Test func aKeyDuringTheNoticeKeepsThePlace() {
        let (atlas, initial) = start(idle: 30)
        var state = Machine.run(initial, [.tick(seconds: 1), .key(.tab), .key(.char("5")), .key(.left)], atlas: atlas)
        let place = state
        state = Machine.run(state, [.tick(seconds: 31), .tick(seconds: 35)], atlas: atlas)
        #expect(mode(state) == .stillThere(since: 31))
        state = Machine.reduce(state, .key(.right), atlas: atlas)
        #expect(mode(state) == .visiting(lastInput: 35))
        #expect(state.chapter == place.chapter && state.arrival == place.arrival)
        state = Machine.reduce(state, .tick(seconds: 64), atlas: atlas)
        #expect(mode(state) == .visiting(lastInput: 35))
        state = Machine.reduce(state, .tick(seconds: 65), atlas: atlas)
        #expect(mode(state) == .stillThere(since: 65))
    }

    @Test func visitorsCannotQuitButTheOperatorCan() {
        let (atlas, initial) = start(exit: "xyzzy")
        var state = Machine.run(initial, [.tick(seconds: 1), .key(.char("q")), .key(.char("q")), .key(.char("Q"))], atlas: atlas)
        #expect(!state.quit)
        state = Machine.run(state, "xyzz".map { .key(.char($0)) }, atlas: atlas)
        #expect(!state.quit)
        state = Machine.reduce(state, .key(.char("y")), atlas: atlas)
        #expect(state.quit)
        // A broken sequence does not count, and with no sequence nothing quits.
        let broken = Machine.run(initial, ["x", "y", "z"].map { .key(.char($0)) } + [.key(.down)] + ["z", "y"].map { .key(.char($0)) }, atlas: atlas)
        #expect(!broken.quit)
        let (_, locked) = start(exit: nil)
        let tried = Machine.run(locked, "xyzzyq".map { .key(.char($0)) }, atlas: atlas)
        #expect(!tried.quit)
    }

    @Test func theTourLineInvitesVisitorsAndHelpHasNoQuit() {
        let (atlas, initial) = start()
        #expect(atlas.render(initial).lines().last?.contains("Press an arrow key to explore") == true)
        var state = Machine.run(initial, [.key(.down), .key(.char("?"))], atlas: atlas)
        #expect(state.help)
        let text = atlas.render(state).text
        #expect(!text.contains("quit"))
        state = Machine.reduce(state, .key(.down), atlas: atlas)
        #expect(!state.help)
    }
}
