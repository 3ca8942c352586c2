import Foundation

/// Finds sentences that repeat a run of words from a reference text: the test that keeps the
/// story in its own words. Words are lower-cased runs of letters and digits; punctuation is
/// dropped. Quotations (text in double quotes) and official titles are not counted.
enum CopyCheck {
    /// How many consecutive words make a copy.
    static let run = 12

    /// Names of laws, bodies and resolutions, which may be repeated whole.
    static let officialTitles = [
        "UN Commission of Inquiry on human rights in North Korea",
        "Database Center for North Korean Human Rights",
        "Development of Inter-Korean Relations Act",
        "Peaceful Unification Advisory Council",
        "UN Security Council Resolution 2397",
    ]

    static func words(_ text: some StringProtocol) -> [String] {
        var out: [String] = []
        var word = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber {
                word.append(c)
            } else if !word.isEmpty {
                out.append(word)
                word = ""
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    /// Every run of `run` words in a reference text.
    struct Index {
        var runs: Set<[String]> = []
        init(_ text: String) {
            let w = CopyCheck.words(text)
            guard w.count >= CopyCheck.run else { return }
            for i in 0...(w.count - CopyCheck.run) { runs.insert(Array(w[i..<(i + CopyCheck.run)])) }
        }
    }

    /// Prose split into sentences at a full stop, question or exclamation mark before a space.
    static func sentences(_ prose: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for c in prose {
            if c.isWhitespace && ".!?".contains(previous) {
                out.append(current)
                current = ""
            } else {
                current.append(c)
            }
            previous = c
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append(current) }
        return out
    }

    /// The parts of a sentence that are our own words: outside quotation marks, with official
    /// titles taken out.
    static func ownWords(_ sentence: String) -> [[String]] {
        var parts: [String] = sentence.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map { String($0.element) }
        for title in officialTitles {
            parts = parts.flatMap { $0.components(separatedBy: title) }
        }
        return parts.map { words($0) }
    }

    /// The first run of words the sentence shares with the index, if any.
    static func copiedRun(_ sentence: String, in index: Index) -> String? {
        for part in ownWords(sentence) where part.count >= run {
            for i in 0...(part.count - run) where index.runs.contains(Array(part[i..<(i + run)])) {
                return part[i..<(i + run)].joined(separator: " ")
            }
        }
        return nil
    }
}
