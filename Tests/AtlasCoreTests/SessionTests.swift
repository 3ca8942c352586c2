import AtlasCore
import AtlasSystem
import Testing

/// A visitor's session over SSH in the core: its limits, the input rate, the terminal chosen
/// for a client's `TERM`, and the frames an idle session need not draw.
@Suite struct SessionTests {
    @Test func aSessionEndsWhenIdleOrTooLong() {
        let limits = SessionLimits(idleExit: 600, maxSession: 3600)
        #expect(limits.end(now: 599, lastInput: 0) == nil)
        #expect(limits.end(now: 600, lastInput: 0) == .idle)
        #expect(limits.end(now: 3000, lastInput: 2500) == nil)
        #expect(limits.end(now: 3600, lastInput: 3599) == .tooLong)
        #expect(SessionLimits.End.idle.goodbye(limits, .english).contains("10 minutes without a key"))
        #expect(SessionLimits.End.tooLong.goodbye(limits, .english).contains("at most 60 minutes"))
        #expect(SessionLimits.End.idle.goodbye(SessionLimits(idleExit: 2), .english).contains("2 seconds"))
    }

    @Test func aFloodIsDroppedPastTheRateButQuitAndResizesAlwaysPass() {
        var rate = InputRate(rate: 60, burst: 120)
        // 10,000 keys in one second: the burst and a second's worth pass, the rest are dropped.
        var admitted = 0
        for i in 0..<10_000 where rate.admit(.key(.char("j")), now: Double(i) / 10_000) { admitted += 1 }
        #expect((120...185).contains(admitted), "\(admitted) admitted")
        #expect(rate.dropped == 10_000 - admitted)
        // All at one instant: exactly the burst passes, then only q and resizes.
        var burst = InputRate(rate: 60, burst: 120)
        var passed = 0
        for _ in 0..<1_000 where burst.admit(.key(.char("j")), now: 0) { passed += 1 }
        let quit = burst.admit(.key(.char("q")), now: 0)
        let resize = burst.admit(.resize(width: 80, height: 24), now: 0)
        let another = burst.admit(.key(.char("j")), now: 0)
        #expect(passed == 120 && quit && resize && !another)
        // A person's pace after a pause is never dropped.
        var paced = 0
        for i in 0..<100 where rate.admit(.key(.tab), now: 5 + Double(i) * 0.1) { paced += 1 }
        #expect(paced == 100)
    }

    @Test func aClientsTermFallsBackButAConsoleRunUsesItAsItIs() {
        let names = { (term: String?, colorTerm: String?) in
            TerminalChoice.candidates(term: term, colorTerm: colorTerm, session: true).map(\.name)
        }
        #expect(names("xterm-ghostty", nil) == ["xterm-ghostty", "xterm-256color", "vt100"])
        #expect(names("xterm", "truecolor") == ["xterm-256color", "xterm", "vt100"])
        #expect(names(nil, nil) == ["xterm-256color", "vt100"])
        #expect(names("dumb", nil) == ["xterm-256color", "vt100"])
        #expect(names("../../etc/evil", nil) == ["xterm-256color", "vt100"], "a path is not a terminal name")
        #expect(TerminalChoice.candidates(term: "xterm", colorTerm: nil, session: true).last?.plain == true)
        #expect(TerminalChoice.candidates(term: "xterm-ghostty", colorTerm: "truecolor", session: false).map(\.name) == ["xterm-ghostty"])
    }

    @Test func onlyAMovingScreenIsDrawnAgainWhenOnlyTimePasses() {
        let atlas = Fixtures.atlas()
        var a = atlas.initialState(width: 120, height: 40)
        var b = a
        b.now = 10
        #expect(b.drawsSame(as: a, chapters: atlas.index.chapters), "the map does not change with the clock")
        b.selected = 1
        #expect(!b.drawsSame(as: a, chapters: atlas.index.chapters))
        a.chapter = .balloons
        b = a
        b.now = 10
        #expect(!b.drawsSame(as: a, chapters: atlas.index.chapters), "the balloon animation moves with the clock")
    }
}
