extension GeoRect {
    /// The region the map shows when not zoomed: every route, from Thailand to Japan.
    public static let atlasRegion = GeoRect(minLon: 89, minLat: 1, maxLon: 150, maxLat: 55)
    /// North Korea alone, for the camps chapter.
    public static let northKorea = GeoRect(minLon: 124.0, minLat: 37.6, maxLon: 130.8, maxLat: 43.1)
}
