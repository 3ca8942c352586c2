import AtlasGeo

/// A country's points, small: the map's coordinates are given to thousandths of a degree, so
/// each is written as whole thousandths, as the difference from the point before (a byte or
/// two as a varint instead of eight). Exact: a whole number of thousandths divided by 1000 is
/// the double nearest the decimal, the one a parser reads from the GeoJSON. A shape with any
/// finer coordinate is written as plain doubles instead.
enum RingCoding {
    static func write<S: Sequence<GeoPoint>>(_ points: S, to w: inout BinaryWriter) {
        let points = Array(points)
        let exact = points.allSatisfy { thousandths($0.lon) != nil && thousandths($0.lat) != nil }
        w.bool(exact)
        guard exact else {
            w.doubles(points.flatMap { [$0.lon, $0.lat] })
            return
        }
        var last = (lon: 0, lat: 0)
        for p in points {
            let now = (lon: thousandths(p.lon)!, lat: thousandths(p.lat)!)
            w.int(now.lon - last.lon)
            w.int(now.lat - last.lat)
            last = now
        }
    }

    static func read(_ count: Int, from r: inout BinaryReader) throws(CompiledStoryError) -> [GeoPoint] {
        guard try r.bool() else {
            let flat = try r.doubles()
            guard flat.count == 2 * count else { throw CompiledStoryError(description: "a country's rings are not whole") }
            return (0..<count).map { GeoPoint(lon: flat[2 * $0], lat: flat[2 * $0 + 1]) }
        }
        var out: [GeoPoint] = []
        out.reserveCapacity(count)
        var lon = 0, lat = 0
        for _ in 0..<count {
            lon += try r.int()
            lat += try r.int()
            out.append(GeoPoint(lon: Double(lon) / 1000, lat: Double(lat) / 1000))
        }
        return out
    }

    /// `v` in whole thousandths, when that is exactly what it is.
    private static func thousandths(_ v: Double) -> Int? {
        guard v.isFinite, abs(v) < 1e9 else { return nil }
        let n = Int((v * 1000).rounded())
        return Double(n) / 1000 == v ? n : nil
    }
}
