import AtlasContent
import AtlasGeo
import AtlasMachine

/// Chapter: the escape routes. The map of the region with every route's country, the route list
/// beside it, a panel on the selected route, and the route's verdict on the status line.
struct RoutesScreen: ChapterScreen {
    let chapter = Chapter.routes
    func name(_ book: ChapterBook) -> String { book.strings[.chapterRoutes] }
    let controls = ChapterControls.routeMap
    let hasPage = false

    func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        MapWidget.draw(into: &canvas, layout: layout, raster: atlas.routeRaster(state), atlas: atlas, state: state)
        if let sidebar = layout.sidebar { SidebarWidget.draw(into: &canvas, rect: sidebar, atlas: atlas, state: state) }
    }

    func panel(_ state: AppState, atlas: Atlas) -> PanelSpec? {
        let story = atlas.story, t = atlas.strings
        guard story.routes.indices.contains(state.selected) else { return nil }
        let route = story.routes[state.selected]
        // A route named for its country ("China") needs no second name.
        let title = route.name.contains(route.country) ? route.name : t(.routeTitle, ["name": route.name, "country": route.country])
        return PanelSpec(item: state.selected, west: atlas.routeOnEast(state.selected), title: title) { width in
            PanelText.lines(for: route, story: story, width: width, t)
        }
    }

    /// The route list's rows, then the country names (a name answers for its country's route).
    func regions(layout: ScreenLayout, atlas: Atlas, state: AppState) -> [HitRegion] {
        let story = atlas.story
        let rows = HitRegions.list(layout.sidebar, firstRow: SidebarWidget.firstRouteRow, count: story.routes.count, HitTarget.route)
        return rows + atlas.countryLabels(for: state).compactMap { label in
            guard label.owner >= 0 else { return nil }
            let route = story.countryRoute[Int(label.owner)]
            return HitRegion(label.rect, route >= 0 ? .route(route) : .inert)
        }
    }

    func mapFacts(layout: ScreenLayout, atlas: Atlas, state: AppState) -> MapFacts? {
        MapFacts(rect: layout.map, raster: atlas.routeRaster(state))
    }

    func status(_ state: AppState, atlas: Atlas) -> StatusLine? {
        guard atlas.story.routes.indices.contains(state.selected) else { return nil }
        let route = atlas.story.routes[state.selected]
        return StatusLine(lead: "[\(route.verdict.symbol)] \(atlas.strings.verdict(route.verdict))", leadRole: StyleRole.verdict(route.verdict),
                          rest: "  \(route.country): \(route.verdictNote)", claimsRoom: true)
    }

    func sources(_ book: ChapterBook) -> [String]? {
        let story = book.story, t = book.strings
        let places = story.routes.flatMap { $0.waypoints.compactMap { story.place($0) } }
        return SourcesText.citations(story.routes.flatMap { $0.facts.map(\.sourcing) }, t) + [t[.mapSource]]
            + SourcesText.places(places, t)
    }

    func printed(_ book: ChapterBook, into out: inout StoryWriter) {
        for route in book.story.routes {
            out.emit(out.markdown ? "### \(route.name) (\(route.country))" : "\(route.name.uppercased()) (\(route.country))")
            out.lines(PanelText.lines(for: route, story: book.story, width: out.width, book.strings))
            out.emit("")
        }
    }
}
