import AtlasContent
import AtlasGeo
import AtlasMachine

/// The kiosk's notice when a visitor goes quiet: any key keeps their place.
enum StillThereWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, secondsLeft: Int, glyphs g: Charset.Glyphs,
                     _ t: Strings) {
        let lines = [t[.keepExploring], t(secondsLeft == 1 ? .startingOverOne : .startingOverMany, ["n": "\(secondsLeft)"])]
        let w = min(layout.width - 2, 44)
        let h = lines.count + 4
        let rect = Rect(x: (layout.width - w) / 2, y: max(1, (layout.height - h) / 2), width: w, height: h)
        BoxWidget.draw(into: &canvas, rect: rect, title: t[.stillThereTitle], role: .panel, border: .panelBorder,
                       titleRole: .panelTitle, glyphs: g)
        for (i, line) in lines.enumerated() {
            let x = rect.x + max(2, (w - CharWidth.of(line)) / 2)
            canvas.text(x: x, y: rect.y + 2 + i, line, i == 1 ? .chartSelected : .panel, maxWidth: w - 4)
        }
    }
}
