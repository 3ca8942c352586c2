import AtlasCore
import Testing

/// Hundreds of thousands of random events (keys, clicks anywhere, wheel, resizes, ticks) through
/// the machine, with the invariants checked after each and frames rendered along the way.
@Suite struct PropertyTests {
    static let keys: [Key] = [.up, .down, .left, .right, .tab, .backTab, .enter, .escape, .pageUp, .pageDown, .home, .end,
                              .char("n"), .char("p"), .char("]"), .char("["), .char("?"), .char(" "), .char("h"),
                              .char("j"), .char("k"), .char("l"), .char("0"), .char("1"), .char("2"), .char("5"),
                              .char("6"), .char("9"), .char("x"), .char("한")]

    static func randomEvent(_ rng: inout SoakTests.Seeded, width: Int, height: Int, now: inout Double) -> Event {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0..<3: return .click(x: Int.random(in: -2...(width + 2), using: &rng), y: Int.random(in: -2...(height + 2), using: &rng))
        case 3: return .wheel(x: Int.random(in: 0...width, using: &rng), y: 5, delta: Int.random(in: -3...3, using: &rng))
        case 4: return .resize(width: Int.random(in: 0...320, using: &rng), height: Int.random(in: 0...110, using: &rng))
        case 5, 6:
            now += Double.random(in: 0...30, using: &rng)
            return .tick(seconds: now)
        default: return .key(keys.randomElement(using: &rng)!)
        }
    }

    static func checkInvariants(_ s: AppState, _ atlas: Atlas) -> String? {
        let story = atlas.story
        guard story.routes.indices.contains(s.selected) else { return "selection \(s.selected) is not a route" }
        guard story.chapters.camps.camps.indices.contains(s.camp) else { return "camp \(s.camp) out of range" }
        if let a = s.arrival, !story.chapters.arrivals.series.indices.contains(a) { return "arrival \(a) out of range" }
        if s.panel != nil && s.chapter != .routes && s.chapter != .camps { return "a panel is open in \(s.chapter)" }
        if let scroll = s.panel?.scroll, scroll < 0 || scroll > atlas.maxScroll(s) { return "panel scroll \(scroll) out of range" }
        if s.pageScroll < 0 || s.pageScroll > atlas.maxPageScroll(s) { return "page scroll \(s.pageScroll) out of range" }
        if s.quit { return "quit without q" }
        return nil
    }

    @Test func randomEventsKeepEveryInvariant() {
        let atlas = Fixtures.atlas()
        var rng = SoakTests.Seeded(state: 6)
        var state = atlas.initialState(width: 120, height: 40)
        var now = 0.0
        let count = Fixtures.rounds(fast: 100_000, soak: 1_000_000)
        for i in 0..<count {
            let event = Self.randomEvent(&rng, width: state.width, height: state.height, now: &now)
            state = Machine.reduce(state, event, atlas: atlas)
            if let broken = Self.checkInvariants(state, atlas) {
                Issue.record("after event \(i) (\(event)): \(broken)")
                return
            }
            // Render one frame in a hundred: the frame must fit the screen exactly.
            if i % 100 == 0 {
                let canvas = atlas.render(state)
                if canvas.cells.count != state.width * state.height {
                    Issue.record("frame \(canvas.width)x\(canvas.height) for a \(state.width)x\(state.height) screen")
                    return
                }
            }
        }
    }
}
