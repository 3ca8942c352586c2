import AtlasMachine
import CNcursesw

/// Turns what `wget_wch` returned into an Event.
enum InputDecoder {
    static func decode(status: Int32, code: UInt32) -> Event? {
        if status == nk_key_code_yes() {
            switch Int32(code) {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_BTAB: return .key(.backTab)
            case KEY_ENTER: return .key(.enter)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_RESIZE: return .resize(width: Int(nk_cols()), height: Int(nk_lines()))
            case KEY_MOUSE: return mouse()
            default: return nil
            }
        }
        guard status == OK else { return nil }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        default:
            guard code >= 32, code != 127, let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private static func mouse() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = Int(event.bstate)
        let x = Int(event.x), y = Int(event.y)
        if state & Int(nk_button4_mask()) != 0 { return .wheel(x: x, y: y, delta: -1) }
        if state & Int(nk_button5_mask()) != 0 { return .wheel(x: x, y: y, delta: 1) }
        if state & Int(nk_button1_mask()) != 0 { return .click(x: x, y: y) }
        return nil
    }
}
