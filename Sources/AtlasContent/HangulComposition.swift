/// Composes conjoining Hangul jamo into precomposed syllables, as Unicode normalisation form C
/// does: a file saved decomposed (NFD, as some editors write it) would otherwise draw as loose
/// jamo. Other scripts are left as they are.
public enum HangulComposition {
    static let sBase: UInt32 = 0xAC00, lBase: UInt32 = 0x1100, vBase: UInt32 = 0x1161, tBase: UInt32 = 0x11A7
    static let lCount: UInt32 = 19, vCount: UInt32 = 21, tCount: UInt32 = 28

    public static func compose(_ text: String) -> String {
        // Fast path: no jamo in the text (every byte below the 3-byte lead E1 of U+1100-U+11FF).
        guard text.utf8.contains(0xE1) else { return text }
        var out = String.UnicodeScalarView()
        var pending: [UInt32] = []   // L, or L V, waiting for what follows
        func flush() {
            pending.forEach { out.append(Unicode.Scalar($0)!) }
            pending.removeAll()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= lBase, v < lBase + lCount {
                flush(); pending = [v]
            } else if v >= vBase, v < vBase + vCount, pending.count == 1 {
                pending.append(v)
            } else if v > tBase, v < tBase + tCount, pending.count == 2 {
                out.append(syllable(pending[0], pending[1], v)); pending.removeAll()
            } else {
                if pending.count == 2 { out.append(syllable(pending[0], pending[1], nil)); pending.removeAll() }
                flush()
                out.append(scalar)
            }
        }
        if pending.count == 2 { out.append(syllable(pending[0], pending[1], nil)); pending.removeAll() }
        flush()
        return String(out)
    }

    private static func syllable(_ l: UInt32, _ v: UInt32, _ t: UInt32?) -> Unicode.Scalar {
        let index = ((l - lBase) * vCount + (v - vBase)) * tCount + (t.map { $0 - tBase } ?? 0)
        return Unicode.Scalar(sBase + index)!
    }
}
