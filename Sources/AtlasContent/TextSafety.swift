import AtlasGeo

/// Guards the terminal against content: strings that reach the screen may not carry
/// control characters or escape sequences.
public enum TextSafety {
    /// The first control character in `text` (C0, DEL, C1, or a bidi override), if any.
    /// Newlines are allowed only where `allowNewlines` is set (long account text).
    public static func firstControl(in text: String, allowNewlines: Bool = false) -> Unicode.Scalar? {
        for scalar in text.unicodeScalars where isControl(scalar) {
            if allowNewlines && scalar == "\n" { continue }
            return scalar
        }
        return nil
    }

    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `text` with every control character shown as `\u{..}`, so a message stays one harmless line.
    public static func oneLine(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
