import AtlasContent
import AtlasGeo
import AtlasMachine

/// The bottom row: what is selected and what it means, and the keys that matter now.
enum StatusWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        let y = layout.statusRow
        canvas.fill(Rect(x: 0, y: y, width: layout.width, height: 1), " ", .status)
        var hints: String
        if state.help {
            hints = "any key: back"
        } else if state.panel != nil {
            hints = "Up/Down scroll  Esc close  ? help  q quit"
        } else {
            switch atlas.screen(state).controls {
            case .routeMap, .campMap: hints = "arrows choose  Enter open  n/p chapter  ? help"
            case .barChart: hints = "Left/Right year  n/p chapter  ? help  q quit"
            case .page: hints = "Up/Down scroll  n/p chapter  ? help  q quit"
            }
        }
        // On a narrow screen the selection comes first; the help key is always named.
        if layout.width - CharWidth.of(hints) < 60 { hints = state.help ? "any key: back" : "? help  q quit" }
        if let kiosk = state.kiosk {
            // A locked kiosk has no quit key; while it tours, the whole line invites the visitor in.
            if !state.canQuit { hints = hints.replacingOccurrences(of: "  q quit", with: "") }
            if kiosk.isTouring {
                let invite = state.canQuit ? "Press an arrow key to explore the story yourself, q to leave"
                    : "Press an arrow key to explore the story yourself"
                let x = max(1, (layout.width - CharWidth.of(invite)) / 2)
                canvas.text(x: x, y: y, invite, .statusKey)
                return
            }
        }
        // The selection's words come first: the key hints shrink to "? help" before they are cut.
        let screen = atlas.screen(state)
        let line = screen.status(state, atlas: atlas)
        let message = line.map { $0.claimsRoom ? $0.lead + $0.rest : "" } ?? ""
        if CharWidth.of(message) + CharWidth.of(hints) + 4 > layout.width && !state.help {
            // Keep the one key that matters most here: close a panel, or open one.
            let opens = screen.controls == .routeMap || screen.controls == .campMap
            let key = state.panel != nil ? "Esc close  " : (opens ? "Enter open  " : "")
            hints = key + (state.canQuit ? "? help  q quit" : "? help")
            if CharWidth.of(message) + CharWidth.of(hints) + 4 > layout.width { hints = key + "? help" }
        }
        let hintX = layout.width - CharWidth.of(hints) - 1
        canvas.text(x: hintX, y: y, hints, .statusKey)
        let room = hintX - 3
        guard let line else { return }
        var x = 1
        x += canvas.text(x: x, y: y, line.lead, line.leadRole, maxWidth: room)
        canvas.text(x: x, y: y, TextWrap.clip(line.rest, to: max(0, room + 1 - x)), .status)
    }
}
