/// Zooming a map view in Mercator space, so the same factor looks the same at every latitude.
extension GeoRect {
    public var center: GeoPoint {
        GeoPoint(lon: (minLon + maxLon) / 2,
                 lat: Projection.latitude(mercatorY: (Projection.mercatorY(minLat) + Projection.mercatorY(maxLat)) / 2))
    }

    public var lonSpan: Double { maxLon - minLon }

    /// This view scaled by 1/`factor` about `point` (which keeps its place on screen).
    public func zoomed(by factor: Double, about point: GeoPoint) -> GeoRect {
        let px = point.lon, py = Projection.mercatorY(point.lat)
        let y0 = Projection.mercatorY(minLat), y1 = Projection.mercatorY(maxLat)
        func scale(_ v: Double, _ c: Double) -> Double { c + (v - c) / factor }
        return GeoRect(minLon: scale(minLon, px), minLat: Projection.latitude(mercatorY: scale(y0, py)),
                       maxLon: scale(maxLon, px), maxLat: Projection.latitude(mercatorY: scale(y1, py)))
    }

    /// The same view moved so it stays inside `bounds` where it fits.
    public func kept(inside bounds: GeoRect) -> GeoRect {
        var r = self
        if r.lonSpan < bounds.lonSpan {
            if r.minLon < bounds.minLon { r.maxLon += bounds.minLon - r.minLon; r.minLon = bounds.minLon }
            if r.maxLon > bounds.maxLon { r.minLon -= r.maxLon - bounds.maxLon; r.maxLon = bounds.maxLon }
        }
        if r.maxLat - r.minLat < bounds.maxLat - bounds.minLat {
            if r.minLat < bounds.minLat { r.maxLat += bounds.minLat - r.minLat; r.minLat = bounds.minLat }
            if r.maxLat > bounds.maxLat { r.minLat -= r.maxLat - bounds.maxLat; r.maxLat = bounds.maxLat }
        }
        return r
    }
}
