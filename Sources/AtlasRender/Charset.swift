import AtlasContent
import AtlasGeo
import AtlasMachine

/// How the map and the frames are drawn: Unicode block and box characters, or plain 7-bit ASCII
/// for terminals and fonts without them (and locales that are not UTF-8).
public enum Charset: String, CaseIterable, Sendable {
    case braille
    case blocks
    case ascii
    /// For terminals that draw East Asian ambiguous glyphs two columns wide (common under a
    /// Korean locale): the map in braille, which is one column under any setting, and frames,
    /// bars and markers in ASCII.
    case wideSafe = "wide-safe"

    /// Whether the map is drawn in braille dots.
    public var usesDots: Bool { self == .braille || self == .wideSafe }

    public struct Glyphs: Sendable {
        public var sea, land, origin, selectable, selected: Unicode.Scalar
        public var borderV, borderH, borderX: Unicode.Scalar
        public var route, waypoint, destination, start: Unicode.Scalar
        public var boxTL, boxTR, boxBL, boxBR, boxH, boxV: Unicode.Scalar
        public var bullet, scrollMark: Unicode.Scalar
        /// Bar pieces: full cell, the second series, a bin, and partial cells by eighths
        /// (rising from the bottom, and growing from the left); empty where the charset has none.
        public var barFull, barOther, barBin: Unicode.Scalar
        public var risingEighths: [Unicode.Scalar]
        public var leftEighths: [Unicode.Scalar]
        public var lighter: Unicode.Scalar
        /// Map markers: a city, a South Korean mission, a border crossing.
        public var city: Unicode.Scalar = "o"
        public var mission: Unicode.Scalar = "+"
        public var crossing: Unicode.Scalar = "x"
    }

    public var glyphs: Glyphs {
        switch self {
        case .braille:
            // The frames and charts of blocks; the map's own cells are braille patterns.
            var g = Charset.blocks.glyphs
            g.land = "⢕"
            g.origin = "⣿"
            g.selectable = "⣿"
            g.selected = "⣿"
            return g
        case .wideSafe:
            var g = Charset.ascii.glyphs
            (g.land, g.origin, g.selectable, g.selected) = (Charset.braille.glyphs.land, "⣿", "⣿", "⣿")
            return g
        case .blocks:
            return Glyphs(sea: " ", land: "░", origin: "▓", selectable: "▒", selected: "█",
                   borderV: "│", borderH: "─", borderX: "┼",
                   route: "•", waypoint: "o", destination: "@", start: "*",
                   boxTL: "┌", boxTR: "┐", boxBL: "└", boxBR: "┘", boxH: "─", boxV: "│",
                   bullet: "-", scrollMark: "█",
                   barFull: "█", barOther: "▓", barBin: "▒",
                   risingEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇"],
                   leftEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
                   lighter: "░")
        case .ascii:
            return Glyphs(sea: " ", land: ".", origin: "%", selectable: ":", selected: "#",
                   borderV: "|", borderH: "-", borderX: "+",
                   route: "*", waypoint: "o", destination: "@", start: "S",
                   boxTL: "+", boxTR: "+", boxBL: "+", boxBR: "+", boxH: "-", boxV: "|",
                   bullet: "-", scrollMark: "#",
                   barFull: "#", barOther: "=", barBin: "%",
                   risingEighths: [], leftEighths: [], lighter: "-", mission: "m")
        }
    }
}
