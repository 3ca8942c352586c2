/// Which country owns each cell of the map at one size: polygons scan-line filled at the
/// cell centres (even-odd), never by testing every cell against every polygon.
public struct MapRaster: Sendable {
    /// Owner of a cell: a country index, or one of these.
    public static let sea: Int16 = -1
    public static let outside: Int16 = -2

    public let cols: Int
    public let rows: Int
    public let projection: Projection
    public private(set) var owner: [Int16]

    public init(map: WorldMap, view: GeoRect, cols: Int, rows: Int) {
        let projection = Projection(fitting: view, cols: cols, rows: rows)
        self.init(map: map, projection: projection, clip: view)
    }

    /// Fills at `projection`; cells whose centre lies outside `clip` are marked `outside`.
    public init(map: WorldMap, projection: Projection, clip: GeoRect) {
        self.projection = projection
        cols = projection.cols
        rows = projection.rows
        owner = [Int16](repeating: Self.sea, count: cols * rows)
        markOutside(clip)
        var crossings = [[Double]](repeating: [], count: rows)
        for (index, country) in map.countries.enumerated() {
            fill(country, index: Int16(index), crossings: &crossings)
        }
    }

    @inline(__always)
    public subscript(col: Int, row: Int) -> Int16 {
        guard col >= 0, col < cols, row >= 0, row < rows else { return Self.outside }
        return owner[row * cols + col]
    }

    private mutating func markOutside(_ clip: GeoRect) {
        let (left, top) = projection.project(GeoPoint(lon: clip.minLon, lat: clip.maxLat))
        let (right, bottom) = projection.project(GeoPoint(lon: clip.maxLon, lat: clip.minLat))
        for r in 0..<rows {
            let y = Double(r) + 0.5
            for c in 0..<cols {
                let x = Double(c) + 0.5
                if x < left || x > right || y < top || y > bottom { owner[r * cols + c] = Self.outside }
            }
        }
    }

    private mutating func fill(_ country: CountryShape, index: Int16, crossings: inout [[Double]]) {
        // Skip countries wholly off the block.
        let (bx0, by0) = projection.project(GeoPoint(lon: country.bounds.minLon, lat: country.bounds.maxLat))
        let (bx1, by1) = projection.project(GeoPoint(lon: country.bounds.maxLon, lat: country.bounds.minLat))
        if bx1 < 0 || by1 < 0 || bx0 > Double(cols) || by0 > Double(rows) { return }
        let rowLo = max(0, Int(by0.rounded(.down)))
        let rowHi = min(rows - 1, Int(by1.rounded(.up)))
        guard rowLo <= rowHi else { return }
        for r in rowLo...rowHi { crossings[r].removeAll(keepingCapacity: true) }

        var tiny: [(Int, Int)] = []
        for ring in country.mercatorRings {
            var px = 0.0, py = 0.0
            var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
            for (k, point) in ring.enumerated() {
                let (x, y) = projection.projectXY(lon: point.x, mercY: point.y)
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                if k > 0 && py != y {
                    // Rows whose centre (r + 0.5) lies in [min(py, y), max(py, y)).
                    let lo = min(py, y), hi = max(py, y)
                    var r = max(rowLo, Int((lo - 0.5).rounded(.up)))
                    let last = min(rowHi, Int((hi - 0.5).rounded(.up)) - 1)
                    while r <= last {
                        let yc = Double(r) + 0.5
                        crossings[r].append(px + (yc - py) * (x - px) / (y - py))
                        r += 1
                    }
                }
                px = x; py = y
            }
            // An island smaller than a cell still shows as one cell.
            if maxX - minX < 1.5 && maxY - minY < 1.5 {
                tiny.append((Int(((minX + maxX) / 2).rounded(.down)), Int(((minY + maxY) / 2).rounded(.down))))
            }
        }
        for r in rowLo...rowHi where crossings[r].count >= 2 {
            crossings[r].sort()
            let xs = crossings[r]
            var k = 0
            while k + 1 < xs.count {
                // Cells whose centre (c + 0.5) lies in [xs[k], xs[k+1]).
                let c0 = max(0, Int((xs[k] - 0.5).rounded(.up)))
                let c1 = min(cols - 1, Int((xs[k + 1] - 0.5).rounded(.up)) - 1)
                if c0 <= c1 {
                    let base = r * cols
                    for c in c0...c1 where owner[base + c] != Self.outside { owner[base + c] = index }
                }
                k += 2
            }
        }
        for (c, r) in tiny where c >= 0 && c < cols && r >= 0 && r < rows && owner[r * cols + c] == Self.sea {
            owner[r * cols + c] = index
        }
    }
}
