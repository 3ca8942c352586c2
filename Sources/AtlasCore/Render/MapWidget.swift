/// The map: countries filled by role, borders between them, the selected route drawn over
/// them, and labels placed where they do not collide.
enum MapWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, raster: MapRaster, atlas: Atlas, state: AppState) {
        let g = atlas.charset.glyphs
        let story = atlas.story
        let origin = atlas.originIndex.map(Int16.init) ?? -9
        let selectedCountry: Int16 = story.routes.indices.contains(state.selected)
            ? Int16(story.routeCountry[state.selected]) : -9
        GeoFill.draw(into: &canvas, at: layout.map, raster: raster, glyphs: g) { o in
            if o == selectedCountry { return .selected }
            if o == origin { return .origin }
            return story.countryRoute[Int(o)] >= 0 ? .selectable : .land
        }
        if story.routes.indices.contains(state.selected) {
            drawRoute(into: &canvas, path: story.path(of: story.routes[state.selected]), layout: layout,
                      projection: raster.projection, glyphs: g)
        }
        LabelPlacer.draw(atlas.labels(for: state), into: &canvas)
    }

    /// The route as a straight line from waypoint to waypoint (Bresenham), with its stops marked.
    static func drawRoute(into canvas: inout Canvas, path: [GeoPoint], layout: ScreenLayout, projection: Projection,
                          glyphs g: Charset.Glyphs) {
        let m = layout.map
        let cells = path.map { p -> (Int, Int) in
            let (x, y) = projection.project(p)
            return (m.x + Int(x.rounded(.down)), m.y + Int(y.rounded(.down)))
        }
        func plot(_ x: Int, _ y: Int, _ glyph: Unicode.Scalar, _ role: StyleRole) {
            guard m.contains(x: x, y: y) else { return }
            canvas.put(x: x, y: y, glyph, role)
        }
        for k in 0..<max(0, cells.count - 1) {
            var (x0, y0) = cells[k]
            let (x1, y1) = cells[k + 1]
            let dx = abs(x1 - x0), dy = -abs(y1 - y0)
            let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
            var err = dx + dy
            var steps = 0
            while steps < 10_000 {
                plot(x0, y0, g.route, .route)
                if x0 == x1 && y0 == y1 { break }
                let e2 = 2 * err
                if e2 >= dy { err += dy; x0 += sx }
                if e2 <= dx { err += dx; y0 += sy }
                steps += 1
            }
        }
        for (k, (x, y)) in cells.enumerated() {
            let glyph = k == 0 ? g.start : (k == cells.count - 1 ? g.destination : g.waypoint)
            plot(x, y, glyph, .waypoint)
        }
    }
}
