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
    /// Each camp's location, for arrow-key navigation.
    public let campPoints: [GeoPoint]
    /// The inter-Korean border, drawn as the DMZ.
    let dmz: [(GeoPoint, GeoPoint)]
    /// Cities, missions and crossings marked on the route map.
    let markers: [MarkerLayer.Marker]

    private var rasters: [RasterKey: MapRaster] = [:]
    private var dotRasters: [RasterKey: MapRaster] = [:]
    private var textCache: [TextKey: [PanelLine]] = [:]

    struct RasterKey: Hashable {
        var minLon, minLat, maxLon, maxLat: Double
        var cols, rows: Int
    }

    struct TextKey: Hashable {
        var chapter: Chapter
        var item: Int
        var width: Int
    }

    public init(story: Story, charset: Charset = .blocks) {
        self.story = story
        self.charset = charset
        originIndex = story.map.countryIndex(of: "KP")
        anchors = story.routes.enumerated().map { i, route in
            let c = story.routeCountry[i]
            return c >= 0 ? story.map.countries[c].label : (story.path(of: route).last ?? GeoPoint(lon: 0, lat: 0))
        }
        campPoints = story.chapters.camps.camps.map { story.place($0.place)?.point ?? GeoPoint(lon: 127, lat: 40) }
        dmz = DMZLine.segments(story.map)
        markers = MarkerLayer.markers(story, glyphs: charset.glyphs)
    }

    public func initialState(width: Int, height: Int) -> AppState {
        AppState(width: width, height: height, selected: 0)
    }

    /// The owner grid of a view at a size, computed once and kept (a handful of sizes at most
    /// are live at once; the cache is cleared when it grows past a few dozen).
    public func raster(view: GeoRect, cols: Int, rows: Int) -> MapRaster {
        let key = RasterKey(minLon: view.minLon, minLat: view.minLat, maxLon: view.maxLon, maxLat: view.maxLat,
                            cols: cols, rows: rows)
        if let r = rasters[key] { return r }
        if rasters.count > 24 { rasters.removeAll() }
        let r = MapRaster(map: story.map, view: view, cols: cols, rows: rows)
        rasters[key] = r
        return r
    }

    /// The map's raster at a layout (the whole view the layout was made for).
    public func raster(for layout: ScreenLayout) -> MapRaster {
        raster(view: layout.view, cols: layout.map.width, rows: layout.map.height)
    }

    /// The route map's raster for a state: the whole region, or the zoomed view filling the
    /// map's box (clipped to the region the map asset covers).
    public func routeRaster(_ state: AppState) -> MapRaster {
        let layout = layout(for: state)
        guard let view = state.mapView else { return raster(for: layout) }
        let key = RasterKey(minLon: view.minLon, minLat: view.minLat, maxLon: view.maxLon, maxLat: view.maxLat,
                            cols: -layout.map.width, rows: layout.map.height)
        if let r = rasters[key] { return r }
        if rasters.count > 24 { rasters.removeAll() }
        let projection = Projection(fitting: view, cols: layout.map.width, rows: layout.map.height)
        let r = MapRaster(map: story.map, projection: projection, clip: ScreenLayout.region)
        rasters[key] = r
        return r
    }

    /// The braille dots (2×4 a cell) under a cell raster, computed once per raster.
    public func dots(for cells: MapRaster, clip: GeoRect) -> MapRaster { finer(cells, x: 2, y: 4, clip: clip) }

    /// The half-block rows (1×2 a cell) under a cell raster, computed once per raster.
    public func halves(for cells: MapRaster, clip: GeoRect) -> MapRaster { finer(cells, x: 1, y: 2, clip: clip) }

    /// The map under a cell raster on a grid `x`×`y` times finer.
    public func finer(_ cells: MapRaster, x: Int, y: Int, clip: GeoRect) -> MapRaster {
        let p = cells.projection
        let key = RasterKey(minLon: p.centerX, minLat: p.centerY, maxLon: p.scale, maxLat: clip.minLon,
                            cols: cells.cols * 10 + x, rows: cells.rows * 10 + y)
        if let r = dotRasters[key] { return r }
        // Fine rasters are large (a 240×80 braille map is 300 KB): keep only the last few.
        if dotRasters.count >= 4 { dotRasters.removeAll() }
        let r = MapRaster(map: story.map, projection: p.subdivided(x: x, y: y), clip: clip)
        dotRasters[key] = r
        return r
    }

    /// Fills a map block in the charset's way: braille dots, half-blocks, or whole cells.
    func fill(_ canvas: inout Canvas, at rect: Rect, raster: MapRaster, clip: GeoRect, role: (Int16) -> StyleRole) {
        let g = charset.glyphs
        switch charset {
        case .braille:
            GeoFill.draw(into: &canvas, at: rect, raster: raster, dots: dots(for: raster, clip: clip), glyphs: g, role: role)
        case .blocks:
            GeoFill.drawHalves(into: &canvas, at: rect, raster: raster, halves: halves(for: raster, clip: clip), glyphs: g,
                               role: role)
        case .ascii:
            GeoFill.draw(into: &canvas, at: rect, raster: raster, glyphs: g, role: role)
        }
    }

    /// How far the route map is zoomed in: 1 for the whole region.
    public func zoomFactor(_ state: AppState) -> Double {
        guard let view = state.mapView else { return 1 }
        return ScreenLayout.region.lonSpan / max(view.lonSpan, 1e-6)
    }

    /// Roughly how many bytes the caches hold: the only memory that lives from frame to frame.
    /// Every cache is bounded, so this stays flat however long the program runs.
    public var cacheBytes: Int {
        let rasterBytes = (rasters.values.map(\.owner.count) + dotRasters.values.map(\.owner.count)).reduce(0, +) * 2
        let textBytes = textCache.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.text.utf8.count + 16 } }
        return rasterBytes + textBytes
    }

    /// Wrapped text, computed once per chapter, item and width.
    func cachedText(_ chapter: Chapter, item: Int, width: Int, make: () -> [PanelLine]) -> [PanelLine] {
        let key = TextKey(chapter: chapter, item: item, width: width)
        if let lines = textCache[key] { return lines }
        if textCache.count > 64 { textCache.removeAll() }
        let lines = make()
        textCache[key] = lines
        return lines
    }

    /// Draws the whole screen for a state.
    public func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = layout(for: state)
        if layout.tooSmall {
            TooSmallWidget.draw(into: &canvas, layout: layout)
            return canvas
        }
        ChapterBar.draw(into: &canvas, width: state.width, current: state.chapter)
        switch state.chapter {
        case .routes:
            MapWidget.draw(into: &canvas, layout: layout, raster: routeRaster(state), atlas: self, state: state)
            if let sidebar = layout.sidebar { SidebarWidget.draw(into: &canvas, rect: sidebar, atlas: self, state: state) }
        case .camps:
            CampsWidget.draw(into: &canvas, layout: layout, atlas: self, state: state)
        case .distances:
            DistanceChart.draw(into: &canvas, rect: chartRect(state), atlas: self)
        case .arrivals:
            ArrivalsChart.draw(into: &canvas, rect: chartRect(state), atlas: self, state: state)
        case .balloons:
            BalloonScene.draw(into: &canvas, rect: chartRect(state), atlas: self, state: state)
        case .workers:
            WorkersMap.draw(into: &canvas, rect: chartRect(state), atlas: self)
        case .homeland, .thae, .sources:
            break
        }
        if let page = pageGeometry(state) {
            TextViewWidget.draw(into: &canvas, rect: page.rect, lines: page.lines, scroll: state.pageScroll, glyphs: charset.glyphs)
        }
        StatusWidget.draw(into: &canvas, layout: layout, atlas: self, state: state)
        if let g = panelGeometry(state) {
            PanelWidget.draw(into: &canvas, rect: g.rect, lines: g.lines, scroll: state.panel?.scroll ?? 0,
                             title: panelTitle(state), glyphs: charset.glyphs)
        }
        if state.help {
            HelpWidget.draw(into: &canvas, layout: layout, glyphs: charset.glyphs, kiosk: state.kiosk != nil)
        }
        if let left = state.kiosk?.secondsLeft(now: state.now) {
            StillThereWidget.draw(into: &canvas, layout: layout, secondsLeft: left, glyphs: charset.glyphs)
        }
        return canvas
    }

    public func layout(for state: AppState) -> ScreenLayout {
        ScreenLayout(width: state.width, height: state.height, view: state.chapter == .camps ? ScreenLayout.northKorea : ScreenLayout.region)
    }
}
