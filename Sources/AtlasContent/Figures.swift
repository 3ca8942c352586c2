/// The figures a text states, as values, so a translation can be held to its original: the
/// Korean text of a fact must state the same figures as the English one, in any order.
public enum Figures {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// Every number written in digits (commas grouping thousands), times a following scale word
    /// ("1.5 million", "150만"; in a range, "400-500 million", the scale counts for both ends);
    /// in English, a month's name counts as its number, since Korean writes "2017년 11월" for
    /// "November 2017". Sorted.
    public static func of(_ text: String, _ language: Language) -> [Double] {
        var values: [Double] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isASCII, c.isNumber {
                var (value, scale, end) = number(chars, at: i, language)
                if scale == 1, let next = rangeEnd(chars, after: end), language == .en {
                    scale = number(chars, at: next, language).scale
                }
                values.append((value * scale * 1000).rounded() / 1000)
                i = end
            } else if language == .en, c.isUppercase, i == 0 || !chars[i - 1].isLetter {
                var j = i
                while j < chars.count, chars[j].isLetter { j += 1 }
                if let m = month(String(chars[i..<j])) { values.append(Double(m)) }
                i = j
            } else {
                i += 1
            }
        }
        return values.sorted()
    }

    /// The number starting at `i`: its value, the scale word after it, and where it ends.
    private static func number(_ chars: [Character], at i: Int, _ language: Language) -> (value: Double, scale: Double, end: Int) {
        var digits = "", j = i
        while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == ","
                || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isASCII && chars[j + 1].isNumber) {
            if chars[j] != "," { digits.append(chars[j]) }
            j += 1
        }
        var k = j
        while k < chars.count, chars[k] == " " { k += 1 }
        return (Double(digits) ?? 0, scale(chars, from: k, language), j)
    }

    /// Where the second number of a range ("400-500", "1.2 to 2.3") starts, if one follows.
    private static func rangeEnd(_ chars: [Character], after j: Int) -> Int? {
        for joint in ["-", "–", " to "] {
            let end = j + joint.count
            guard end < chars.count, String(chars[j..<end]) == joint, chars[end].isASCII, chars[end].isNumber else { continue }
            return end
        }
        return nil
    }

    private static func scale(_ chars: [Character], from k: Int, _ language: Language) -> Double {
        guard k < chars.count else { return 1 }
        switch language {
        case .ko:
            if chars[k] == "만" { return 10_000 }
            if chars[k] == "억" { return 100_000_000 }
        case .en:
            let rest = String(chars[k..<min(chars.count, k + 7)]).lowercased()
            if rest.hasPrefix("million") { return 1_000_000 }
            if rest.hasPrefix("billion") { return 1_000_000_000 }
        }
        return 1
    }

    /// A month's number from its English name or three-letter abbreviation ("Sept" too).
    static func month(_ word: String) -> Int? {
        if word == "Sept" { return 9 }
        for (n, name) in months.enumerated() where word == name || (word.count == 3 && name.hasPrefix(word)) {
            return n + 1
        }
        return nil
    }

    /// The figures as a reader would write them: "2914, 2025".
    public static func describe(_ values: [Double]) -> String {
        values.isEmpty ? "none" : values.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ", ")
    }
}
