import AtlasContent
import AtlasGeo
import AtlasMachine

/// The facts of a state's frame, from the same geometry the drawing uses: what is drawn where
/// (chapter tabs, the panel, list rows, labels, markers, bars), how far the text scrolls, and
/// the route map's raster.
extension Atlas {
    public func facts(_ state: AppState) -> FrameFacts {
        var facts = FrameFacts(view: FrameView(state))
        let layout = layout(for: state)
        guard !layout.tooSmall else { return facts }
        facts.regions = ChapterBar.tabs(width: state.width, current: state.chapter).map {
            HitRegion(Rect(x: $0.x, y: 0, width: CharWidth.of($0.text), height: 1), .chapterTab($0.chapter))
        }
        let panel = panelGeometry(state)
        if let panel {
            facts.regions.append(HitRegion(panel.rect, .panel))
            facts.panelScroll = ScrollLimit(maxScroll: max(0, panel.lines.count - panel.visible), visible: panel.visible)
        }
        if let page = pageGeometry(state) {
            facts.pageScroll = ScrollLimit(maxScroll: max(0, page.lines.count - page.rect.height), visible: page.rect.height)
        }
        switch state.chapter {
        case .routes:
            facts.regions += listRegions(layout.sidebar, firstRow: SidebarWidget.firstRouteRow, count: story.routes.count, HitTarget.route)
            facts.regions += labels(for: state).compactMap { label in
                guard label.owner >= 0 else { return nil }
                let route = story.countryRoute[Int(label.owner)]
                return HitRegion(label.rect, route >= 0 ? .route(route) : .inert)
            }
            facts.map = MapFacts(rect: layout.map, raster: routeRaster(state))
        case .camps:
            let camps = story.chapters.camps.camps.count
            facts.regions += listRegions(layout.sidebar, firstRow: CampsWidget.firstListRow, count: camps, HitTarget.camp)
            facts.regions += CampsWidget.markers(layout: layout, atlas: self, state: state).map { HitRegion($0.rect, .camp($0.camp)) }
        case .arrivals:
            facts.regions += barRegions(chartRect(state))
        default:
            break
        }
        return facts
    }

    /// A list's rows in a sidebar, then the sidebar itself, which answers no click elsewhere.
    private func listRegions(_ sidebar: Rect?, firstRow: Int, count: Int, _ target: (Int) -> HitTarget) -> [HitRegion] {
        guard let sidebar else { return [] }
        let rows = (0..<count).compactMap { i -> HitRegion? in
            let y = sidebar.y + firstRow + i
            return y < sidebar.maxY ? HitRegion(Rect(x: sidebar.x, y: y, width: sidebar.width, height: 1), target(i)) : nil
        }
        return rows + [HitRegion(sidebar, .inert)]
    }

    /// Each bar of the arrivals chart, as the full height of the chart over its columns.
    private func barRegions(_ rect: Rect) -> [HitRegion] {
        guard let g = ArrivalsChart.geometry(rect: rect, count: story.chapters.arrivals.series.count) else { return [] }
        return (0..<g.count).map { HitRegion(Rect(x: g.barX($0), y: rect.y, width: g.slot, height: rect.height), .arrivalBar($0)) }
    }
}
