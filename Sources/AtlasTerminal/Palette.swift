import AtlasContent
import AtlasMachine
import AtlasRender
import AtlasStats
import CNcursesw

/// How colour is chosen: from the terminal (and `NO_COLOR`), always, or never.
public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

/// Maps each style role to a colour pair and attributes for the terminal at hand: 256 colours,
/// 8, or none (where attributes such as reverse video still show the selection).
struct Palette {
    private var attrs: [attr_t]
    private var pairs: [Int16]
    private var rich = false
    private var colour = false
    /// Pairs made on demand for half-block cells: (top role, bottom role) → pair number.
    private var halfPairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 0

    /// The colour a role paints a whole cell with, for half-blocks.
    private static func fill256(_ role: StyleRole) -> Int16 {
        switch role {
        case .background: -1
        case .sea: 24
        case .land: 240
        case .origin: 124
        case .selectable: 136
        case .selected: 220
        case .border: 250
        default: colors256(role).1
        }
    }

    private static func fill8(_ role: StyleRole) -> Int16 {
        switch role {
        case .background: -1
        case .sea: Int16(COLOR_BLUE)
        case .land, .border: Int16(COLOR_WHITE)
        case .origin: Int16(COLOR_RED)
        case .selectable: Int16(COLOR_YELLOW)
        case .selected: Int16(COLOR_MAGENTA)
        default: colors8(role).1
        }
    }

    /// (foreground, background) in the 256-colour palette; -1 is the terminal's default.
    private static func colors256(_ role: StyleRole) -> (Int16, Int16) {
        switch role {
        case .background: (-1, -1)
        case .sea: (31, 24)
        case .land: (244, 238)
        case .origin: (203, 88)
        case .selectable: (180, 94)
        case .selected: (226, 94)
        case .border: (250, 238)
        case .label: (255, 235)
        case .labelSelected: (16, 220)
        case .route: (51, 17)
        case .waypoint: (231, 17)
        case .title: (231, 88)
        case .status, .sidebar: (252, 235)
        case .statusKey: (220, 235)
        case .sidebarSelected: (16, 220)
        case .panel: (252, 236)
        case .panelBorder, .panelTitle: (220, 236)
        case .panelDim: (246, 236)
        case .verdictDeadly: (196, 236)
        case .verdictRepatriated: (209, 236)
        case .verdictUncertain: (214, 236)
        case .verdictSeoul: (77, 236)
        case .verdictTransit: (81, 236)
        case .warning: (196, -1)
        case .chapterCurrent: (16, 220)
        case .chartA: (203, -1)
        case .chartB: (75, -1)
        case .chartSelected: (220, -1)
        case .axis: (245, -1)
        case .camp: (231, 88)
        case .campSelected: (16, 220)
        case .balloon: (231, -1)
        case .dmz: (203, -1)
        case .pageTitle: (220, -1)
        case .pageDim: (246, -1)
        case .marker: (231, 236)
        }
    }

    private static func colors8(_ role: StyleRole) -> (Int16, Int16) {
        let black = Int16(COLOR_BLACK), red = Int16(COLOR_RED), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW), blue = Int16(COLOR_BLUE), cyan = Int16(COLOR_CYAN)
        let white = Int16(COLOR_WHITE), magenta = Int16(COLOR_MAGENTA)
        switch role {
        case .background: return (-1, -1)
        case .sea: return (cyan, blue)
        case .land, .border: return (white, black)
        case .origin: return (red, black)
        case .selectable: return (yellow, black)
        case .selected: return (yellow, red)
        case .label, .status, .sidebar, .panel, .panelDim: return (white, black)
        case .labelSelected, .sidebarSelected: return (black, yellow)
        case .route, .waypoint: return (cyan, black)
        case .title: return (white, red)
        case .statusKey, .panelBorder, .panelTitle: return (yellow, black)
        case .verdictDeadly: return (red, black)
        case .verdictRepatriated: return (magenta, black)
        case .verdictUncertain: return (yellow, black)
        case .verdictSeoul: return (green, black)
        case .verdictTransit: return (cyan, black)
        case .warning: return (red, -1)
        case .chapterCurrent, .campSelected: return (black, yellow)
        case .chartA, .dmz: return (red, -1)
        case .chartB: return (cyan, -1)
        case .chartSelected, .pageTitle: return (yellow, -1)
        case .axis, .pageDim, .balloon: return (white, -1)
        case .camp: return (white, red)
        case .marker: return (white, black)
        }
    }

    private static func monoAttrs(_ role: StyleRole) -> attr_t {
        switch role {
        case .selected, .labelSelected, .sidebarSelected, .title, .status, .chapterCurrent, .campSelected, .chartSelected:
            nk_a_reverse()
        case .panelTitle, .route, .waypoint, .origin, .warning, .verdictDeadly, .pageTitle, .camp: nk_a_bold()
        case .panelDim, .pageDim: nk_a_dim()
        default: nk_a_normal()
        }
    }

    private static func boldAttrs(_ role: StyleRole) -> attr_t {
        switch role {
        case .title, .panelTitle, .labelSelected, .waypoint, .warning, .chapterCurrent, .pageTitle, .campSelected,
             .chartSelected:
            nk_a_bold()
        default: nk_a_normal()
        }
    }

    /// Sets up colour pairs when colour is on and available.
    init(choice: ColorChoice, noColorEnv: Bool) {
        let roles = StyleRole.allCases
        attrs = roles.map(Self.monoAttrs)
        pairs = [Int16](repeating: 0, count: roles.count)
        let wanted = choice == .always || (choice == .auto && !noColorEnv)
        guard wanted, has_colors(), start_color() == OK else { return }
        _ = use_default_colors()
        let rich = nk_colors() >= 256
        guard nk_color_pairs() > roles.count else { return }
        self.rich = rich
        colour = true
        nextPair = Int16(roles.count) + 1
        for role in roles {
            let (fg, bg) = rich ? Self.colors256(role) : Self.colors8(role)
            let pair = Int16(role.rawValue) + 1
            _ = init_pair(pair, fg, bg)
            pairs[Int(role.rawValue)] = pair
            attrs[Int(role.rawValue)] = Self.boldAttrs(role)
        }
    }

    func style(_ role: StyleRole) -> (attr_t, Int16) {
        (attrs[Int(role.rawValue)], pairs[Int(role.rawValue)])
    }

    /// The style of a half-block: the top role's colour over the bottom's. Without colour, or
    /// when the terminal has no pairs left, the top role's own style.
    mutating func halfStyle(top: StyleRole, bottom: StyleRole) -> (attr_t, Int16) {
        guard colour else { return style(top) }
        let key = Int(top.rawValue) << 8 | Int(bottom.rawValue)
        if let pair = halfPairs[key] { return (nk_a_normal(), pair) }
        guard Int(nextPair) < min(Int(nk_color_pairs()), Int(Int16.max)) else { return style(top) }
        let fg = rich ? Self.fill256(top) : Self.fill8(top)
        let bg = rich ? Self.fill256(bottom) : Self.fill8(bottom)
        _ = init_pair(nextPair, fg, bg)
        halfPairs[key] = nextPair
        nextPair += 1
        return (nk_a_normal(), halfPairs[key]!)
    }
}
