import AtlasContent
import AtlasGeo
import AtlasMachine

/// Greedy word wrap by terminal columns (wide characters count as two). Lines break at spaces
/// only, which is how Korean breaks too (between eojeol, never inside one: "keep-all"). A word
/// longer than a line is split, but never so that a line starts with closing punctuation or ends
/// with opening punctuation. Blank lines in the text separate paragraphs.
public enum TextWrap {
    /// Punctuation that may not begin a line, and that may not end one.
    static let closing: Set<Character> = [")", ",", ".", ":", ";", "?", "!", "%", "]", "}", "\u{201D}", "\u{2019}",
                                          "\u{300D}", "\u{300F}", "\u{3001}", "\u{3002}", "~"]
    static let opening: Set<Character> = ["(", "[", "{", "\u{201C}", "\u{2018}", "\u{300C}", "\u{300E}"]

    /// Moves the end of a split word's head onto the next line while the next line would start
    /// with closing punctuation or the head ends with opening punctuation (a head keeps one character).
    static func keepPunctuation(_ head: inout String, _ rest: inout Substring) {
        var moved = 0
        while head.count > 1, moved < 4,
              (rest.first.map(closing.contains) ?? false) || (head.last.map(opening.contains) ?? false) {
            rest = Substring(String(head.removeLast()) + rest)
            moved += 1
        }
    }

    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                var w = CharWidth.of(word)
                while w > width {
                    // Split an over-long word at the line's end.
                    if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                    var head = "", hw = 0
                    var rest = word
                    while let c = rest.first, hw + CharWidth.of(String(c)) <= width {
                        head.append(c); hw += CharWidth.of(String(c)); rest.removeFirst()
                    }
                    if head.isEmpty { head = String(rest.removeFirst()) }
                    keepPunctuation(&head, &rest)
                    lines.append(head)
                    word = rest
                    w = CharWidth.of(word)
                }
                if w == 0 { continue }
                if lineWidth == 0 {
                    line = String(word); lineWidth = w
                } else if lineWidth + 1 + w <= width {
                    line += " " + word; lineWidth += 1 + w
                } else {
                    lines.append(line)
                    line = String(word); lineWidth = w
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` cut to `width` columns, ending in "..." when it was cut.
    public static func clip(_ text: String, to width: Int) -> String {
        guard CharWidth.of(text) > width else { return text }
        guard width > 3 else { return "" }
        var out = ""
        var used = 0
        for c in text {
            let w = CharWidth.of(String(c))
            if used + w > width - 3 { break }
            out.append(c)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "..."
    }
}
