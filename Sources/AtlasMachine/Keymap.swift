import AtlasContent

/// Every key the atlas answers, in one table: the machine reads commands from it, the help screen
/// is its rows, and a locked kiosk leaves out the rows that quit.
public enum Keymap {
    /// One row of the help screen and the bindings it describes.
    public struct Row: Sendable {
        /// The keys and what they do, as the help screen names them in the edition's words.
        public var keys: UIText
        public var what: UIText
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
        Row(keys: .keysChapters, what: .whatChapters, bindings: [
            bind(chars("n]") + [.pageDown], .chapters, .nextChapter),
            bind(chars("p[") + [.pageUp], .chapters, .previousChapter),
        ]),
        Row(keys: .keysDigits, what: .whatDigits,
            bindings: (1...9).map { bind(chars(String($0)), .chapters, .goToChapter($0)) }),
        Row(keys: .keysArrows, what: .whatArrows, bindings: [
            bind([.up, .char("k")], .map, .move(.up)), bind([.down, .char("j")], .map, .move(.down)),
            bind([.left, .char("h")], .map, .move(.left)), bind([.right, .char("l")], .map, .move(.right)),
        ]),
        Row(keys: .keysTab, what: .whatTab, bindings: [
            bind([.tab], .map, .nextItem), bind([.backTab], .map, .previousItem),
            bind([.tab], .panel, .nextItem), bind([.backTab], .panel, .previousItem),
        ]),
        Row(keys: .keysOpen, what: .whatOpen, bindings: [
            bind([.enter, .char(" ")], .map, .open),
        ]),
        Row(keys: .keysMouse, what: .whatMouse, bindings: []),
        Row(keys: .keysZoom, what: .whatZoom, bindings: [
            bind(chars("+="), .zoom, .zoomIn), bind(chars("-_"), .zoom, .zoomOut),
            bind(chars("0"), .zoom, .zoomReset), bind(chars("z"), .zoom, .zoomFit),
        ]),
        Row(keys: .keysScroll, what: .whatScroll, bindings: [
            bind([.up, .char("k")], .panel, .scrollUp), bind([.down, .char("j")], .panel, .scrollDown),
            bind([.pageUp], .panel, .scrollPageUp), bind([.pageDown, .char(" ")], .panel, .scrollPageDown),
            bind([.home], .panel, .scrollTop), bind([.end], .panel, .scrollEnd),
            bind([.up, .char("k")], .page, .scrollUp), bind([.down, .char("j")], .page, .scrollDown),
            bind([.char(" ")], .page, .scrollPageDown), bind([.home], .page, .scrollTop), bind([.end], .page, .scrollEnd),
        ]),
        Row(keys: .keysLeftRight, what: .whatLeftRight, bindings: [
            bind([.right, .char("l")], .panel, .nextItem), bind([.left, .char("h")], .panel, .previousItem),
            bind([.right, .char("l")], .chart, .nextItem), bind([.left, .char("h")], .chart, .previousItem),
            bind([.home], .chart, .firstItem), bind([.end], .chart, .lastItem),
        ]),
        Row(keys: .keysClose, what: .whatClose, bindings: [bind([.escape, .enter], .panel, .close)]),
        Row(keys: .keysLanguage, what: .whatLanguage, bindings: [bind(chars("L"), .anywhere, .switchLanguage)]),
        Row(keys: .keysHelp, what: .whatHelp, bindings: [bind(chars("?"), .anywhere, .help)]),
        Row(keys: .keysQuit, what: .whatQuit, bindings: [bind(chars("qQ"), .anywhere, .quit)]),
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
