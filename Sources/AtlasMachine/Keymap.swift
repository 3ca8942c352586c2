/// Every key the atlas answers, in one table: the machine reads commands from it, the help screen
/// is its rows, and a locked kiosk leaves out the rows that quit.
public enum Keymap {
    /// One row of the help screen and the bindings it describes.
    public struct Row: Sendable {
        public var keys: String
        public var what: String
        public var bindings: [Binding]
        /// Whether the row's keys leave the program (left out of a locked kiosk's help).
        public var quits: Bool { bindings.contains { $0.command == .quit } }
    }

    public struct Binding: Sendable {
        public var keys: [Key]
        public var context: KeyContext
        public var command: Command
    }

    private static func bind(_ keys: [Key], _ context: KeyContext, _ command: Command) -> Binding {
        Binding(keys: keys, context: context, command: command)
    }

    private static func chars(_ s: String) -> [Key] { s.map { .char($0) } }

    public static let rows: [Row] = [
        Row(keys: "n p  ] [  PgDn PgUp", what: "next / previous chapter", bindings: [
            bind(chars("n]") + [.pageDown], .chapters, .nextChapter),
            bind(chars("p[") + [.pageUp], .chapters, .previousChapter),
        ]),
        Row(keys: "1 to 9", what: "go to a chapter; a click on its name too",
            bindings: (1...9).map { bind(chars(String($0)), .chapters, .goToChapter($0)) }),
        Row(keys: "Arrows, h j k l", what: "on a map: the nearest place that way", bindings: [
            bind([.up, .char("k")], .map, .move(.up)), bind([.down, .char("j")], .map, .move(.down)),
            bind([.left, .char("h")], .map, .move(.left)), bind([.right, .char("l")], .map, .move(.right)),
        ]),
        Row(keys: "Tab, Shift-Tab", what: "next / previous route or camp", bindings: [
            bind([.tab], .map, .nextItem), bind([.backTab], .map, .previousItem),
            bind([.tab], .panel, .nextItem), bind([.backTab], .panel, .previousItem),
        ]),
        Row(keys: "Enter, Space", what: "open the panel on the selection", bindings: [
            bind([.enter, .char(" ")], .map, .open),
        ]),
        Row(keys: "Mouse click", what: "choose; click again to open", bindings: []),
        Row(keys: "+ - 0 z, wheel on map", what: "zoom in, out, back, to the country", bindings: [
            bind(chars("+="), .zoom, .zoomIn), bind(chars("-_"), .zoom, .zoomOut),
            bind(chars("0"), .zoom, .zoomReset), bind(chars("z"), .zoom, .zoomFit),
        ]),
        Row(keys: "Up/Down, wheel", what: "scroll a panel or a chapter's text", bindings: [
            bind([.up, .char("k")], .panel, .scrollUp), bind([.down, .char("j")], .panel, .scrollDown),
            bind([.pageUp], .panel, .scrollPageUp), bind([.pageDown, .char(" ")], .panel, .scrollPageDown),
            bind([.home], .panel, .scrollTop), bind([.end], .panel, .scrollEnd),
            bind([.up, .char("k")], .page, .scrollUp), bind([.down, .char("j")], .page, .scrollDown),
            bind([.char(" ")], .page, .scrollPageDown), bind([.home], .page, .scrollTop), bind([.end], .page, .scrollEnd),
        ]),
        Row(keys: "Left/Right", what: "panel: previous/next; Arrivals: year", bindings: [
            bind([.right, .char("l")], .panel, .nextItem), bind([.left, .char("h")], .panel, .previousItem),
            bind([.right, .char("l")], .chart, .nextItem), bind([.left, .char("h")], .chart, .previousItem),
            bind([.home], .chart, .firstItem), bind([.end], .chart, .lastItem),
        ]),
        Row(keys: "Esc, Enter", what: "close the panel", bindings: [bind([.escape, .enter], .panel, .close)]),
        Row(keys: "?", what: "this help; any key closes it", bindings: [bind(chars("?"), .anywhere, .help)]),
        Row(keys: "q", what: "quit", bindings: [bind(chars("qQ"), .anywhere, .quit)]),
    ]

    private static let table: [KeyContext: [Key: Command]] = {
        var table: [KeyContext: [Key: Command]] = [:]
        for binding in rows.flatMap(\.bindings) {
            for key in binding.keys {
                precondition(table[binding.context]?[key] == nil, "\(key) bound twice in \(binding.context)")
                table[binding.context, default: [:]][key] = binding.command
            }
        }
        return table
    }()

    /// The command a key gives in a context, if any.
    public static func command(for key: Key, in context: KeyContext) -> Command? { table[context]?[key] }

    /// Whether the key is the one that leaves.
    public static func quits(_ key: Key) -> Bool { command(for: key, in: .anywhere) == .quit }
}
