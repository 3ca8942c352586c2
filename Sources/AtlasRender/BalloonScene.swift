import AtlasContent
import AtlasGeo
import AtlasMachine

/// A balloon launched in the South drifts north over the DMZ while its timer counts down;
/// when it reaches zero the load falls over the North. The clock comes from the state's ticks.
public enum BalloonScene {
    /// Seconds of real time for one crossing.
    public static let cycleSeconds = 40.0

    /// How far through the crossing (0 to 1) the balloon is, and the timer's remaining seconds.
    public static func progress(_ state: AppState, timerHours: Int) -> (fraction: Double, remaining: Int) {
        let t = max(0, state.now - state.chapterStart).truncatingRemainder(dividingBy: cycleSeconds)
        let fraction = t / cycleSeconds
        let total = Double(timerHours * 3600)
        // The timer runs out at 75% of the way, over the North.
        let remaining = max(0, Int((total * (1 - fraction / 0.75)).rounded(.up)))
        return (fraction, remaining)
    }

    static func clock(_ seconds: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    static func draw(into canvas: inout Canvas, rect: Rect, atlas: Atlas, state: AppState) {
        guard rect.height >= 8, rect.width >= 40 else { return }
        let animation = atlas.story.chapters.balloons.animation
        let (fraction, remaining) = progress(state, timerHours: animation.timerHours)
        let ground = rect.maxY - 2
        let left = rect.x + 2, right = rect.maxX - 3
        let dmz = left + (right - left) * 2 / 5
        // Ground, the DMZ band, and the two sides.
        for x in left...right { canvas.put(x: x, y: ground, x >= dmz - 1 && x <= dmz + 1 ? "#" : "_", x >= dmz - 1 && x <= dmz + 1 ? .dmz : .axis) }
        let t = atlas.strings
        canvas.text(x: dmz - 1, y: ground + 1, t[.dmz], .dmz)
        canvas.text(x: left, y: ground + 1, t[.southKorea], .axis)
        let north = t[.northKorea]
        canvas.text(x: right - CharWidth.of(north) + 1, y: ground + 1, north, .axis)
        // The balloon: envelope, line, load; it rises for the first fifth, then drifts at height.
        let x = left + Int(Double(right - left - 2) * fraction)
        let climb = min(1, fraction * 5)
        let top = rect.y + 2
        let y = ground - 4 - Int(Double(ground - 4 - top) * climb)
        canvas.text(x: x, y: y, "(O)", .balloon)
        canvas.put(x: x + 1, y: y + 1, "|", .balloon)
        if remaining > 0 {
            canvas.put(x: x + 1, y: y + 2, "#", .balloon)
        } else {
            // The load has been let go: leaflets flutter down behind the balloon.
            let since = (fraction - 0.75) / 0.25
            for k in 0..<4 {
                let fy = y + 2 + Int(since * Double(ground - y - 2)) - k
                if fy > y + 1 && fy < ground { canvas.put(x: x - 2 * k, y: fy, k % 2 == 0 ? "'" : ".", .balloon) }
            }
        }
        let timer = remaining > 0 ? t(.releaseIn, ["clock": clock(remaining)]) : t[.released]
        let title = t[.balloonTitle]
        canvas.text(x: rect.x + 2, y: rect.y, title, .pageTitle)
        let timerX = rect.x + 4 + CharWidth.of(title)
        canvas.text(x: timerX, y: rect.y, t(.balloonTimer, ["timer": timer]), .chartSelected, maxWidth: rect.maxX - timerX - 2)
        let note = t(.balloonNote, ["altitude": animation.altitude, "hours": "\(animation.timerHours)",
                                    "certainty": t.certainty(animation.timerCertainty)])
        canvas.text(x: rect.x + 2, y: rect.y + 1, note, .pageDim, maxWidth: rect.width - 4)
    }

    static func noteLines(_ animation: BalloonAnimation, width: Int, _ t: Strings) -> [PanelLine] {
        var out: [PanelLine] = [PanelLine("", .panel), PanelLine(t[.aboutAnimation], .panelTitle)]
        PageText.add(&out, animation.timerNote, .panel, width: width)
        CitationText.add(&out, animation.timerSourcing, t, label: .timerSource, plural: .timerSources, width: width, indent: 2)
        CitationText.add(&out, animation.altitudeSourcing, t, label: .altitudeSource, plural: .altitudeSources,
                         width: width, indent: 2)
        return out
    }
}
