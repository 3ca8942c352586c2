import AtlasContent
import AtlasGeo
import AtlasMachine

/// Shown instead of the map when the terminal cannot hold it.
enum TooSmallWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, _ t: Strings) {
        let lines = [
            t(.tooSmall, ["width": "\(layout.width)", "height": "\(layout.height)"]),
            t(.tooSmallNeeds, ["width": "\(ScreenLayout.minWidth)", "height": "\(ScreenLayout.minHeight)"]),
            t[.tooSmallQuit],
        ]
        let top = max(0, (layout.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let w = CharWidth.of(line)
            canvas.text(x: max(0, (layout.width - w) / 2), y: top + i, line, i == 0 ? .warning : .status)
        }
    }
}
