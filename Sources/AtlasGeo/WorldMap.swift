/// A point on the globe in degrees.
public struct GeoPoint: Sendable, Equatable, Hashable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}

/// A rectangle in longitude and latitude.
public struct GeoRect: Sendable, Hashable {
    public var minLon, minLat, maxLon, maxLat: Double
    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }
    public static let empty = GeoRect(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)
    public mutating func include(_ p: GeoPoint) {
        minLon = min(minLon, p.lon); maxLon = max(maxLon, p.lon)
        minLat = min(minLat, p.lat); maxLat = max(maxLat, p.lat)
    }
}

/// One country of the map asset: its rings (outer rings and holes, filled even-odd).
public struct CountryShape: Sendable {
    public var iso: String
    public var name: String
    public var label: GeoPoint
    public var rings: [[GeoPoint]]
    public var bounds: GeoRect
    /// The country's name in other editions, by language code ("ko": "몽골").
    public var names: [String: String]
    /// The rings with each latitude already turned into a Mercator northing (x: longitude,
    /// y: northing), so filling at any size or zoom costs no trigonometry.
    public let mercatorRings: [[(x: Double, y: Double)]]

    public init(iso: String, name: String, label: GeoPoint, rings: [[GeoPoint]], bounds: GeoRect,
                names: [String: String] = [:]) {
        self.init(iso: iso, name: name, label: label, rings: rings,
                  mercatorRings: rings.map { ring in ring.map { (x: $0.lon, y: Projection.mercatorY($0.lat)) } },
                  bounds: bounds, names: names)
    }

    /// A shape whose Mercator rings were worked out before (the compiled story carries them, so
    /// reading it costs no trigonometry): one for each of `rings`, as long, with the same longitudes.
    public init(iso: String, name: String, label: GeoPoint, rings: [[GeoPoint]], mercatorRings: [[(x: Double, y: Double)]],
                bounds: GeoRect, names: [String: String] = [:]) {
        self.iso = iso
        self.name = name
        self.names = names
        self.label = label
        self.rings = rings
        self.bounds = bounds
        self.mercatorRings = mercatorRings
    }
}

/// A stretch of border between two countries (`b` empty for a coastline).
public struct BorderArc: Sendable {
    public var a: String
    public var b: String
    public var points: [GeoPoint]

    public init(a: String, b: String, points: [GeoPoint]) {
        self.a = a
        self.b = b
        self.points = points
    }
}

/// The map asset: country polygons and the border arcs they share.
public struct WorldMap: Sendable {
    public var countries: [CountryShape]
    public var borders: [BorderArc]
    public var bounds: GeoRect
    private var indexByCode: [String: Int]

    public init(countries: [CountryShape], borders: [BorderArc]) {
        self.countries = countries
        self.borders = borders
        var bounds = GeoRect.empty
        var index: [String: Int] = [:]
        for (i, c) in countries.enumerated() {
            index[c.iso] = i
            bounds.include(GeoPoint(lon: c.bounds.minLon, lat: c.bounds.minLat))
            bounds.include(GeoPoint(lon: c.bounds.maxLon, lat: c.bounds.maxLat))
        }
        self.bounds = bounds
        self.indexByCode = index
    }

    public func countryIndex(of code: String) -> Int? { indexByCode[code] }
}
