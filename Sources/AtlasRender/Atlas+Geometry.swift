import AtlasContent
import AtlasGeo
import AtlasMachine

/// Where a state's panels, pages and charts go, and what they hold.
extension Atlas {
    /// The height of the chart, scene or map above a chapter's text.
    func upperRows(_ state: AppState) -> Int { screen(state).upperRows(state, story: story) }

    func chartRect(_ state: AppState) -> Rect { layout(for: state).upperRect(rows: upperRows(state)) }

    /// The scrolling text of a text chapter: its box and lines.
    public func pageGeometry(_ state: AppState) -> (rect: Rect, lines: [PanelLine])? {
        let layout = layout(for: state)
        let screen = screen(state)
        guard !layout.tooSmall, screen.hasPage else { return nil }
        let rect = layout.pageRect(below: upperRows(state))
        guard rect.height > 0, rect.width > 4 else { return nil }
        let width = rect.width - 2
        let lines = cachedText(state.chapter, item: 0, width: width) { screen.pageLines(book, width: width) }
        return (rect, lines)
    }

    public func maxPageScroll(_ state: AppState) -> Int {
        guard let page = pageGeometry(state) else { return 0 }
        return max(0, page.lines.count - page.rect.height)
    }

    /// Whether the route lies mostly east of the map's centre, so its panel goes on the west.
    public func routeOnEast(_ route: Int) -> Bool {
        let path = story.path(of: story.routes[route])
        let lons = path.map(\.lon) + [anchors[route].lon]
        let mean = lons.reduce(0, +) / Double(max(1, lons.count))
        return mean > (ScreenLayout.region.minLon + ScreenLayout.region.maxLon) / 2 + 4
    }

    /// The open panel's box, text, and how many lines show at once.
    public func panelGeometry(_ state: AppState) -> (rect: Rect, lines: [PanelLine], visible: Int)? {
        guard state.panel != nil else { return nil }
        let layout = layout(for: state)
        guard !layout.tooSmall, let spec = screen(state).panel(state, atlas: self) else { return nil }
        let probe = layout.panelRect(contentLines: 0, routeOnEast: spec.west)
        let width = ScreenLayout.panelTextWidth(probe)
        let lines = cachedText(state.chapter, item: spec.item, panel: true, width: width) { spec.lines(width) }
        let rect = layout.panelRect(contentLines: lines.count, routeOnEast: spec.west)
        return (rect, lines, max(1, rect.height - 4))
    }

    func panelTitle(_ state: AppState) -> String { screen(state).panel(state, atlas: self)?.title ?? "" }

    /// How far the open panel can scroll at this size.
    public func maxScroll(_ state: AppState) -> Int {
        guard let g = panelGeometry(state) else { return 0 }
        return max(0, g.lines.count - g.visible)
    }

    /// The camp whose marker or list row is at a cell, if any.
    public func camp(at x: Int, y: Int, state: AppState) -> Int? {
        if case .camp(let camp)? = facts(state).target(atX: x, y: y) { return camp }
        return nil
    }

    /// The names on the route map for a state, clear of each other and of the open panel:
    /// countries first, then the marked places in `extra`. The last placement is kept, so the
    /// frame's hit regions reuse what its drawing placed.
    public func labels(for state: AppState, extra: [(text: String, point: GeoPoint)] = []) -> [PlacedLabel] {
        let layout = layout(for: state)
        guard !layout.tooSmall, state.chapter == .routes else { return [] }
        let avoid = panelGeometry(state).map { [$0.rect] } ?? []
        let key = LabelKey(state: state, avoid: avoid, extra: extra.map(\.text))
        if let last = lastLabels, last.key == key { return last.labels }
        let labels = LabelPlacer.place(layout: layout, projection: routeRaster(state).projection, atlas: self,
                                       state: state, avoid: avoid, extra: extra)
        lastLabels = (key, labels)
        return labels
    }

    /// The country names on the route map: the last placement's when it was for this screen
    /// (places' names come after the countries', so they do not move them).
    public func countryLabels(for state: AppState) -> [PlacedLabel] {
        let avoid = panelGeometry(state).map { [$0.rect] } ?? []
        if let last = lastLabels, last.key.sameScreen(as: LabelKey(state: state, avoid: avoid, extra: [])) {
            return last.labels.filter { $0.owner >= 0 }
        }
        return labels(for: state)
    }
}

/// What a placement of the route map's labels depends on.
struct LabelKey: Equatable {
    var language: Language
    var width: Int
    var height: Int
    var selected: Int
    var mapView: GeoRect?
    var avoid: [Rect]
    var extra: [String]

    init(state: AppState, avoid: [Rect], extra: [String]) {
        language = state.language
        width = state.width
        height = state.height
        selected = state.selected
        mapView = state.mapView
        self.avoid = avoid
        self.extra = extra
    }

    func sameScreen(as other: LabelKey) -> Bool {
        language == other.language && width == other.width && height == other.height && selected == other.selected
            && mapView == other.mapView && avoid == other.avoid
    }
}
