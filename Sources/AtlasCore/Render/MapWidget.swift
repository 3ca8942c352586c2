/// The map: countries filled by role, borders between them, the selected route drawn over
/// them, and labels placed where they do not collide.
enum MapWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, raster: MapRaster, atlas: Atlas, state: AppState) {
        let g = atlas.charset.glyphs
        let story = atlas.story
        let origin = atlas.originIndex.map(Int16.init) ?? -9
        let selectedCountry: Int16 = story.routes.indices.contains(state.selected)
            ? Int16(story.routeCountry[state.selected]) : -9
        let m = layout.map
        for r in 0..<raster.rows {
            for c in 0..<raster.cols {
                let o = raster[c, r]
                let x = m.x + c, y = m.y + r
                switch o {
                case MapRaster.outside:
                    canvas.put(x: x, y: y, " ", .background)
                    continue
                case MapRaster.sea:
                    canvas.put(x: x, y: y, g.sea, .sea)
                    continue
                default:
                    break
                }
                canvas.setOwner(x: x, y: y, o)
                let right = raster[c + 1, r], below = raster[c, r + 1]
                let vertical = right >= 0 && right != o
                let horizontal = below >= 0 && below != o
                if vertical || horizontal {
                    canvas.put(x: x, y: y, vertical && horizontal ? g.borderX : (vertical ? g.borderV : g.borderH), .border)
                    continue
                }
                if o == selectedCountry {
                    canvas.put(x: x, y: y, g.selected, .selected)
                } else if o == origin {
                    canvas.put(x: x, y: y, g.origin, .origin)
                } else if story.countryRoute[Int(o)] >= 0 {
                    canvas.put(x: x, y: y, g.selectable, .selectable)
                } else {
                    canvas.put(x: x, y: y, g.land, .land)
                }
            }
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
