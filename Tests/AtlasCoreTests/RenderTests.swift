import AtlasCore
import Testing

@Suite struct RenderTests {
    @Test func wideCharactersTakeTwoCellsAndStayWhole() {
        var canvas = Canvas(width: 6, height: 1)
        let used = canvas.text(x: 0, y: 0, "한국x", .label)
        #expect(used == 5)
        #expect(canvas.lines() == ["한국x "])
        #expect(canvas[1, 0].width == 0)
        // Overwriting the second half of a wide character blanks its first half.
        canvas.put(x: 1, y: 0, "a", .label)
        #expect(canvas.lines() == [" a국x "])
        // A wide character never half-fits at the right edge.
        var edge = Canvas(width: 3, height: 1)
        edge.text(x: 1, y: 0, "한국", .label)
        #expect(edge.lines() == [" 한"])
    }

    @Test func wrapCountsColumnsNotCharacters() {
        #expect(TextWrap.wrap("북한 이탈 주민 escape", width: 9) == ["북한 이탈", "주민", "escape"])
        #expect(TextWrap.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("a\n\nb", width: 4) == ["a", "", "b"])
        for line in TextWrap.wrap(String(repeating: "탈북 ", count: 40), width: 11) {
            #expect(CharWidth.of(line) <= 11)
        }
    }

    @Test func panelTextFitsItsWidthAndCarriesEverySource() {
        let story = Fixtures.story
        for (i, route) in story.routes.enumerated() {
            let lines = PanelText.lines(for: route, story: story, width: 40, .english)
            #expect(lines.allSatisfy { CharWidth.of($0.text) <= 40 }, "\(route.code)")
            let text = lines.map(\.text).joined(separator: " ")
            for citation in route.facts.flatMap(\.sources) {
                let firstWord = String(citation.publisher.split(separator: " ").first ?? "")
                #expect(text.contains(firstWord), "route \(i) source \(citation.publisher)")
            }
        }
    }

    @Test func projectionKeepsTheRegionInsideTheBlockWithCorrectAspect() {
        let p = Projection(fitting: ScreenLayout.region, cols: 100, rows: 40)
        let (x0, y0) = p.project(GeoPoint(lon: ScreenLayout.region.minLon, lat: ScreenLayout.region.maxLat))
        let (x1, y1) = p.project(GeoPoint(lon: ScreenLayout.region.maxLon, lat: ScreenLayout.region.minLat))
        #expect(x0 >= -0.001 && x1 <= 100.001 && y0 >= -0.001 && y1 <= 40.001)
        // One degree east spans twice the cells of one projected degree north at the equator.
        let (ax, ay) = p.project(GeoPoint(lon: 120, lat: 0))
        let (bx, _) = p.project(GeoPoint(lon: 121, lat: 0))
        let (_, cy) = p.project(GeoPoint(lon: 120, lat: 1))
        #expect(abs((bx - ax) / (ay - cy) - Projection.cellAspect) < 0.01)
    }

    @Test func rasterPutsCitiesInTheirCountries() throws {
        let story = Fixtures.story
        for (w, h) in [(80, 24), (120, 40), (240, 80)] {
            let layout = ScreenLayout(width: w, height: h)
            let raster = MapRaster(map: story.map, view: ScreenLayout.region, cols: layout.map.width, rows: layout.map.height)
            for (place, code) in [("pyongyang", "KP"), ("beijing", "CN"), ("ulaanbaatar", "MN"), ("bangkok", "TH"), ("tokyo", "JP")] {
                let id = ["beijing": "rok_emb_beijing", "ulaanbaatar": "rok_emb_ulaanbaatar", "bangkok": "rok_emb_bangkok",
                          "tokyo": "rok_emb_tokyo"][place] ?? place
                let point = try #require(story.place(id)).point
                let cell = try #require(raster.projection.cell(point))
                let owner = raster[cell.col, cell.row]
                #expect(owner >= 0 && story.map.countries[Int(owner)].iso == code, "\(place) at \(w)x\(h)")
            }
            // The open Pacific and the Yellow Sea are sea.
            for point in [GeoPoint(lon: 130, lat: 15), GeoPoint(lon: 123.5, lat: 35.5)] {
                let cell = try #require(raster.projection.cell(point))
                #expect(raster[cell.col, cell.row] == MapRaster.sea, "\(point) at \(w)x\(h)")
            }
        }
    }

    @Test func aSquareIsFilledByScanLine() {
        let ring = [GeoPoint(lon: 10, lat: 0), GeoPoint(lon: 20, lat: 0), GeoPoint(lon: 20, lat: 10),
                    GeoPoint(lon: 10, lat: 10), GeoPoint(lon: 10, lat: 0)]
        var bounds = GeoRect.empty
        ring.forEach { bounds.include($0) }
        let map = WorldMap(countries: [CountryShape(iso: "AA", name: "A", label: ring[0], rings: [ring], bounds: bounds)],
                           borders: [])
        let raster = MapRaster(map: map, view: GeoRect(minLon: 0, minLat: -10, maxLon: 30, maxLat: 20), cols: 30, rows: 16)
        let filled = raster.owner.filter { $0 == 0 }.count
        // 10 degrees is a third of the width and about a third of the (Mercator) height.
        #expect(filled > 40 && filled < 70, "\(filled)")
        #expect(raster[15, 8] == 0)
        #expect(raster[2, 2] == MapRaster.sea)
    }

    @Test func labelsNeverOverlapEachOtherOrThePanel() {
        let atlas = Fixtures.atlas()
        for (w, h) in [(60, 20), (80, 24), (120, 40), (200, 60)] {
            for code in ["KR", "CN", "JP", "TH"] {
                for panel in [false, true] {
                    var state = atlas.initialState(width: w, height: h)
                    state.selected = Fixtures.route(code)
                    if panel { state.panel = PanelState() }
                    let labels = atlas.labels(for: state)
                    let layout = ScreenLayout(width: w, height: h)
                    if !panel { #expect(labels.count >= 4, "\(w)x\(h) \(code)") }
                    for (i, a) in labels.enumerated() {
                        #expect(a.rect.x >= layout.map.x && a.rect.maxX <= layout.map.maxX)
                        for b in labels[(i + 1)...] { #expect(!a.rect.intersects(b.rect), "\(a.text) / \(b.text)") }
                        if let p = atlas.panelGeometry(state)?.rect { #expect(!a.rect.intersects(p), "\(a.text) under the panel") }
                    }
                    // The selected route's label is always placed unless the panel hides it.
                    if !panel { #expect(labels.first?.role == .labelSelected) }
                }
            }
        }
    }

    @Test func theSelectedRouteIsDrawn() {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        state.selected = Fixtures.route("TH")
        let canvas = atlas.render(state)
        let routeCells = canvas.cells.filter { $0.role == .route || $0.role == .waypoint }.count
        #expect(routeCells > 15)
        #expect(canvas.lines().contains { $0.contains("@") })
    }

    @Test func controlCharactersNeverReachTheCanvasFromMessages() {
        let p = ContentProblem(file: "a\u{1b}b.yaml", line: 3, field: "x", message: "bad\u{7}\n")
        #expect(p.description == "a\\u{1b}b.yaml:3: x: bad\\u{7}\\u{a}")
    }
}

/// Hangul in the content: names two cells wide per syllable, laid out by the terminal's widths.
@Suite struct HangulLabelTests {
    @Test func hangulNamesKeepEveryRowTheScreensWidth() throws {
        var text = Fixtures.routesYAML
        text = text.replacingOccurrences(of: "    name: The DMZ\n", with: "    name: 비무장지대 DMZ\n")
        text = text.replacingOccurrences(of: "    country: South Korea\n", with: "    country: 대한민국\n")
        let story = try ContentLoader.load(from: Fixtures.source(replacing: ContentLoader.routesPath, with: text),
                                           map: Fixtures.story.map)
        let atlas = Atlas(story: story, charset: .braille)
        for (w, h) in [(80, 24), (120, 40), (61, 20)] {
            var state = atlas.initialState(width: w, height: h)
            for s in [state, Machine.reduce(state, .key(.enter), atlas: atlas)] {
                let lines = atlas.render(s).lines()
                #expect(lines.allSatisfy { CharWidth.of($0) == w }, "\(w)x\(h)")
            }
            state = Machine.reduce(state, .key(.enter), atlas: atlas)
            let screen = atlas.render(state).text
            #expect(screen.contains("비무장지대"), "the panel title in Hangul at \(w)x\(h)")
        }
        #expect(CharWidth.of("비무장지대 DMZ") == 14)
    }
}
