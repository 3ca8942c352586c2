import AtlasContent
import AtlasGeo
import AtlasMachine

/// One terminal cell: a character and what it means. A wide character fills two cells; the
/// second is a placeholder with `width == 0`.
public struct Cell: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var role: StyleRole
    public var width: UInt8
    /// For a half-block cell, the role whose colour fills the background half; nil otherwise.
    public var back: StyleRole?

    public init(_ scalar: Unicode.Scalar, _ role: StyleRole, width: UInt8 = 1, back: StyleRole? = nil) {
        self.scalar = scalar
        self.role = role
        self.width = width
        self.back = back
    }
    public static let blank = Cell(" ", .background)
}

/// The grid everything draws into. What a click lands on is not kept here but in the frame's
/// facts (hit regions and the map's owner raster).
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = [Cell](repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Puts one character; a wide one takes the next cell too, and never half-fits at the edge.
    public mutating func put(x: Int, y: Int, _ scalar: Unicode.Scalar, _ role: StyleRole) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        let w = CharWidth.of(scalar)
        if w == 0 { return }
        if w == 2 && x + 1 >= width { return }
        clearWide(x: x, y: y)
        cells[y * width + x] = Cell(scalar, role, width: UInt8(w))
        if w == 2 {
            clearWide(x: x + 1, y: y)
            cells[y * width + x + 1] = Cell(" ", role, width: 0)
        }
    }

    /// Keeps wide characters whole: overwriting either half of one blanks the other half.
    private mutating func clearWide(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].width == 0, x > 0 { cells[i - 1] = Cell(" ", cells[i - 1].role) }
        if cells[i].width == 2, x + 1 < width { cells[i + 1] = Cell(" ", cells[i + 1].role) }
    }

    /// Puts a half-block: `scalar` (▀ or ▄) in the colour of `role`, the rest in the colour of `back`.
    public mutating func putHalf(x: Int, y: Int, _ scalar: Unicode.Scalar, _ role: StyleRole, back: StyleRole) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        clearWide(x: x, y: y)
        cells[y * width + x] = Cell(scalar, role, width: 1, back: back)
    }

    /// Changes only the role of a cell (a highlight over what is drawn).
    public mutating func restyle(x: Int, y: Int, _ role: StyleRole) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        cells[y * width + x].role = role
    }

    /// Writes `text` from (x, y) and returns the columns used, stopping at `maxWidth` columns.
    @discardableResult
    public mutating func text(x: Int, y: Int, _ text: some StringProtocol, _ role: StyleRole, maxWidth: Int? = nil) -> Int {
        let limit = min(maxWidth ?? width - x, width - x)
        var col = 0
        for s in text.unicodeScalars {
            let w = CharWidth.of(s)
            if w == 0 { continue }
            if col + w > limit { break }
            put(x: x + col, y: y, s, role)
            col += w
        }
        return col
    }

    /// Fills a rectangle.
    public mutating func fill(_ rect: Rect, _ scalar: Unicode.Scalar = " ", _ role: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                put(x: x, y: y, scalar, role)
            }
        }
    }

    /// The screen as text, one string per row; placeholders of wide characters are skipped.
    public func lines() -> [String] {
        (0..<height).map { y in
            var bytes: [UInt8] = []
            appendUTF8(row: y, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The screen as one text block, trailing spaces kept so every row has the full width.
    public var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(height * (width + 1))
        for y in 0..<height {
            if y > 0 { bytes.append(0x0A) }
            appendUTF8(row: y, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A row's scalars as UTF-8, straight into bytes: cheaper than appending them to a string
    /// one by one, which grows and checks the string at every scalar.
    private func appendUTF8(row y: Int, to bytes: inout [UInt8]) {
        for cell in cells[y * width..<(y + 1) * width] where cell.width != 0 {
            UTF8.encode(cell.scalar) { bytes.append($0) }
        }
    }
}
