import AtlasGeo

/// A country's rings, small and ready to draw. The map's coordinates are given to thousandths
/// of a degree, so each is written as whole thousandths, as the difference from the point
/// before (a byte or two as a varint instead of eight). Exact: a whole number of thousandths
/// divided by 1000 is the double nearest the decimal, the one a parser reads from the GeoJSON.
/// A shape with any finer coordinate is written as plain doubles instead. Each ring's Mercator
/// northings follow it, worked out at build time, so reading costs no trigonometry.
enum RingCoding {
    static func write(_ shape: CountryShape, to w: inout BinaryWriter) {
        let exact = shape.rings.joined().allSatisfy { thousandths($0.lon) != nil && thousandths($0.lat) != nil }
        w.bool(exact)
        w.int(shape.rings.count)
        for (ring, mercator) in zip(shape.rings, shape.mercatorRings) {
            w.int(ring.count)
            if exact {
                var last = (lon: 0, lat: 0)
                for p in ring {
                    let now = (lon: thousandths(p.lon)!, lat: thousandths(p.lat)!)
                    w.int(now.lon - last.lon)
                    w.int(now.lat - last.lat)
                    last = now
                }
            } else {
                for p in ring { w.double(p.lon); w.double(p.lat) }
            }
            for m in mercator { w.double(m.y) }
        }
    }

    /// The rings and their Mercator rings, as `write` wrote them.
    static func read(from r: inout BinaryReader) throws(CompiledStoryError)
        -> (rings: [[GeoPoint]], mercator: [[(x: Double, y: Double)]]) {
        let exact = try r.bool()
        let count = try r.count()
        var rings: [[GeoPoint]] = [], mercator: [[(x: Double, y: Double)]] = []
        rings.reserveCapacity(count)
        mercator.reserveCapacity(count)
        for _ in 0..<count {
            let n = try r.count()
            var ring: [GeoPoint] = []
            ring.reserveCapacity(n)
            var lon = 0, lat = 0
            for _ in 0..<n {
                if exact {
                    lon = try step(lon, by: r.int())
                    lat = try step(lat, by: r.int())
                    ring.append(GeoPoint(lon: Double(lon) / 1000, lat: Double(lat) / 1000))
                } else {
                    ring.append(GeoPoint(lon: try r.double(), lat: try r.double()))
                }
            }
            var northings: [(x: Double, y: Double)] = []
            northings.reserveCapacity(n)
            for p in ring { northings.append((x: p.lon, y: try r.double())) }
            rings.append(ring)
            mercator.append(northings)
        }
        return (rings, mercator)
    }

    /// A coordinate moved by a difference read from the bytes; broken bytes cannot overflow it.
    private static func step(_ v: Int, by d: Int) throws(CompiledStoryError) -> Int {
        let (sum, overflow) = v.addingReportingOverflow(d)
        guard !overflow, abs(sum) < limit else { throw CompiledStoryError(description: "a country's point is out of range") }
        return sum
    }

    /// Thousandths of a degree beyond any coordinate the writer codes.
    private static let limit = 1_000_000_000_000

    /// `v` in whole thousandths, when that is exactly what it is (to the bit: -0 is written
    /// as a double).
    private static func thousandths(_ v: Double) -> Int? {
        guard v.isFinite, abs(v) < 1e9 else { return nil }
        let n = Int((v * 1000).rounded())
        return (Double(n) / 1000).bitPattern == v.bitPattern ? n : nil
    }
}
