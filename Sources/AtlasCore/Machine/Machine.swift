/// The transition function: (state, event) → state. Pure but for the Atlas's caches, which only
/// remember geometry; the same inputs always give the same state.
public enum Machine {
    public static func reduce(_ state: AppState, _ event: Event, atlas: Atlas) -> AppState {
        var s = state
        let count = atlas.story.routes.count
        switch event {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            clampScroll(&s, atlas)
            return s
        case .tick:
            return s
        case .key(let key):
            if key == .char("q") || key == .char("Q") { s.quit = true; return s }
            if s.help { s.help = false; return s }
            if key == .char("?") { s.help = true; return s }
            if ScreenLayout(width: s.width, height: s.height).tooSmall { return s }
            if s.panel != nil {
                panelKey(&s, key, atlas: atlas, count: count)
            } else {
                mapKey(&s, key, atlas: atlas, count: count)
            }
            return s
        case .click(let x, let y):
            if s.help { s.help = false; return s }
            if let g = atlas.panelGeometry(s) {
                if g.rect.contains(x: x, y: y) { return s }
                s.panel = nil
            }
            guard let route = atlas.route(at: x, y: y, state: s) else { return s }
            if route == s.selected && state.panel == nil {
                s.panel = PanelState()
            } else {
                s.selected = route
            }
            return s
        case .wheel(_, _, let delta):
            guard s.panel != nil, !s.help else { return s }
            s.panel?.scroll += delta * 3
            clampScroll(&s, atlas)
            return s
        }
    }

    private static func mapKey(_ s: inout AppState, _ key: Key, atlas: Atlas, count: Int) {
        guard count > 0 else { return }
        switch key {
        case .up, .char("k"): move(&s, .up, atlas)
        case .down, .char("j"): move(&s, .down, atlas)
        case .left, .char("h"): move(&s, .left, atlas)
        case .right, .char("l"): move(&s, .right, atlas)
        case .tab: s.selected = (s.selected + 1) % count
        case .backTab: s.selected = (s.selected + count - 1) % count
        case .enter, .char(" "): s.panel = PanelState()
        default: break
        }
    }

    private static func panelKey(_ s: inout AppState, _ key: Key, atlas: Atlas, count: Int) {
        let page = max(1, (atlas.panelGeometry(s)?.visible ?? 10) - 1)
        switch key {
        case .escape, .enter: s.panel = nil
        case .up, .char("k"): s.panel?.scroll -= 1
        case .down, .char("j"): s.panel?.scroll += 1
        case .pageUp: s.panel?.scroll -= page
        case .pageDown, .char(" "): s.panel?.scroll += page
        case .home: s.panel?.scroll = 0
        case .end: s.panel?.scroll = Int.max / 2
        case .tab, .right, .char("l"):
            s.selected = (s.selected + 1) % count
            s.panel = PanelState()
        case .backTab, .left, .char("h"):
            s.selected = (s.selected + count - 1) % count
            s.panel = PanelState()
        default: break
        }
        clampScroll(&s, atlas)
    }

    private static func move(_ s: inout AppState, _ direction: Direction, _ atlas: Atlas) {
        if let next = Navigator.next(from: s.selected, direction, anchors: atlas.anchors) { s.selected = next }
    }

    private static func clampScroll(_ s: inout AppState, _ atlas: Atlas) {
        guard let scroll = s.panel?.scroll else { return }
        let limit = atlas.maxScroll(s)
        s.panel?.scroll = max(0, min(scroll, limit))
    }

    /// Folds a sequence of events, as the run loop and the tests do.
    public static func run(_ state: AppState, _ events: [Event], atlas: Atlas) -> AppState {
        events.reduce(state) { reduce($0, $1, atlas: atlas) }
    }
}
