import AtlasContent
import AtlasGeo
import AtlasMachine

/// A country name placed on the map.
public struct PlacedLabel: Equatable, Sendable {
    public var text: String
    public var rect: Rect
    public var role: StyleRole
    public var owner: Int16
}

/// Places country names on the map: the selected country first, then the other routes, then
/// North Korea; each label goes where its box is free (of other labels and of `avoid`), or is dropped.
enum LabelPlacer {
    static func place(layout: ScreenLayout, projection: Projection, atlas: Atlas, state: AppState,
                      avoid: [Rect], extra: [(text: String, point: GeoPoint)] = []) -> [PlacedLabel] {
        let story = atlas.story
        let order = FreeSpot.selectedFirst(story.routes.count, state.selected)
        var placed: [PlacedLabel] = []
        let m = layout.map
        func place(_ text: String, at point: GeoPoint, role: StyleRole, owner: Int16, beside: Bool = false) {
            let (px, py) = projection.project(point)
            let w = CharWidth.of(text)
            let cx = m.x + Int(px.rounded(.down)) - w / 2
            let cy = m.y + Int(py.rounded(.down))
            // A place's name goes beside its marker, never over it; a country's over its middle.
            let spots = beside ? [(w / 2 + 2, 0), (-(w + 1) / 2 - 2, 0), (0, -1), (0, 1)]
                : [(0, 0), (0, -1), (0, 1), (-w / 2, 0), (w / 2, 0), (0, -2), (0, 2)]
            if let box = FreeSpot.find(x: cx, y: cy, width: w, spots: spots, bounds: m, taken: placed.map(\.rect), avoid: avoid) {
                placed.append(PlacedLabel(text: text, rect: box, role: role, owner: owner))
            }
        }
        for i in order {
            let route = story.routes[i]
            let c = story.routeCountry[i]
            let name = c >= 0 ? story.mapLabel(country: c) : route.country
            place("\(route.verdict.symbol) \(name)", at: atlas.anchors[i], role: i == state.selected ? .labelSelected : .label,
                  owner: Int16(c))
        }
        if let o = atlas.originIndex {
            let country = story.map.countries[o]
            place(story.mapLabel(country: o), at: country.label, role: .label, owner: Int16(o))
        }
        for (text, point) in extra { place(text, at: point, role: .marker, owner: -1, beside: true) }
        return placed
    }

    static func draw(_ labels: [PlacedLabel], into canvas: inout Canvas) {
        for label in labels {
            canvas.text(x: label.rect.x, y: label.rect.y, label.text, label.role)
        }
    }
}
