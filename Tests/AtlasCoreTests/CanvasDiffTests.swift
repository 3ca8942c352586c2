import AtlasCore
import Testing

/// The screen diff every face writes from: all cells the first time, then only what changed.
@Suite struct CanvasDiffTests {
    func canvas(_ text: String, width: Int = 6) -> Canvas {
        var c = Canvas(width: width, height: 1)
        c.text(x: 0, y: 0, text, .label)
        return c
    }

    @Test func withNothingShownEveryCellIsWritten() {
        #expect(canvas("abc").diff(from: nil).count == 6)
        #expect(canvas("abc").needsClear(after: nil))
    }

    @Test func anotherSizeIsWrittenWhole() {
        let changes = canvas("abc").diff(from: canvas("abc", width: 5))
        #expect(changes.count == 6)
        #expect(canvas("abc").needsClear(after: canvas("abc", width: 5)))
        #expect(!canvas("abc").needsClear(after: canvas("xyz")))
    }

    @Test func onlyChangedCellsAreWritten() {
        let changes = canvas("abc").diff(from: canvas("abd"))
        #expect(changes == [CanvasChange(x: 2, y: 0, cell: Cell("c", .label))])
        #expect(canvas("abc").diff(from: canvas("abc")).isEmpty)
        var restyled = canvas("abc")
        restyled.restyle(x: 0, y: 0, .labelSelected)
        #expect(restyled.diff(from: canvas("abc")).map(\.x) == [0])
    }

    @Test func aWideCharacterIsWrittenOnceAndWhatItCoveredComesBack() {
        let wide = canvas("a한b")
        // The syllable's second cell is never written: writing the syllable covers it.
        #expect(wide.diff(from: canvas("axyb")).map(\.x) == [1])
        // When the syllable goes, both of its cells are written again.
        #expect(canvas("axyb").diff(from: wide).map(\.x) == [1, 2])
    }
}
