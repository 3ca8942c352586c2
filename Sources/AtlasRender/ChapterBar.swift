import AtlasContent
import AtlasGeo
import AtlasMachine

/// The top row: every chapter by number, the current one highlighted. On a narrow screen only
/// the current chapter is named.
public enum ChapterBar {
    /// The text and column span of each chapter's tab.
    static func tabs(width: Int, current: Chapter) -> [(chapter: Chapter, text: String, x: Int)] {
        func build(full: Bool) -> [(Chapter, String, Int)] {
            var x = 1
            var out: [(Chapter, String, Int)] = []
            for c in Chapter.allCases {
                let text = full || c == current ? " \(c.rawValue) \(c.name) " : " \(c.rawValue) "
                out.append((c, text, x))
                x += CharWidth.of(text)
            }
            return out
        }
        let full = build(full: true)
        if let last = full.last, last.2 + CharWidth.of(last.1) <= width { return full.map { ($0.0, $0.1, $0.2) } }
        return build(full: false).map { ($0.0, $0.1, $0.2) }
    }

    static func draw(into canvas: inout Canvas, width: Int, current: Chapter) {
        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), " ", .title)
        for tab in tabs(width: width, current: current) {
            canvas.text(x: tab.x, y: 0, tab.text, tab.chapter == current ? .chapterCurrent : .title)
        }
    }

    /// The chapter whose tab is at column `x`.
    public static func chapter(atX x: Int, width: Int, current: Chapter) -> Chapter? {
        tabs(width: width, current: current).first { x >= $0.x && x < $0.x + CharWidth.of($0.text) }?.chapter
    }
}
