import AtlasCore
import Testing

/// Hundreds of thousands of random events (keys, clicks anywhere, wheel, resizes, ticks) through
/// the machine, with the invariants checked after each and frames rendered along the way.
@Suite struct PropertyTests {
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
        var events = RandomEvents(seed: 6)
        var state = atlas.initialState(width: 120, height: 40)
        let count = Fixtures.rounds(fast: 100_000, soak: 1_000_000)
        for i in 0..<count {
            let event = events.next(width: state.width, height: state.height)
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
