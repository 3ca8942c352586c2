/// Which terminal description to start ncurses with. An ordinary run uses `TERM` as it is (and
/// refuses one terminfo does not know); a visitor's session over SSH always gets the atlas:
/// its own `TERM` first, then `xterm-256color`, then plain 7-bit drawing on `vt100`.
public struct TerminalChoice: Equatable, Sendable {
    /// A terminfo name to try.
    public var name: String
    /// Draw in 7-bit ASCII without colour.
    public var plain: Bool

    /// The names to try, best first. `COLORTERM=truecolor` (or `24bit`), which terminals that
    /// do millions of colours send, also promises 256: a bare `xterm` or `screen` then gets its
    /// 256-colour description.
    public static func candidates(term: String?, colorTerm: String?, session: Bool) -> [TerminalChoice] {
        let term = term ?? ""
        guard session else { return [TerminalChoice(name: term, plain: false)] }
        var names: [String] = []
        if ["truecolor", "24bit"].contains(colorTerm?.lowercased() ?? ""), ["xterm", "screen", "tmux"].contains(term) {
            names.append(term + "-256color")
        }
        if !term.isEmpty, term != "dumb", term.utf8.count < 64, term.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._+".contains($0)) }) {
            names.append(term)
        }
        names.append("xterm-256color")
        var seen = Set<String>()
        let rich = names.filter { seen.insert($0).inserted }.map { TerminalChoice(name: $0, plain: false) }
        return rich + [TerminalChoice(name: "vt100", plain: true)]
    }
}
