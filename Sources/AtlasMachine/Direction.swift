import AtlasContent
import AtlasGeo
import Foundation

public enum Direction: Hashable, Sendable {
    case up, down, left, right

    var vector: (dx: Double, dy: Double) {
        switch self {
        case .up: (0, 1)
        case .down: (0, -1)
        case .left: (-1, 0)
        case .right: (1, 0)
        }
    }
}

/// Finds the nearest route country in a direction, from the countries' label points in
/// projected (Mercator) degrees, so the answer does not change with the terminal's size.
public enum Navigator {
    public static func next(from current: Int, _ direction: Direction, anchors: [GeoPoint]) -> Int? {
        guard anchors.indices.contains(current) else { return nil }
        let from = anchors[current]
        let fx = from.lon, fy = Projection.mercatorY(from.lat)
        let (dx, dy) = direction.vector
        var best: (index: Int, score: Double)?
        for (i, p) in anchors.enumerated() where i != current {
            let vx = p.lon - fx, vy = Projection.mercatorY(p.lat) - fy
            let along = vx * dx + vy * dy
            guard along > 0 else { continue }
            let across = abs(vx * dy - vy * dx)
            // Within 60 degrees either side of the direction; sideways distance counts double.
            guard across <= along * 1.74 else { continue }
            let score = along + 2 * across
            if best == nil || score < best!.score { best = (i, score) }
        }
        return best?.index
    }
}
