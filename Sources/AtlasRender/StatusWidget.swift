import AtlasContent
import AtlasGeo
import AtlasMachine

/// The bottom row: what is selected and what it means, and the keys that matter now.
enum StatusWidget {
    static func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        let y = layout.statusRow
        let t = atlas.strings
        canvas.fill(Rect(x: 0, y: y, width: layout.width, height: 1), " ", .status)
        var hints: String
        if state.help {
            hints = t[.hintBack]
        } else if state.panel != nil {
            hints = t[.hintPanel]
        } else {
            switch atlas.screen(state).controls {
            case .routeMap, .campMap: hints = t[.hintMap]
            case .barChart: hints = t[.hintChart]
            case .page: hints = t[.hintPage]
            }
        }
        // On a narrow screen the selection comes first; the help key is always named.
        if layout.width - CharWidth.of(hints) < 60 { hints = state.help ? t[.hintBack] : t[.hintHelpQuit] }
        let bilingual = atlas.index.languages.count > 1
        if let kiosk = state.kiosk {
            // A locked kiosk has no quit key; while it tours, the whole line invites the visitor in.
            if !state.canQuit, hints.hasSuffix(t[.hintQuitSuffix]) { hints = String(hints.dropLast(t[.hintQuitSuffix].count)) }
            if kiosk.isTouring {
                var invite = state.canQuit ? t[.inviteQuit] : t[.invite]
                // Both editions invite the visitor in, each in its own words, where both fit.
                if bilingual {
                    let u = Strings(atlas.index.language(after: state.language))
                    let both = invite + "   " + (state.canQuit ? u[.inviteQuit] : u[.invite]) + "   " + t[.hintLanguage]
                    let key = invite + "   " + t[.hintLanguage]
                    if CharWidth.of(both) <= layout.width - 2 { invite = both } else if CharWidth.of(key) <= layout.width - 2 { invite = key }
                }
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
            let key = state.panel != nil ? t[.hintClose] : (opens ? t[.hintOpen] : "")
            hints = key + (state.canQuit ? t[.hintHelpQuit] : t[.hintHelp])
            if CharWidth.of(message) + CharWidth.of(hints) + 4 > layout.width { hints = key + t[.hintHelp] }
        }
        // With a second edition, the key to it comes first, in the other edition's own script,
        // wherever the selection's words, all of them, leave room for it; words that may be cut
        // (a line that claims no room) give way to it while 60 columns are left them.
        let words = line.map { CharWidth.of($0.lead) + CharWidth.of($0.rest) } ?? 0
        let languageKey = CharWidth.of(t[.hintLanguage]) + 2, keys = CharWidth.of(hints)
        let yields = !(line?.claimsRoom ?? false) && layout.width - keys - languageKey >= 60
        if bilingual, !state.help, words + keys + languageKey + 4 <= layout.width || yields {
            hints = t[.hintLanguage] + "  " + hints
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
