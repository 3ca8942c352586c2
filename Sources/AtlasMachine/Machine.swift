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
            self.key(&s, key, atlas, frame)
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

    /// The frame's scroll limits, when the frame shows the state's screen.
    static func limits(_ frame: FrameFacts, _ s: AppState) -> (panel: ScrollLimit?, page: ScrollLimit?)? {
        frame.describe(s) ? (frame.panelScroll, frame.pageScroll) : nil
    }

    /// Scrolls kept within the frame's limits; against a frame of another screen, only above zero
    /// (the next frame drawn settles them).
    static func clampScrolls(_ s: inout AppState, _ frame: FrameFacts) {
        let limits = limits(frame, s)
        if let scroll = s.panel?.scroll {
            let limit = limits.map { $0.panel?.maxScroll ?? 0 } ?? Int.max
            s.panel?.scroll = max(0, min(scroll, limit))
        }
        let limit = limits.map { $0.page?.maxScroll ?? 0 } ?? Int.max
        s.pageScroll = max(0, min(s.pageScroll, limit))
    }
}
