import AtlasMachine
import AtlasRender
import CNcursesw

/// How colour is chosen: from the terminal (and `NO_COLOR`), always, or never.
public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

/// Maps the theme's look of each style role to a colour pair and attributes for the terminal at
/// hand: 256 colours, 8, or none (where attributes such as reverse video still show the selection).
struct Palette {
    private var attrs: [attr_t]
    private var pairs: [Int16]
    private var rich = false
    private var colour = false
    /// Pairs made on demand for half-block cells: (top role, bottom role) → pair number.
    private var halfPairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 0

    /// The ncurses attributes for a theme's.
    private static func curses(_ a: TextAttributes) -> attr_t {
        var attrs = nk_a_normal()
        if a.contains(.bold) { attrs |= nk_a_bold() }
        if a.contains(.reverse) { attrs |= nk_a_reverse() }
        if a.contains(.dim) { attrs |= nk_a_dim() }
        return attrs
    }

    /// Sets up colour pairs when colour is on and available.
    init(choice: ColorChoice, noColorEnv: Bool) {
        let roles = StyleRole.allCases
        attrs = roles.map { Self.curses(Theme.attributesWithoutColour($0)) }
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
            let (fg, bg) = rich ? Theme.colors256(role) : Theme.colors8(role)
            let pair = Int16(role.rawValue) + 1
            _ = init_pair(pair, fg, bg)
            pairs[Int(role.rawValue)] = pair
            attrs[Int(role.rawValue)] = Self.curses(Theme.attributesWithColour(role))
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
        let fg = rich ? Theme.fill256(top) : Theme.fill8(top)
        let bg = rich ? Theme.fill256(bottom) : Theme.fill8(bottom)
        _ = init_pair(nextPair, fg, bg)
        halfPairs[key] = nextPair
        nextPair += 1
        return (nk_a_normal(), halfPairs[key]!)
    }
}
