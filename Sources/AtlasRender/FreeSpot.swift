import AtlasContent
import AtlasGeo
import AtlasMachine

/// Where a one-row label goes on a map: the first of its candidate spots that lies inside the
/// map and clear of what is already placed. The one placement rule for country names, place
/// names, camp markers and host countries; callers place the selected item first.
enum FreeSpot {
    /// The first `spots` offset from (`x`, `y`) where `width` cells fit inside `bounds`, clear of
    /// `taken` with `pad` free cells either side, and clear of `avoid`.
    static func find(x: Int, y: Int, width: Int, spots: [(Int, Int)], bounds: Rect, taken: [Rect], pad: Int = 1,
                     avoid: [Rect] = []) -> Rect? {
        for (dx, dy) in spots {
            let box = Rect(x: x + dx, y: y + dy, width: width, height: 1)
            guard box.x >= bounds.x, box.maxX <= bounds.maxX, box.y >= bounds.y, box.maxY <= bounds.maxY else { continue }
            let padded = Rect(x: box.x - pad, y: box.y, width: box.width + 2 * pad, height: 1)
            if taken.contains(where: { $0.intersects(padded) }) || avoid.contains(where: { $0.intersects(box) }) { continue }
            return box
        }
        return nil
    }

    /// `0..<count` with `selected` moved to the front, so the selection always gets its spot.
    static func selectedFirst(_ count: Int, _ selected: Int) -> [Int] {
        var order = Array(0..<count)
        if order.indices.contains(selected) { order.remove(at: selected); order.insert(selected, at: 0) }
        return order
    }
}
