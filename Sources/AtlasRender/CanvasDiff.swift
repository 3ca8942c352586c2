/// One cell to write to a screen: where, and what.
public struct CanvasChange: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension Canvas {
    /// The cells to write so that a screen showing `previous` shows this canvas: every cell when
    /// there is no previous canvas or it had another size, otherwise only the cells that differ.
    /// The second half of a wide character is never written: writing the character covers it.
    public func diff(from previous: Canvas?) -> [CanvasChange] {
        let old = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var changes: [CanvasChange] = []
        changes.reserveCapacity(old == nil ? cells.count : 64)
        for y in 0..<height {
            let row = y * width
            for x in 0..<width {
                let cell = cells[row + x]
                if cell.width == 0 { continue }
                if let old, old.cells[row + x] == cell { continue }
                changes.append(CanvasChange(x: x, y: y, cell: cell))
            }
        }
        return changes
    }

    /// Whether a screen showing `previous` must be cleared before this canvas is written over it.
    public func needsClear(after previous: Canvas?) -> Bool {
        previous?.width != width || previous?.height != height
    }
}
