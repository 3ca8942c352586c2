import AtlasContent
import AtlasGeo

/// The transition function: (state, event, the last frame's facts) → state. Pure: it computes no
/// layout, and the same inputs always give the same state.
public enum Machine {
    public static func reduce(_ state: AppState, _ event: Event, story atlas: StoryIndex, frame: FrameFacts) -> AppState {
        var s = state
        if state.kiosk != nil {
            let (handled, done) = KioskMachine.reduce(state, event, story: atlas)
            if done { return handled }
            s = handled
        }
        switch event {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            clampScrolls(&s, frame)
        case .tick(let seconds):
            s.now = seconds
        case .key(let key):
            if key == .char("q") || key == .char("Q") { s.quit = true; return s }
            if s.help { s.help = false; return s }
            if key == .char("?") { s.help = true; return s }
            if s.isTooSmall { return s }
            if s.panel == nil, chapterKey(&s, key, atlas.chapters) { return s }
            switch atlas.chapters.entry(s.chapter).controls {
            case .routeMap:
                if s.panel != nil { routePanelKey(&s, key, atlas, frame) } else { routeMapKey(&s, key, atlas: atlas) }
            case .campMap:
                if s.panel != nil { campPanelKey(&s, key, atlas, frame) } else { campMapKey(&s, key, atlas: atlas) }
            case .barChart:
                arrivalsKey(&s, key, atlas, frame)
            case .page:
                pageKey(&s, key, frame)
            }
            clampScrolls(&s, frame)
        case .click(let x, let y):
            if s.help { s.help = false; return s }
            if frame.describe(s) { click(&s, x: x, y: y, atlas: atlas, frame: frame) }
        case .wheel(let x, let y, let delta):
            guard !s.help else { return s }
            if s.panel != nil {
                s.panel?.scroll += delta * 3
            } else if atlas.chapters.entry(s.chapter).controls == .routeMap {
                if frame.describe(s) { Zoom.wheel(&s, x: x, y: y, delta: delta, map: frame.map) }
            } else {
                s.pageScroll += delta * 3
            }
            clampScrolls(&s, frame)
        }
        return s
    }

    /// The state brought within what the frame drawn for it allows: scrolls clamped to its
    /// text. The loop applies it to every frame it draws (after a resize, the limits change).
    public static func settle(_ state: AppState, _ frame: FrameFacts) -> AppState {
        var s = state
        clampScrolls(&s, frame)
        return s
    }

    /// Moves to a chapter, leaving any panel and scroll behind.
    public static func go(_ s: inout AppState, to chapter: Chapter) {
        guard chapter != s.chapter else { return }
        s.chapter = chapter
        s.panel = nil
        s.pageScroll = 0
        s.chapterStart = s.now
    }

    /// Chapter navigation: n/p, ]/[, PageDown/PageUp (outside panels and charts' own keys), and
    /// the digits 1-9 for the first nine chapters.
    private static func chapterKey(_ s: inout AppState, _ key: Key, _ chapters: ChapterList) -> Bool {
        switch key {
        case .char("n"), .char("]"), .pageDown:
            if let next = chapters.next(after: s.chapter) { go(&s, to: next) }
            return true
        case .char("p"), .char("["), .pageUp:
            if let previous = chapters.previous(before: s.chapter) { go(&s, to: previous) }
            return true
        case .char(let c):
            guard let digit = c.wholeNumberValue, digit > 0, let chapter = chapters.chapter(number: digit) else { return false }
            go(&s, to: chapter)
            return true
        default:
            return false
        }
    }

    private static func routeMapKey(_ s: inout AppState, _ key: Key, atlas: StoryIndex) {
        if Zoom.key(&s, key, atlas: atlas) { return }
        if selectionKey(&s.selected, count: atlas.story.routes.count, anchors: atlas.anchors, key) { s.panel = PanelState() }
    }

    private static func routePanelKey(_ s: inout AppState, _ key: Key, _ atlas: StoryIndex, _ frame: FrameFacts) {
        if panelScrollKey(&s, key, frame) { return }
        if stepKey(&s.selected, count: atlas.story.routes.count, key) { s.panel = PanelState() }
    }

    private static func campMapKey(_ s: inout AppState, _ key: Key, atlas: StoryIndex) {
        if selectionKey(&s.camp, count: atlas.campPoints.count, anchors: atlas.campPoints, key) { s.panel = PanelState() }
    }

    private static func campPanelKey(_ s: inout AppState, _ key: Key, _ atlas: StoryIndex, _ frame: FrameFacts) {
        if panelScrollKey(&s, key, frame) { return }
        if stepKey(&s.camp, count: atlas.campPoints.count, key) { s.panel = PanelState() }
    }

    /// Arrows (to the nearest place that way) and Tab over a list of places on a map.
    /// Returns true for the keys that open the selection's panel.
    private static func selectionKey(_ index: inout Int, count: Int, anchors: [GeoPoint], _ key: Key) -> Bool {
        guard count > 0 else { return false }
        switch key {
        case .up, .char("k"): move(&index, .up, anchors)
        case .down, .char("j"): move(&index, .down, anchors)
        case .left, .char("h"): move(&index, .left, anchors)
        case .right, .char("l"): move(&index, .right, anchors)
        case .tab: index = (index + 1) % count
        case .backTab: index = (index + count - 1) % count
        case .enter, .char(" "): return true
        default: break
        }
        return false
    }

    /// In an open panel, Tab/Right and Shift-Tab/Left step through the list. True when it stepped.
    private static func stepKey(_ index: inout Int, count: Int, _ key: Key) -> Bool {
        guard count > 0 else { return false }
        switch key {
        case .tab, .right, .char("l"): index = (index + 1) % count
        case .backTab, .left, .char("h"): index = (index + count - 1) % count
        default: return false
        }
        return true
    }

    /// Keys every open panel shares: close and scroll. True when the key was used.
    private static func panelScrollKey(_ s: inout AppState, _ key: Key, _ frame: FrameFacts) -> Bool {
        let page = limits(frame, s)?.panel?.page ?? 9
        switch key {
        case .escape, .enter: s.panel = nil
        case .up, .char("k"): s.panel?.scroll -= 1
        case .down, .char("j"): s.panel?.scroll += 1
        case .pageUp: s.panel?.scroll -= page
        case .pageDown, .char(" "): s.panel?.scroll += page
        case .home: s.panel?.scroll = 0
        case .end: s.panel?.scroll = Int.max / 2
        default: return false
        }
        return true
    }

    private static func arrivalsKey(_ s: inout AppState, _ key: Key, _ atlas: StoryIndex, _ frame: FrameFacts) {
        let count = atlas.story.chapters.arrivals.series.count
        guard count > 0 else { return }
        let current = s.arrival ?? count - 1
        switch key {
        case .left, .char("h"): s.arrival = max(0, current - 1)
        case .right, .char("l"): s.arrival = min(count - 1, current + 1)
        case .home: s.arrival = 0
        case .end: s.arrival = count - 1
        default: pageKey(&s, key, frame)
        }
    }

    /// Scrolling a text chapter.
    private static func pageKey(_ s: inout AppState, _ key: Key, _ frame: FrameFacts) {
        let page = limits(frame, s)?.page?.page ?? 9
        switch key {
        case .up, .char("k"): s.pageScroll -= 1
        case .down, .char("j"): s.pageScroll += 1
        case .char(" "): s.pageScroll += page
        case .home: s.pageScroll = 0
        case .end: s.pageScroll = Int.max / 2
        default: break
        }
    }

    /// A click, tested against the regions the frame drew.
    private static func click(_ s: inout AppState, x: Int, y: Int, atlas: StoryIndex, frame: FrameFacts) {
        guard !s.isTooSmall else { return }
        let target = frame.target(atX: x, y: y)
        if case .chapterTab(let chapter)? = target {
            go(&s, to: chapter)
            return
        }
        if s.panel != nil {
            if target != .panel { s.panel = nil }
            return
        }
        switch (atlas.chapters.entry(s.chapter).controls, target ?? mapTarget(x: x, y: y, atlas: atlas, frame: frame)) {
        case (.routeMap, .route(let route)?):
            if route == s.selected { s.panel = PanelState() } else { s.selected = route }
        case (.campMap, .camp(let camp)?):
            if camp == s.camp { s.panel = PanelState() } else { s.camp = camp }
        case (.barChart, .arrivalBar(let bar)?):
            s.arrival = bar
        default:
            break
        }
    }

    /// The route whose country is drawn at a cell of the map, where no region covers it.
    private static func mapTarget(x: Int, y: Int, atlas: StoryIndex, frame: FrameFacts) -> HitTarget? {
        let routes = atlas.story.countryRoute
        guard let owner = frame.map?.owner(atX: x, y: y), owner < routes.count, routes[owner] >= 0 else { return nil }
        return .route(routes[owner])
    }

    private static func move(_ index: inout Int, _ direction: Direction, _ anchors: [GeoPoint]) {
        if let next = Navigator.next(from: index, direction, anchors: anchors) { index = next }
    }

    /// The frame's scroll limits, when the frame shows the state's screen.
    private static func limits(_ frame: FrameFacts, _ s: AppState) -> (panel: ScrollLimit?, page: ScrollLimit?)? {
        frame.describe(s) ? (frame.panelScroll, frame.pageScroll) : nil
    }

    /// Scrolls kept within the frame's limits; against a frame of another screen, only above zero
    /// (the next frame drawn settles them).
    private static func clampScrolls(_ s: inout AppState, _ frame: FrameFacts) {
        let limits = limits(frame, s)
        if let scroll = s.panel?.scroll {
            let limit = limits.map { $0.panel?.maxScroll ?? 0 } ?? Int.max
            s.panel?.scroll = max(0, min(scroll, limit))
        }
        let limit = limits.map { $0.page?.maxScroll ?? 0 } ?? Int.max
        s.pageScroll = max(0, min(s.pageScroll, limit))
    }
}
