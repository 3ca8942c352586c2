enum TitleWidget {
    static let title = "FLEEING THE HOMELAND"
    static let subtitle = "Escape routes of North Korean defectors"

    static func draw(into canvas: inout Canvas, layout: ScreenLayout) {
        canvas.fill(Rect(x: 0, y: 0, width: layout.width, height: 1), " ", .title)
        let used = canvas.text(x: 1, y: 0, title, .title)
        canvas.text(x: used + 3, y: 0, subtitle, .title, maxWidth: layout.width - used - 4)
    }
}
