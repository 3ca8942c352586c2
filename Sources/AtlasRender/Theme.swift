/// Text attributes a role may carry besides its colours.
public struct TextAttributes: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let reverse = TextAttributes(rawValue: 2)
    public static let dim = TextAttributes(rawValue: 4)
}

/// What each style role looks like, as plain values: colours in a terminal's 256-colour palette
/// and in its eight basic colours (-1 is the terminal's own default), and the attributes it
/// carries with colour and without. A face maps these to whatever its screen offers (the ncurses
/// face, to colour pairs).
public enum Theme {
    /// The eight basic colours, numbered as terminals (and ncurses' COLOR_ constants) number them.
    public enum Basic {
        public static let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
        public static let blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7
    }

    /// The colour a role paints a whole cell with, for half-blocks.
    public static func fill256(_ role: StyleRole) -> Int16 {
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

    public static func fill8(_ role: StyleRole) -> Int16 {
        switch role {
        case .background: -1
        case .sea: Basic.blue
        case .land, .border: Basic.white
        case .origin: Basic.red
        case .selectable: Basic.yellow
        case .selected: Basic.magenta
        default: colors8(role).1
        }
    }

    /// (foreground, background) in the 256-colour palette; -1 is the terminal's default.
    public static func colors256(_ role: StyleRole) -> (Int16, Int16) {
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

    public static func colors8(_ role: StyleRole) -> (Int16, Int16) {
        let (black, red, green, yellow) = (Basic.black, Basic.red, Basic.green, Basic.yellow)
        let (blue, magenta, cyan, white) = (Basic.blue, Basic.magenta, Basic.cyan, Basic.white)
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

    public static func attributesWithoutColour(_ role: StyleRole) -> TextAttributes {
        switch role {
        case .selected, .labelSelected, .sidebarSelected, .title, .status, .chapterCurrent, .campSelected, .chartSelected:
            .reverse
        case .panelTitle, .route, .waypoint, .origin, .warning, .verdictDeadly, .pageTitle, .camp: .bold
        case .panelDim, .pageDim: .dim
        default: []
        }
    }

    public static func attributesWithColour(_ role: StyleRole) -> TextAttributes {
        switch role {
        case .title, .panelTitle, .labelSelected, .waypoint, .warning, .chapterCurrent, .pageTitle, .campSelected,
             .chartSelected:
            .bold
        default: []
        }
    }
}
