/// The story plus what drawing it needs at the current size: one instance per program run.
/// It renders a state into a Canvas and answers the geometric questions the state machine
/// asks (what is under a click, how far a panel can scroll). Not thread-safe: one run loop owns it.
public final class Atlas {
    public let story: Story
    public var charset: Charset
    /// The map country every route starts from.
    public let originIndex: Int?
    /// Each route's country label point, for arrow-key navigation.
    public let anchors: [GeoPoint]

    private var cachedRaster: MapRaster?
    private var cachedPanel: (route: Int, width: Int, lines: [PanelLine])?

    public init(story: Story, charset: Charset = .blocks) {
        self.story = story
        self.charset = charset
        originIndex = story.map.countryIndex(of: "KP")
        anchors = story.routes.enumerated().map { i, route in
            let c = story.routeCountry[i]
            return c >= 0 ? story.map.countries[c].label : (story.path(of: route).last ?? GeoPoint(lon: 0, lat: 0))
        }
    }

    public func initialState(width: Int, height: Int) -> AppState {
        AppState(width: width, height: height, selected: 0)
    }

    /// The owner grid of the map at this layout, computed once per size.
    public func raster(for layout: ScreenLayout) -> MapRaster {
        if let r = cachedRaster, r.cols == layout.map.width, r.rows == layout.map.height { return r }
        let r = MapRaster(map: story.map, view: ScreenLayout.region, cols: layout.map.width, rows: layout.map.height)
        cachedRaster = r
        return r
    }

    /// The panel's text for a route at a text width, computed once per route and width.
    public func panelLines(route: Int, width: Int) -> [PanelLine] {
        if let c = cachedPanel, c.route == route, c.width == width { return c.lines }
        let lines = PanelText.lines(for: story.routes[route], story: story, width: width)
        cachedPanel = (route, width, lines)
        return lines
    }

    /// Whether the route lies mostly east of the map's centre, so its panel goes on the west.
    public func routeOnEast(_ route: Int) -> Bool {
        let path = story.path(of: story.routes[route])
        let lons = path.map(\.lon) + [anchors[route].lon]
        let mean = lons.reduce(0, +) / Double(max(1, lons.count))
        return mean > (ScreenLayout.region.minLon + ScreenLayout.region.maxLon) / 2 + 4
    }

    /// The panel's box and its text, when the panel is open.
    public func panelGeometry(_ state: AppState) -> (rect: Rect, lines: [PanelLine], visible: Int)? {
        guard state.panel != nil, story.routes.indices.contains(state.selected) else { return nil }
        let layout = ScreenLayout(width: state.width, height: state.height)
        guard !layout.tooSmall else { return nil }
        let probe = layout.panelRect(contentLines: 0, routeOnEast: routeOnEast(state.selected))
        let lines = panelLines(route: state.selected, width: ScreenLayout.panelTextWidth(probe))
        let rect = layout.panelRect(contentLines: lines.count, routeOnEast: routeOnEast(state.selected))
        return (rect, lines, max(1, rect.height - 4))
    }

    /// How far the open panel can scroll at this size.
    public func maxScroll(_ state: AppState) -> Int {
        guard let g = panelGeometry(state) else { return 0 }
        return max(0, g.lines.count - g.visible)
    }

    /// The route whose country or list row is drawn at a cell, if any.
    public func route(at x: Int, y: Int, state: AppState) -> Int? {
        let layout = ScreenLayout(width: state.width, height: state.height)
        guard !layout.tooSmall else { return nil }
        if let sidebar = layout.sidebar, sidebar.contains(x: x, y: y) {
            let row = y - sidebar.y - SidebarWidget.firstRouteRow
            return story.routes.indices.contains(row) ? row : nil
        }
        guard layout.map.contains(x: x, y: y) else { return nil }
        let o = raster(for: layout)[x - layout.map.x, y - layout.map.y]
        guard o >= 0, Int(o) < story.countryRoute.count else { return nil }
        let r = story.countryRoute[Int(o)]
        return r >= 0 ? r : nil
    }

    /// The country names on the map for a state, clear of each other and of the open panel.
    public func labels(for state: AppState) -> [PlacedLabel] {
        let layout = ScreenLayout(width: state.width, height: state.height)
        guard !layout.tooSmall else { return [] }
        let avoid = panelGeometry(state).map { [$0.rect] } ?? []
        return LabelPlacer.place(layout: layout, projection: raster(for: layout).projection, atlas: self, state: state,
                                 avoid: avoid)
    }

    /// Draws the whole screen for a state.
    public func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = ScreenLayout(width: state.width, height: state.height)
        if layout.tooSmall {
            TooSmallWidget.draw(into: &canvas, layout: layout)
            return canvas
        }
        TitleWidget.draw(into: &canvas, layout: layout)
        MapWidget.draw(into: &canvas, layout: layout, raster: raster(for: layout), atlas: self, state: state)
        if let sidebar = layout.sidebar {
            SidebarWidget.draw(into: &canvas, rect: sidebar, atlas: self, state: state)
        }
        StatusWidget.draw(into: &canvas, layout: layout, atlas: self, state: state)
        if let g = panelGeometry(state) {
            PanelWidget.draw(into: &canvas, rect: g.rect, lines: g.lines, scroll: state.panel?.scroll ?? 0,
                             route: story.routes[state.selected], glyphs: charset.glyphs)
        }
        if state.help {
            HelpWidget.draw(into: &canvas, layout: layout, glyphs: charset.glyphs)
        }
        return canvas
    }
}
