import AtlasCore
import Testing

/// Chapter navigation, camp selection, and the charts checked against their data.
@Suite struct ChapterTests {
    func start(_ chapter: Chapter = .routes) -> (Atlas, AppState) {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        Machine.go(&state, to: chapter)
        return (atlas, state)
    }

    @Test func chapterKeysWalkTheStory() {
        let (atlas, initial) = start()
        let table: [(Event, Chapter)] = [
            (.key(.char("n")), .distances), (.key(.char("]")), .thae), (.key(.pageDown), .arrivals),
            (.key(.char("p")), .thae), (.key(.char("[")), .distances), (.key(.pageUp), .routes),
            (.key(.char("1")), .homeland), (.key(.char("p")), .homeland), (.key(.char("9")), .sources),
            (.key(.char("n")), .sources), (.key(.char("6")), .camps), (.key(.char("0")), .camps),
        ]
        var state = initial
        for (i, (event, expected)) in table.enumerated() {
            state = Machine.reduce(state, event, atlas: atlas)
            #expect(state.chapter == expected, "step \(i): \(event)")
        }
    }

    @Test func anOpenPanelKeepsPageKeysForItself() {
        let (atlas, initial) = start()
        var state = Machine.run(initial, [.key(.enter), .key(.pageDown)], atlas: atlas)
        #expect(state.chapter == .routes && state.panel != nil)
        #expect((state.panel?.scroll ?? 0) > 0)
        state = Machine.run(state, [.key(.escape), .key(.char("n"))], atlas: atlas)
        #expect(state.chapter == .distances && state.panel == nil)
    }

    @Test func leavingAChapterClosesItsPanelAndScroll() {
        let (atlas, initial) = start(.homeland)
        var state = Machine.run(initial, [.key(.down), .key(.down)], atlas: atlas)
        #expect(state.pageScroll == 2)
        state = Machine.run(state, [.key(.char("n")), .key(.char("p"))], atlas: atlas)
        #expect(state.chapter == .homeland && state.pageScroll == 0)
        state = Machine.run(state, [.key(.end)], atlas: atlas)
        #expect(state.pageScroll == atlas.maxPageScroll(state) && state.pageScroll > 0)
    }

    @Test func clickingTheChapterBarJumps() {
        let (atlas, initial) = start()
        let wide = Machine.reduce(initial, .resize(width: 160, height: 40), atlas: atlas)
        let text = atlas.render(wide).lines()[0]
        let column = text.distance(from: text.startIndex, to: text.range(of: "Thae Yong-ho")!.lowerBound)
        let state = Machine.reduce(wide, .click(x: column + 2, y: 0), atlas: atlas)
        #expect(state.chapter == .thae)
    }

    @Test func campsAreChosenByArrowsTabAndClick() throws {
        let (atlas, initial) = start(.camps)
        let camps = atlas.story.chapters.camps.camps
        #expect(camps.first?.number == "14")
        var state = Machine.reduce(initial, .key(.tab), atlas: atlas)
        #expect(state.camp == 1)
        state = Machine.reduce(state, .key(.backTab), atlas: atlas)
        #expect(state.camp == 0)
        // Up goes to a camp further north, and Down comes back south.
        state = Machine.reduce(state, .key(.up), atlas: atlas)
        #expect(atlas.campPoints[state.camp].lat > atlas.campPoints[0].lat, "\(camps[state.camp].number)")
        let north = state.camp
        state = Machine.reduce(state, .key(.down), atlas: atlas)
        #expect(atlas.campPoints[state.camp].lat < atlas.campPoints[north].lat)
        state = Machine.run(state, [.key(.enter)], atlas: atlas)
        #expect(state.panel != nil)
        let text = atlas.render(state).text
        #expect(text.contains(camps[state.camp].title))
        #expect(text.contains("PRISONER ESTIMATES"))
        state = Machine.reduce(state, .key(.escape), atlas: atlas)
        // A click on a marker selects that camp.
        let layout = atlas.layout(for: state)
        let markers = try #require(Optional(CampsWidget_markers(atlas, state, layout)))
        let yodok = try #require(markers.first { camps[$0.camp].number == "15" })
        state = Machine.reduce(state, .click(x: yodok.rect.x, y: yodok.rect.y), atlas: atlas)
        #expect(camps[state.camp].number == "15")
    }

    @Test func arrivalsBarsMatchTheData() throws {
        let (atlas, initial) = start(.arrivals)
        let series = atlas.story.chapters.arrivals.series
        let state = initial
        let canvas = atlas.render(state)
        let rect = Rect(x: 0, y: 1, width: 120, height: max(10, 38 * 11 / 20))
        let geo = try #require(ArrivalsChart.geometry(rect: rect, count: series.count))
        let top = ArrivalsChart.scaleTop(series)
        #expect(top == 3000)
        let eighths: [Character: Int] = ["▁": 1, "▂": 2, "▃": 3, "▄": 4, "▅": 5, "▆": 6, "▇": 7, "█": 8, "▓": 8, "▒": 8]
        for (i, record) in series.enumerated() {
            // Read the bar back off the screen, cell by cell from the baseline up.
            let x = geo.barX(i)
            var measured = 0
            for y in stride(from: geo.plot.maxY - 1, through: geo.plot.y, by: -1) {
                let cell = canvas[x, y]
                guard let n = eighths[Character(cell.scalar)] else { break }
                measured += n
            }
            let expected = ArrivalsChart.eighths(record.total, maxValue: top, rows: geo.plot.height)
            #expect(measured == expected, "\(record.period): \(measured) eighths, data says \(expected)")
        }
        // The peak year is the tallest bar.
        let peak = try #require(series.max { $0.total < $1.total })
        #expect(peak.period == "2009" && peak.total == 2914)
    }

    @Test func leftAndRightSelectAYearAndShowItsSource() {
        let (atlas, initial) = start(.arrivals)
        let series = atlas.story.chapters.arrivals.series
        var state = Machine.run(initial, Array(repeating: .key(.left), count: 16), atlas: atlas)
        let chosen = series[series.count - 1 - 16]
        #expect(state.arrival == series.count - 1 - 16)
        let text = atlas.render(state).text
        #expect(text.contains("\(chosen.period): \(NumberFormat.grouped(chosen.total)) arrivals"))
        state = Machine.run(state, [.key(.home)], atlas: atlas)
        #expect(atlas.render(state).text.contains("several years in one figure"))
        state = Machine.run(state, Array(repeating: .key(.left), count: 3), atlas: atlas)
        #expect(state.arrival == 0)
    }

    @Test func distancesAreComputedFromCoordinates() throws {
        let rows = DistanceChart.rows(Fixtures.story)
        #expect(rows.count == 9)
        let shenyang = try #require(rows.first)
        // The research notes' own straight-line check: about 203 km from Dandong to Shenyang.
        #expect(abs(shenyang.straightKm - 203) < 2)
        let bangkok = try #require(rows.first { $0.label.hasPrefix("Bangkok") })
        #expect(abs(bangkok.straightKm - 3742) < 10)
        for row in rows { #expect(row.routeKm >= row.straightKm - 0.001, "\(row.label)") }
    }

    @Test func theBalloonCrossesAndReleasesOnTime() {
        let (atlas, initial) = start(.balloons)
        let hours = atlas.story.chapters.balloons.animation.timerHours
        var state = initial
        let (f0, r0) = BalloonScene.progress(state, timerHours: hours)
        #expect(f0 == 0 && r0 == hours * 3600)
        state = Machine.reduce(state, .tick(seconds: BalloonScene.cycleSeconds * 0.8), atlas: atlas)
        #expect(BalloonScene.progress(state, timerHours: hours).remaining == 0)
        #expect(atlas.render(state).text.contains("load released over the North"))
        state = Machine.reduce(state, .tick(seconds: BalloonScene.cycleSeconds * 1.1), atlas: atlas)
        #expect(BalloonScene.progress(state, timerHours: hours).remaining > 0)
    }

    @Test func theSourcesChapterListsEveryCitedSource() {
        let story = Fixtures.story
        let all = SourcesText.groups(Fixtures.atlas().book).flatMap(\.sources)
        let c = story.chapters
        var cited = story.routes.flatMap { $0.facts.map(\.sourcing) }
        for list in [c.homeland.facts, c.thae.facts, c.distances.text.facts, c.arrivals.text.facts, c.camps.text.facts,
                     c.balloons.text.facts, c.workers.text.facts] {
            cited += list.map(\.sourcing)
        }
        cited += c.arrivals.series.map(\.sourcing) + c.workers.hosts.map(\.sourcing)
        cited += c.camps.camps.flatMap { [$0.sourcing] + $0.estimates.map(\.sourcing) }
        cited += [c.balloons.animation.altitudeSourcing, c.balloons.animation.timerSourcing]
        for citation in Set(cited.flatMap(\.sources)) {
            let text = CitationText.format(citation)
            #expect(all.contains { $0 == text || $0 == text + " [unverified]" }, "\(text)")
        }
        // Where every camp's and every route's points come from is listed too.
        for camp in c.camps.camps { #expect(all.contains { $0.hasPrefix(camp.name + ": Location") }, "\(camp.name)") }
    }

    /// A citation reads the same wherever it appears: publisher, "title", date, address.
    @Test func citationsAreFormattedOneWay() {
        let full = Citation(publisher: "KBS", title: "A title", date: "4 June 2020", url: "news.kbs.co.kr/x")
        #expect(CitationText.format(full) == "KBS, \"A title\", 4 June 2020, news.kbs.co.kr/x")
        #expect(CitationText.format(Citation(publisher: "Al Jazeera")) == "Al Jazeera")
        let two = Sourcing(sources: [full, Citation(publisher: "Al Jazeera")], certainty: .unverified)
        #expect(CitationText.line(two, .english) == "Sources [unverified]: KBS, \"A title\", 4 June 2020, news.kbs.co.kr/x; Al Jazeera")
        #expect(CitationText.line(Sourcing(sources: [full], certainty: .verified), .english).hasPrefix("Source: KBS"))
    }

    /// No line a visitor reads as a source is a note about our research.
    @Test func noResearchNoteIsShownAsASource() {
        let text = StoryPrinter.render(Fixtures.story, format: .text).lowercased()
        for phrase in ["general knowledge", "research notes", "no retrieved page", "not recorded", "rated weak"] {
            #expect(!text.contains(phrase), "\(phrase)")
        }
    }
}

/// The camps chapter's marker positions, through the public click API's geometry.
func CampsWidget_markers(_ atlas: Atlas, _ state: AppState, _ layout: ScreenLayout) -> [(camp: Int, rect: Rect)] {
    var out: [(Int, Rect)] = []
    for y in layout.map.y..<layout.map.maxY {
        for x in layout.map.x..<layout.map.maxX {
            if let camp = atlas.camp(at: x, y: y, state: state), !out.contains(where: { $0.0 == camp }) {
                out.append((camp, Rect(x: x, y: y, width: 1, height: 1)))
            }
        }
    }
    return out
}

/// Zooming the route map: keys, wheel, fit, and what shows when zoomed in on Korea.
@Suite struct ZoomTests {
    @Test func plusMinusZeroAndFit() throws {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        #expect(atlas.zoomFactor(state) == 1)
        state = Machine.run(state, [.key(.char("+")), .key(.char("+"))], atlas: atlas)
        #expect(abs(atlas.zoomFactor(state) - 2.56) < 0.01)
        // The selection's anchor stays in view while zooming in about it.
        let view = try #require(state.mapView)
        let anchor = atlas.anchors[state.selected]
        #expect(anchor.lon > view.minLon && anchor.lon < view.maxLon && anchor.lat > view.minLat && anchor.lat < view.maxLat)
        state = Machine.reduce(state, .key(.char("-")), atlas: atlas)
        #expect(abs(atlas.zoomFactor(state) - 1.6) < 0.01)
        state = Machine.run(state, [.key(.char("-")), .key(.char("-"))], atlas: atlas)
        #expect(state.mapView == nil)
        state = Machine.run(state, Array(repeating: .key(.char("+")), count: 30), atlas: atlas)
        #expect(atlas.zoomFactor(state) <= 40.001)
        state = Machine.reduce(state, .key(.char("0")), atlas: atlas)
        #expect(state.mapView == nil && state.chapter == .routes)
        state = Machine.reduce(state, .key(.char("z")), atlas: atlas)
        #expect(atlas.zoomFactor(state) > 4, "fitting South Korea zooms well in")
    }

    @Test func theWheelZoomsAboutThePointer() throws {
        let atlas = Fixtures.atlas()
        let state = atlas.initialState(width: 120, height: 40)
        let layout = atlas.layout(for: state)
        let projection = atlas.routeRaster(state).projection
        let (x, y) = projection.project(GeoPoint(lon: 100.5, lat: 13.8))
        let px = layout.map.x + Int(x), py = layout.map.y + Int(y)
        let zoomed = Machine.reduce(state, .wheel(x: px, y: py, delta: -1), atlas: atlas)
        let view = try #require(zoomed.mapView)
        // Bangkok is still under the pointer, give or take a cell.
        let (x2, y2) = atlas.routeRaster(zoomed).projection.project(GeoPoint(lon: 100.5, lat: 13.8))
        #expect(abs(Int(x2) - Int(x)) <= 1 && abs(Int(y2) - Int(y)) <= 1, "\(view)")
        let back = Machine.reduce(zoomed, .wheel(x: px, y: py, delta: 1), atlas: atlas)
        #expect(back.mapView == nil)
    }

    @Test func zoomedOnKoreaTheDMZAndCrossingsShow() {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        state = Machine.run(state, [.key(.char("+")), .key(.char("+")), .key(.char("+")), .key(.char("+"))], atlas: atlas)
        let text = atlas.render(state).text
        #expect(text.contains("====="), "the DMZ line")
        #expect(text.contains("Pyongyang") && text.contains("Seoul"))
        #expect(text.contains("Panmunjom"))
        // Unzoomed, the crossings are not marked (no room), but the capitals are.
        let whole = atlas.render(atlas.initialState(width: 120, height: 40)).text
        #expect(!whole.contains("Hoeryong") && whole.contains("Pyongyang"))
    }
}
