import AtlasContent
import AtlasGeo
import AtlasMachine

/// The story plus what drawing it needs at the current size: one instance per program run.
/// It renders a state into a Frame: the canvas, and the facts the machine needs about what was
/// drawn (what is under a click, how far a panel can scroll). Not thread-safe: one run loop owns it.
public final class Atlas {
    /// The story, as the machine navigates it (the same in every edition).
    public let index: StoryIndex
    /// The story in the edition last drawn.
    public var story: Story { book.story }
    public let charset: Charset
    /// The map country every route starts from.
    public let originIndex: Int?
    /// Each route's country label point, for arrow-key navigation.
    public var anchors: [GeoPoint] { index.anchors }
    /// Each camp's location, for arrow-key navigation.
    public var campPoints: [GeoPoint] { index.campPoints }
    /// The inter-Korean border, drawn as the DMZ.
    let dmz: [(GeoPoint, GeoPoint)]
    /// Cities, missions and crossings marked on the route map, in the edition last drawn.
    var markers: [MarkerLayer.Marker] { current.markers }

    /// One edition's chapters and map markers.
    private struct Edition {
        let book: ChapterBook
        let markers: [MarkerLayer.Marker]
    }
    private let editions: [Language: Edition]
    private var current: Edition
    /// The edition drawn last; every entry point that takes a state turns to the state's.
    public private(set) var language: Language

    private var rasters: [RasterKey: MapRaster] = [:]
    private var rasterBytes = 0
    private var textCache: [TextKey: [PanelLine]] = [:]
    /// The route map's last label placement and what it was for.
    var lastLabels: (key: LabelKey, labels: [PlacedLabel])?
    /// The last state's frame facts.
    var lastFacts: (state: AppState, facts: FrameFacts)?

    /// The most bytes of owner grids kept; past it the raster cache starts afresh. A 240×80
    /// braille map needs about 350 KB, so the sizes and zoom levels in use stay cached.
    static let rasterBudget = 1_500_000

    struct RasterKey: Hashable {
        var projection: Projection
        var clip: GeoRect
    }

    struct TextKey: Hashable {
        var language: Language
        var chapter: Chapter
        var item: Int
        /// A panel's text, as against the chapter's page.
        var panel: Bool
        var width: Int
    }

    /// The chapters, in order, with the story and the edition's words (the edition last drawn).
    public var book: ChapterBook { current.book }
    /// The edition's own words.
    public var strings: Strings { book.strings }

    /// One edition, in the words of `strings`.
    public convenience init(story: Story, charset: Charset = .blocks, screens: [any ChapterScreen] = ChapterRegistry.screens,
                            strings: Strings = .english) {
        self.init(books: [ChapterBook(story: story, screens: screens, strings: strings)], language: story.language,
                  charset: charset)
    }

    /// Every edition, starting in `language`; `L` steps through them in `Language` order.
    public convenience init(editions: Editions, language: Language = .en, charset: Charset = .blocks,
                            screens: [any ChapterScreen] = ChapterRegistry.screens) {
        let books = Language.allCases.compactMap { l in
            editions.stories[l].map { ChapterBook(story: $0, screens: screens, strings: Strings(l)) }
        }
        self.init(books: books, language: language, charset: charset)
    }

    private init(books: [ChapterBook], language: Language, charset: Charset) {
        var editions: [Language: Edition] = [:]
        for book in books {
            editions[book.story.language] = Edition(book: book, markers: MarkerLayer.markers(book.story, glyphs: charset.glyphs))
        }
        let start = editions[language] != nil ? language : books[0].story.language
        self.editions = editions
        self.language = start
        current = editions[start]!
        let map = books[0].story.map
        index = StoryIndex(current.book.story, chapters: current.book.list, languages: books.map(\.story.language),
                           language: start)
        self.charset = charset
        originIndex = map.countryIndex(of: "KP")
        dmz = DMZLine.segments(map)
    }

    /// Turns to the state's edition (a state in an edition there is not keeps the current one).
    func use(_ state: AppState) {
        guard state.language != language, let edition = editions[state.language] else { return }
        current = edition
        language = state.language
    }

    public func initialState(width: Int, height: Int) -> AppState {
        index.initialState(width: width, height: height)
    }

    /// The owner grid for a projection, cells outside `clip` left blank; computed once and kept
    /// while the cache's byte budget lasts.
    public func raster(projection: Projection, clip: GeoRect) -> MapRaster {
        let key = RasterKey(projection: projection, clip: clip)
        if let r = rasters[key] { return r }
        let r = MapRaster(map: story.map, projection: projection, clip: clip)
        let bytes = r.owner.count * MemoryLayout<Int16>.stride
        if rasterBytes + bytes > Self.rasterBudget {
            rasters.removeAll()
            rasterBytes = 0
        }
        rasters[key] = r
        rasterBytes += bytes
        return r
    }

    /// A view fitted into a block of cells.
    public func raster(view: GeoRect, cols: Int, rows: Int) -> MapRaster {
        raster(projection: Projection(fitting: view, cols: cols, rows: rows), clip: view)
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
        return raster(projection: Projection(fitting: view, cols: layout.map.width, rows: layout.map.height),
                      clip: ScreenLayout.region)
    }

    /// The map under a cell raster on a grid `x`×`y` times finer: 2×4 for braille dots, 1×2
    /// for half-blocks.
    public func finer(_ cells: MapRaster, x: Int, y: Int, clip: GeoRect) -> MapRaster {
        raster(projection: cells.projection.subdivided(x: x, y: y), clip: clip)
    }

    /// Fills a map block in the charset's way: braille dots, half-blocks, or whole cells.
    func fill(_ canvas: inout Canvas, at rect: Rect, raster: MapRaster, clip: GeoRect, role: (Int16) -> StyleRole) {
        let g = charset.glyphs
        switch charset {
        case .braille, .wideSafe:
            GeoFill.drawDots(into: &canvas, at: rect, raster: raster, dots: finer(raster, x: 2, y: 4, clip: clip),
                             glyphs: g, role: role)
        case .blocks:
            GeoFill.drawHalves(into: &canvas, at: rect, raster: raster, halves: finer(raster, x: 1, y: 2, clip: clip),
                               glyphs: g, role: role)
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
        let textBytes = textCache.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.text.utf8.count + 16 } }
        return rasterBytes + textBytes
    }

    /// Wrapped text, computed once per chapter, item (page or panel) and width.
    func cachedText(_ chapter: Chapter, item: Int, panel: Bool = false, width: Int,
                    make: () -> [PanelLine]) -> [PanelLine] {
        let key = TextKey(language: language, chapter: chapter, item: item, panel: panel, width: width)
        if let lines = textCache[key] { return lines }
        if textCache.count > 64 { textCache.removeAll() }
        let lines = make()
        textCache[key] = lines
        return lines
    }

    /// The frame for a state: the screen drawn, and what the machine needs to know about it.
    public func frame(_ state: AppState) -> Frame {
        Frame(canvas: render(state), facts: facts(state))
    }

    /// Draws the whole screen for a state.
    public func render(_ state: AppState) -> Canvas {
        use(state)
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = layout(for: state)
        if layout.tooSmall {
            TooSmallWidget.draw(into: &canvas, layout: layout, strings)
            return canvas
        }
        ChapterBar.draw(into: &canvas, width: state.width, current: state.chapter, book: book)
        screen(state).draw(into: &canvas, layout: layout, atlas: self, state: state)
        if let page = pageGeometry(state) {
            TextViewWidget.draw(into: &canvas, rect: page.rect, lines: page.lines, scroll: state.pageScroll, glyphs: charset.glyphs)
        }
        StatusWidget.draw(into: &canvas, layout: layout, atlas: self, state: state)
        if let g = panelGeometry(state) {
            PanelWidget.draw(into: &canvas, rect: g.rect, lines: g.lines, scroll: state.panel?.scroll ?? 0,
                             title: panelTitle(state), glyphs: charset.glyphs, strings)
        }
        if state.help {
            HelpWidget.draw(into: &canvas, layout: layout, glyphs: charset.glyphs, kiosk: !state.canQuit, strings)
        }
        if let left = state.kiosk?.secondsLeft(now: state.now) {
            StillThereWidget.draw(into: &canvas, layout: layout, secondsLeft: left, glyphs: charset.glyphs, strings)
        }
        return canvas
    }

    public func layout(for state: AppState) -> ScreenLayout {
        ScreenLayout(width: state.width, height: state.height, view: screen(state).view)
    }

    /// The screen of the state's chapter.
    public func screen(_ state: AppState) -> any ChapterScreen {
        use(state)
        return book.screen(for: state.chapter)
    }
}
