import AtlasContent
import AtlasGeo

/// Zooming the route map: about the selection, about the pointer, to a country, and back out.
enum Zoom {
    static let step = 1.6
    /// The closest view: about a fortieth of the region's width (the Korean DMZ, legible).
    static let maxFactor = 40.0

    /// The zoom commands of the route map.
    static func perform(_ s: inout AppState, _ command: Command, atlas: StoryIndex) {
        switch command {
        case .zoomIn:
            zoom(&s, by: step, about: focus(s, atlas))
        case .zoomOut:
            zoom(&s, by: 1 / step, about: (s.mapView ?? GeoRect.atlasRegion).center)
        case .zoomReset:
            s.mapView = nil
        case .zoomFit:
            fit(&s, country: atlas.story.routeCountry[s.selected], atlas: atlas)
            // A country as large as the region (Russia, China) is better shown by its route.
            if s.mapView == nil { fit(&s, path: atlas.story.path(of: atlas.story.routes[s.selected])) }
        default:
            break
        }
    }

    /// What "+" zooms about: the middle of the selected route (where the story is), or the
    /// country's label when the route has no places.
    static func focus(_ s: AppState, _ atlas: StoryIndex) -> GeoPoint {
        let path = atlas.story.path(of: atlas.story.routes[s.selected])
        guard !path.isEmpty else { return atlas.anchors[s.selected] }
        var bounds = GeoRect.empty
        path.forEach { bounds.include($0) }
        return bounds.center
    }

    /// Fits a path (with a margin) when it is smaller than the region.
    static func fit(_ s: inout AppState, path: [GeoPoint]) {
        guard !path.isEmpty else { return }
        var b = GeoRect.empty
        path.forEach { b.include($0) }
        let margin = max(1.0, b.lonSpan * 0.15)
        let view = GeoRect(minLon: b.minLon - margin, minLat: b.minLat - margin, maxLon: b.maxLon + margin, maxLat: b.maxLat + margin)
        let factor = GeoRect.atlasRegion.lonSpan / view.lonSpan
        guard factor > 1.0001 else { return }
        s.mapView = (factor > maxFactor ? view.zoomed(by: factor / maxFactor, about: view.center) : view).kept(inside: GeoRect.atlasRegion)
    }

    /// The wheel over the map (as the frame drew it) zooms about the point under the pointer.
    static func wheel(_ s: inout AppState, x: Int, y: Int, delta: Int, map: MapFacts?) {
        guard let map, map.rect.contains(x: x, y: y), delta != 0 else { return }
        let point = map.raster.projection.unproject(x: Double(x - map.rect.x) + 0.5, y: Double(y - map.rect.y) + 0.5)
        zoom(&s, by: delta < 0 ? step : 1 / step, about: point)
    }

    static func zoom(_ s: inout AppState, by factor: Double, about point: GeoPoint) {
        let region = GeoRect.atlasRegion
        let current = s.mapView ?? region
        let now = region.lonSpan / current.lonSpan
        let target = min(maxFactor, now * factor)
        if target <= 1.0001 {
            s.mapView = nil
            return
        }
        s.mapView = current.zoomed(by: target / now, about: point).kept(inside: region)
    }

    /// Zooms so the country fills the map, with a margin; the whole region for the largest.
    static func fit(_ s: inout AppState, country: Int, atlas: StoryIndex) {
        guard atlas.story.map.countries.indices.contains(country) else { return }
        let region = GeoRect.atlasRegion
        let b = atlas.story.map.countries[country].bounds
        let clipped = GeoRect(minLon: max(b.minLon, region.minLon), minLat: max(b.minLat, region.minLat),
                              maxLon: min(b.maxLon, region.maxLon), maxLat: min(b.maxLat, region.maxLat))
        let margin = max(0.3, clipped.lonSpan * 0.1)
        let view = GeoRect(minLon: clipped.minLon - margin, minLat: clipped.minLat - margin,
                           maxLon: clipped.maxLon + margin, maxLat: clipped.maxLat + margin)
        let factor = region.lonSpan / view.lonSpan
        s.mapView = factor <= 1.0001 ? nil : (factor > maxFactor ? view.zoomed(by: factor / maxFactor, about: view.center) : view)
    }
}
