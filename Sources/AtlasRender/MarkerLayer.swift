import AtlasContent
import AtlasGeo
import AtlasMachine

/// Places marked on the route map: the capitals and Dandong always, South Korea's missions and
/// the border crossings as the map is zoomed in, each with a name where there is room.
enum MarkerLayer {
    struct Marker {
        var place: Place
        var glyph: Unicode.Scalar
        var label: String
        /// The zoom factor from which the marker shows, and from which its name does.
        var showFrom: Double
        var nameFrom: Double
    }

    static func markers(_ story: Story, glyphs g: Charset.Glyphs) -> [Marker] {
        var out: [Marker] = []
        for place in story.places {
            switch place.marker {
            case .city?: out.append(Marker(place: place, glyph: g.city, label: place.label, showFrom: 1, nameFrom: 1))
            case .mission?: out.append(Marker(place: place, glyph: g.mission, label: place.label, showFrom: 1, nameFrom: 2.5))
            case .crossing?: out.append(Marker(place: place, glyph: g.crossing, label: place.label, showFrom: 3, nameFrom: 4))
            case nil: break
            }
        }
        return out
    }

    /// Draws the markers that show at this zoom, and returns the names to place as labels. City
    /// names need a map at least 70 columns wide when not zoomed, or they crowd each other.
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, projection: Projection, zoom: Double,
                     markers: [Marker]) -> [(text: String, point: GeoPoint)] {
        var names: [(String, GeoPoint)] = []
        let roomy = Double(layout.map.width) * zoom >= 70
        for m in markers where zoom >= m.showFrom {
            guard let cell = projection.cell(m.place.point) else { continue }
            canvas.put(x: layout.map.x + cell.col, y: layout.map.y + cell.row, m.glyph, .marker)
            if zoom >= m.nameFrom && roomy { names.append((m.label, m.place.point)) }
        }
        return names
    }
}

/// The Demilitarized Zone's line: the stretch of border North and South Korea share on the map.
enum DMZLine {
    /// The KP–KR border as segments, from the edges both countries' rings have in common (the
    /// map asset keeps shared borders identical in both neighbours).
    static func segments(_ map: WorldMap) -> [(GeoPoint, GeoPoint)] {
        guard let kp = map.countryIndex(of: "KP"), let kr = map.countryIndex(of: "KR") else { return [] }
        struct Edge: Hashable { var a: GeoPoint; var b: GeoPoint }
        var southern: Set<Edge> = []
        for ring in map.countries[kr].rings {
            for (a, b) in zip(ring, ring.dropFirst()) { southern.insert(Edge(a: a, b: b)); southern.insert(Edge(a: b, b: a)) }
        }
        var out: [(GeoPoint, GeoPoint)] = []
        for ring in map.countries[kp].rings {
            for (a, b) in zip(ring, ring.dropFirst()) where southern.contains(Edge(a: a, b: b)) { out.append((a, b)) }
        }
        return out
    }

    static func draw(into canvas: inout Canvas, layout: ScreenLayout, projection: Projection, segments: [(GeoPoint, GeoPoint)]) {
        let m = layout.map
        for (a, b) in segments {
            let (ax, ay) = projection.project(a), (bx, by) = projection.project(b)
            Line.cells(from: (Int(ax.rounded(.down)), Int(ay.rounded(.down))), to: (Int(bx.rounded(.down)), Int(by.rounded(.down)))) { x, y in
                if x >= 0, y >= 0, x < m.width, y < m.height { canvas.put(x: m.x + x, y: m.y + y, "=", .dmz) }
            }
        }
    }
}

/// Bresenham's line between two cells, inclusive.
enum Line {
    static func cells(from a: (Int, Int), to b: (Int, Int), limit: Int = 10_000, _ visit: (Int, Int) -> Void) {
        var (x0, y0) = a
        let (x1, y1) = b
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        for _ in 0..<limit {
            visit(x0, y0)
            if x0 == x1 && y0 == y1 { return }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += sx }
            if e2 <= dx { err += dx; y0 += sy }
        }
    }
}
