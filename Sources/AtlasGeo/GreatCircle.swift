import Foundation

/// Distances over the Earth's surface (a sphere of mean radius 6,371 km).
public enum GreatCircle {
    public static let earthRadiusKm = 6371.0

    /// The great-circle ("straight line") distance between two points, by the haversine formula.
    public static func km(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.lat * rad) * cos(b.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h)))
    }

    /// The length of a path of great-circle legs.
    public static func km(along path: [GeoPoint]) -> Double {
        zip(path, path.dropFirst()).reduce(0) { $0 + km($1.0, $1.1) }
    }
}
