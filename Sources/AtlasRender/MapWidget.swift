import AtlasContent
import AtlasGeo
import AtlasMachine

/// The map: countries filled by role, borders between them, the selected route drawn over
/// them, and labels placed where they do not collide.
enum MapWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, raster: MapRaster, atlas: Atlas, state: AppState) {
        let g = atlas.charset.glyphs
        let story = atlas.story
        let origin = atlas.originIndex.map(Int16.init) ?? -9
        let selectedCountry: Int16 = story.routes.indices.contains(state.selected)
            ? Int16(story.routeCountry[state.selected]) : -9
        atlas.fill(&canvas, at: layout.map, raster: raster, clip: ScreenLayout.region) { o in
            if o == selectedCountry { return .selected }
            if o == origin { return .origin }
            return story.countryRoute[Int(o)] >= 0 ? .selectable : .land
        }
        DMZLine.draw(into: &canvas, layout: layout, projection: raster.projection, segments: atlas.dmz)
        let names = MarkerLayer.draw(into: &canvas, layout: layout, projection: raster.projection,
                                     zoom: atlas.zoomFactor(state), markers: atlas.markers)
        if story.routes.indices.contains(state.selected) {
            drawRoute(into: &canvas, path: story.path(of: story.routes[state.selected]), layout: layout,
                      projection: raster.projection, glyphs: g, dots: atlas.charset.usesDots)
        }
        LabelPlacer.draw(atlas.labels(for: state, extra: names), into: &canvas)
    }

    /// The route as a straight line from waypoint to waypoint (Bresenham), with its stops marked.
    static func drawRoute(into canvas: inout Canvas, path: [GeoPoint], layout: ScreenLayout, projection: Projection,
                          glyphs g: Charset.Glyphs, dots: Bool = false) {
        let m = layout.map
        let cells = path.map { p -> (Int, Int) in
            let (x, y) = projection.project(p)
            return (m.x + Int(x.rounded(.down)), m.y + Int(y.rounded(.down)))
        }
        func plot(_ x: Int, _ y: Int, _ glyph: Unicode.Scalar, _ role: StyleRole) {
            guard m.contains(x: x, y: y) else { return }
            canvas.put(x: x, y: y, glyph, role)
        }
        if dots {
            drawRouteDots(into: &canvas, path: path, layout: layout, projection: projection)
        } else {
            for k in 0..<max(0, cells.count - 1) {
                Line.cells(from: cells[k], to: cells[k + 1]) { x, y in plot(x, y, g.route, .route) }
            }
        }
        for (k, (x, y)) in cells.enumerated() {
            let glyph = k == 0 ? g.start : (k == cells.count - 1 ? g.destination : g.waypoint)
            plot(x, y, glyph, .waypoint)
        }
    }

    /// The route at braille resolution: a line of dots, eight to a cell.
    static func drawRouteDots(into canvas: inout Canvas, path: [GeoPoint], layout: ScreenLayout, projection: Projection) {
        let m = layout.map
        let fine = projection.subdivided(x: 2, y: 4)
        let points = path.map { p -> (Int, Int) in
            let (x, y) = fine.project(p)
            return (Int(x.rounded(.down)), Int(y.rounded(.down)))
        }
        var masks: [Int: UInt32] = [:]
        for k in 0..<max(0, points.count - 1) {
            Line.cells(from: points[k], to: points[k + 1], limit: 40_000) { x, y in
                guard x >= 0, y >= 0, x < m.width * 2, y < m.height * 4 else { return }
                masks[(y / 4) * m.width + x / 2, default: 0] |= GeoFill.dotBits[x % 2][y % 4]
            }
        }
        for (index, mask) in masks {
            canvas.put(x: m.x + index % m.width, y: m.y + index / m.width, Unicode.Scalar(0x2800 + mask)!, .route)
        }
    }
}
