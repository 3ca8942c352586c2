import AtlasCore
import AtlasSystem
import Testing

/// The kiosk's operations in the core: the notify protocol's environment, and a reload that
/// keeps the visitor's place.
@Suite struct OperationsTests {
    @Test func notifyIsOffWithoutASocket() {
        #expect(NotifyConfig(environment: [:], pid: 10) == nil)
        #expect(NotifyConfig(environment: ["WATCHDOG_USEC": "30000000"], pid: 10) == nil)
        #expect(NotifyConfig(environment: ["NOTIFY_SOCKET": "relative/path"], pid: 10) == nil)
        #expect(NotifyConfig(environment: ["NOTIFY_SOCKET": "/" + String(repeating: "x", count: 200)], pid: 10) == nil)
    }

    @Test func theWatchdogIsPingedAtHalfItsTimeoutWhenItIsOurs() {
        let ours = NotifyConfig(environment: ["NOTIFY_SOCKET": "@sd", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "10"], pid: 10)
        #expect(ours?.socket == "@sd" && ours?.pingInterval == 15)
        let anyone = NotifyConfig(environment: ["NOTIFY_SOCKET": "/run/sd", "WATCHDOG_USEC": "1000000"], pid: 10)
        #expect(anyone?.pingInterval == 0.5)
        let theirs = NotifyConfig(environment: ["NOTIFY_SOCKET": "/run/sd", "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "11"], pid: 10)
        #expect(theirs != nil && theirs?.pingInterval == nil)
        let broken = NotifyConfig(environment: ["NOTIFY_SOCKET": "/run/sd", "WATCHDOG_USEC": "soon"], pid: 10)
        #expect(broken?.pingInterval == nil)
    }

    @Test func aReloadKeepsTheRouteByItsCodeAndThePanelOpen() {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        state.selected = Fixtures.route("MN")
        state.panel = PanelState(scroll: 2)
        // The new story lists the routes in another order: Mongolia is still Mongolia.
        let old = Fixtures.story
        let reordered = Story(routes: old.routes.reversed(), places: old.places, map: old.map,
                              chapters: old.chapters, tour: old.tour)
        let fresh = Atlas(story: reordered, charset: .blocks)
        let carried = ContentReload.carry(state, from: old, to: fresh)
        #expect(reordered.routes[carried.selected].code == "MN")
        #expect(carried.panel != nil)
        #expect(carried.panel!.scroll <= fresh.maxScroll(carried))
    }

    @Test func aReloadWithoutTheSelectionKeepsAValidOne() {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        state.selected = atlas.story.routes.count - 1
        state.chapter = .arrivals
        state.arrival = 3
        let old = Fixtures.story
        let fewer = Story(routes: Array(old.routes.prefix(2)), places: old.places, map: old.map,
                          chapters: old.chapters, tour: old.tour)
        let carried = ContentReload.carry(state, from: old, to: Atlas(story: fewer, charset: .blocks))
        #expect(carried.selected == 1)
        #expect(carried.arrival == 3 && carried.chapter == .arrivals)
    }
}
