import AtlasContent
import AtlasGeo
import AtlasMachine

/// Hit regions more than one chapter draws.
enum HitRegions {
    /// A list's rows in a sidebar, then the sidebar itself, which answers no click elsewhere.
    static func list(_ sidebar: Rect?, firstRow: Int, count: Int, _ target: (Int) -> HitTarget) -> [HitRegion] {
        guard let sidebar else { return [] }
        let rows = (0..<count).compactMap { i -> HitRegion? in
            let y = sidebar.y + firstRow + i
            return y < sidebar.maxY ? HitRegion(Rect(x: sidebar.x, y: y, width: sidebar.width, height: 1), target(i)) : nil
        }
        return rows + [HitRegion(sidebar, .inert)]
    }
}
