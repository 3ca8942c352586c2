import Foundation

/// Web-Mercator-style projection of a geographic view onto a block of terminal cells,
/// correcting for cells being about twice as tall as they are wide.
public struct Projection: Sendable, Hashable {
    /// Terminal cells are roughly this many times taller than wide.
    public static let cellAspect = 2.0

    /// The cells the map occupies.
    public let cols: Int
    public let rows: Int
    /// Cells per projected degree, horizontally.
    public let scale: Double
    /// The projected point at the centre of the block.
    public let centerX: Double
    public let centerY: Double
    /// Height of one unit of `rows` over the width of one unit of `cols` (2 for cells).
    public let aspect: Double

    /// Fits `view` inside `cols`×`rows` cells, as large as it goes, centred.
    public init(fitting view: GeoRect, cols: Int, rows: Int) {
        self.cols = max(cols, 1)
        self.rows = max(rows, 1)
        let x0 = view.minLon, x1 = view.maxLon
        let y0 = Self.mercatorY(view.minLat), y1 = Self.mercatorY(view.maxLat)
        let sx = Double(self.cols) / max(x1 - x0, 1e-9)
        let sy = Double(self.rows) * Self.cellAspect / max(y1 - y0, 1e-9)
        scale = min(sx, sy)
        centerX = (x0 + x1) / 2
        centerY = (y0 + y1) / 2
        aspect = Self.cellAspect
    }

    private init(cols: Int, rows: Int, scale: Double, centerX: Double, centerY: Double, aspect: Double) {
        self.cols = cols
        self.rows = rows
        self.scale = scale
        self.centerX = centerX
        self.centerY = centerY
        self.aspect = aspect
    }

    /// The same view on a grid `x` times finer across and `y` times finer down: braille dots
    /// are a 2×4 grid in each cell.
    public func subdivided(x: Int, y: Int) -> Projection {
        Projection(cols: cols * x, rows: rows * y, scale: scale * Double(x), centerX: centerX, centerY: centerY,
                   aspect: aspect * Double(x) / Double(y))
    }

    /// Mercator northing in degree units.
    @inline(__always)
    public static func mercatorY(_ lat: Double) -> Double {
        let clamped = max(-85, min(85, lat))
        return log(tan(.pi / 4 + clamped * .pi / 360)) * 180 / .pi
    }

    /// Cell-space coordinates (fractional; the cell (c, r) spans c..<c+1, r..<r+1).
    @inline(__always)
    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        projectXY(lon: p.lon, mercY: Self.mercatorY(p.lat))
    }

    @inline(__always)
    public func projectXY(lon: Double, mercY: Double) -> (x: Double, y: Double) {
        (Double(cols) / 2 + (lon - centerX) * scale,
         Double(rows) / 2 - (mercY - centerY) * scale / aspect)
    }

    /// The geographic point at cell-space coordinates (the inverse of `project`).
    public func unproject(x: Double, y: Double) -> GeoPoint {
        let lon = centerX + (x - Double(cols) / 2) / scale
        let mercY = centerY - (y - Double(rows) / 2) * aspect / scale
        return GeoPoint(lon: lon, lat: Self.latitude(mercatorY: mercY))
    }

    /// The latitude of a Mercator northing in degree units.
    public static func latitude(mercatorY y: Double) -> Double {
        (2 * atan(exp(y * .pi / 180)) - .pi / 2) * 180 / .pi
    }

    /// The cell holding `p`, or nil when it falls outside the block.
    public func cell(_ p: GeoPoint) -> (col: Int, row: Int)? {
        let (x, y) = project(p)
        let c = Int(floor(x)), r = Int(floor(y))
        guard c >= 0, c < cols, r >= 0, r < rows else { return nil }
        return (c, r)
    }

    /// How many columns the view really needs at this scale (less than `cols` when height-bound).
    public func usedWidth(of view: GeoRect) -> Int {
        Int(((view.maxLon - view.minLon) * scale).rounded(.up))
    }
}
