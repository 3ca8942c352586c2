import AtlasContent
import AtlasGeo
import AtlasMachine

/// The key reference, over everything: the keymap's rows.
public enum HelpWidget {
    /// The keymap's rows; a locked kiosk leaves out the ones that quit.
    static func lines(kiosk: Bool, _ t: Strings) -> [(String, String)] {
        Keymap.rows.filter { !(kiosk && $0.quits) }.map { (t[$0.keys], t[$0.what]) }
    }

    static func draw(into canvas: inout Canvas, layout: ScreenLayout, glyphs g: Charset.Glyphs, kiosk: Bool = false,
                     _ t: Strings) {
        let lines = lines(kiosk: kiosk, t)
        let rect = layout.helpRect(lines: lines.count + 2)
        BoxWidget.draw(into: &canvas, rect: rect, title: t[.helpTitle], role: .panel, border: .panelBorder,
                       titleRole: .panelTitle, glyphs: g)
        let keyWidth = 24
        for (i, (key, what)) in lines.enumerated() {
            let y = rect.y + 2 + i
            guard y < rect.maxY - 1 else { break }
            canvas.text(x: rect.x + 2, y: y, key, .panelTitle, maxWidth: keyWidth)
            canvas.text(x: rect.x + 2 + keyWidth, y: y, what, .panel, maxWidth: rect.width - keyWidth - 4)
        }
        let y = rect.y + 3 + lines.count
        if y < rect.maxY - 1 {
            canvas.text(x: rect.x + 2, y: y, t[.helpVerdicts], .panelDim,
                        maxWidth: rect.width - 4)
        }
    }
}
