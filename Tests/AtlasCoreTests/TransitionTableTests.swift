import AtlasCore
import Testing

/// Key sequences folded through the state machine, with the expected selection, panel and
/// overlay after each step.
@Suite struct TransitionTableTests {
    struct Step: CustomStringConvertible {
        var event: Event
        var selected: String
        var panel: Bool = false
        var help: Bool = false
        var quit: Bool = false
        var description: String { "\(event) -> \(selected)" }
    }

    static func check(_ steps: [Step], width: Int = 120, height: Int = 40, from start: String = "KR") {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: width, height: height)
        state.selected = Fixtures.route(start)
        for (i, step) in steps.enumerated() {
            state = Machine.reduce(state, step.event, atlas: atlas)
            let code = atlas.story.routes[state.selected].code
            #expect(code == step.selected, "step \(i): \(step)")
            #expect(state.isPanelOpen == step.panel, "step \(i): \(step) panel")
            #expect(state.help == step.help, "step \(i): \(step) help")
            #expect(state.quit == step.quit, "step \(i): \(step) quit")
        }
    }

    @Test func tabCyclesInContentOrder() {
        let order = ["CN", "RU", "MN", "LA", "VN", "TH", "JP", "PH", "KR", "CN"]
        Self.check(order.map { Step(event: .key(.tab), selected: $0) })
        let back = ["PH", "JP", "TH"]
        Self.check(back.map { Step(event: .key(.backTab), selected: $0) })
    }

    @Test func arrowsMoveToTheNearestCountryThatWay() {
        Self.check([
            Step(event: .key(.right), selected: "JP"),
            Step(event: .key(.left), selected: "KR"),
            Step(event: .key(.up), selected: "RU"),
            Step(event: .key(.down), selected: "KR"),
            Step(event: .key(.down), selected: "PH"),
        ])
        Self.check([
            Step(event: .key(.char("h")), selected: "CN"),
            Step(event: .key(.char("l")), selected: "KR"),
        ])
        Self.check([
            Step(event: .key(.down), selected: "TH"),
            Step(event: .key(.up), selected: "LA"),
        ], from: "LA")
    }

    @Test func arrowWithNothingThatWayStaysPut() {
        Self.check([Step(event: .key(.down), selected: "PH")], from: "PH")
        Self.check([Step(event: .key(.up), selected: "RU")], from: "RU")
    }

    @Test func panelOpensScrollsAndCloses() {
        Self.check([
            Step(event: .key(.enter), selected: "KR", panel: true),
            Step(event: .key(.down), selected: "KR", panel: true),
            Step(event: .key(.escape), selected: "KR"),
            Step(event: .key(.char(" ")), selected: "KR", panel: true),
            Step(event: .key(.enter), selected: "KR"),
        ])
    }

    @Test func leftAndRightInAPanelStepThroughRoutes() {
        Self.check([
            Step(event: .key(.enter), selected: "KR", panel: true),
            Step(event: .key(.right), selected: "CN", panel: true),
            Step(event: .key(.tab), selected: "RU", panel: true),
            Step(event: .key(.left), selected: "CN", panel: true),
        ])
    }

    @Test func helpOverlayClosesOnAnyKeyButQuitQuits() {
        Self.check([
            Step(event: .key(.char("?")), selected: "KR", help: true),
            Step(event: .key(.tab), selected: "KR"),
            Step(event: .key(.char("?")), selected: "KR", help: true),
            Step(event: .key(.char("q")), selected: "KR", help: true, quit: true),
        ])
    }

    @Test func panelScrollIsClampedToItsText() {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 80, height: 24)
        state = Machine.run(state, [.key(.enter), .key(.end)], atlas: atlas)
        let limit = atlas.maxScroll(state)
        #expect(limit > 0)
        #expect(state.panel?.scroll == limit)
        state = Machine.run(state, Array(repeating: .key(.down), count: 5), atlas: atlas)
        #expect(state.panel?.scroll == limit)
        state = Machine.run(state, [.key(.home), .key(.up), .key(.pageUp)], atlas: atlas)
        #expect(state.panel?.scroll == 0)
        // Growing the screen shows more, so the scroll shrinks to fit.
        state = Machine.run(state, [.key(.end), .resize(width: 200, height: 60)], atlas: atlas)
        #expect(state.panel?.scroll == atlas.maxScroll(state))
    }

    @Test func clickSelectsThenOpens() {
        let atlas = Fixtures.atlas()
        let state = atlas.initialState(width: 120, height: 40)
        let layout = ScreenLayout(width: 120, height: 40)
        let sidebar = try! #require(layout.sidebar)
        let mongolia = Fixtures.route("MN")
        let y = sidebar.y + 3 + mongolia
        var s = Machine.reduce(state, .click(x: sidebar.x + 4, y: y), atlas: atlas)
        #expect(s.selected == mongolia && s.panel == nil)
        s = Machine.reduce(s, .click(x: sidebar.x + 4, y: y), atlas: atlas)
        #expect(s.selected == mongolia && s.panel != nil)
        // A click outside the panel closes it.
        let panel = try! #require(atlas.panelGeometry(s)?.rect)
        let outside = panel.x > 5 ? 0 : 119
        s = Machine.reduce(s, .click(x: outside, y: 39), atlas: atlas)
        #expect(s.panel == nil)
    }

    @Test func clickOnTheMapSelectsTheCountryThere() throws {
        let atlas = Fixtures.atlas()
        let state = atlas.initialState(width: 120, height: 40)
        let layout = ScreenLayout(width: 120, height: 40)
        let raster = atlas.raster(for: layout)
        let mongolia = try #require(Fixtures.story.map.countryIndex(of: "MN"))
        let cell = try #require((0..<raster.rows).lazy.flatMap { r in (0..<raster.cols).lazy.map { (c: $0, r: r) } }
            .first { raster[$0.c, $0.r] == Int16(mongolia) })
        let s = Machine.reduce(state, .click(x: layout.map.x + cell.c, y: layout.map.y + cell.r), atlas: atlas)
        #expect(Fixtures.story.routes[s.selected].code == "MN")
        // The sea selects nothing.
        let sea = Machine.reduce(state, .click(x: layout.map.x + raster.cols - 2, y: layout.map.maxY - 2), atlas: atlas)
        #expect(sea.selected == state.selected)
    }

    @Test func tooSmallIgnoresNavigationButStillQuits() {
        Self.check([
            Step(event: .resize(width: 50, height: 15), selected: "KR"),
            Step(event: .key(.tab), selected: "KR"),
            Step(event: .key(.enter), selected: "KR"),
            Step(event: .resize(width: 80, height: 24), selected: "KR"),
            Step(event: .key(.tab), selected: "CN"),
            Step(event: .resize(width: 1, height: 1), selected: "CN"),
            Step(event: .key(.char("q")), selected: "CN", quit: true),
        ])
    }

    @Test func ticksOnlyMoveTheClock() {
        let atlas = Fixtures.atlas()
        let state = atlas.initialState(width: 120, height: 40)
        var expected = state
        expected.now = 12
        #expect(Machine.reduce(state, .tick(seconds: 12), atlas: atlas) == expected)
    }
}
