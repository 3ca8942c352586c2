import AtlasContent
import AtlasGeo
import AtlasMachine

/// The top row: every chapter by number, the current one highlighted. On a narrow screen only
/// the current chapter is named.
public enum ChapterBar {
    /// The text and column span of each chapter's tab.
    static func tabs(width: Int, current: Chapter, book: ChapterBook) -> [(chapter: Chapter, text: String, x: Int)] {
        func build(full: Bool) -> [(Chapter, String, Int)] {
            var x = 1
            var out: [(Chapter, String, Int)] = []
            for (i, screen) in book.screens.enumerated() {
                let c = screen.chapter
                let text = full || c == current ? " \(i + 1) \(screen.name(book)) " : " \(i + 1) "
                out.append((c, text, x))
                x += CharWidth.of(text)
            }
            return out
        }
        let full = build(full: true)
        if let last = full.last, last.2 + CharWidth.of(last.1) <= width { return full.map { ($0.0, $0.1, $0.2) } }
        return build(full: false).map { ($0.0, $0.1, $0.2) }
    }

    static func draw(into canvas: inout Canvas, width: Int, current: Chapter, book: ChapterBook) {
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), " ", .title)
        for tab in tabs(width: width, current: current, book: book) {
            canvas.text(x: tab.x, y: 0, tab.text, tab.chapter == current ? .chapterCurrent : .title)
        }
    }
}
