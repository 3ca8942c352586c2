import Yams

/// Reading a text in the reader's edition: English from `key`, Korean from `key_ko` beside it,
/// held to the English text's figures.
extension YAMLReader {
    /// The fields a visitor reads, which carry a text per edition (`text`, `text_ko`).
    static let localized: Set<String> = [
        "name", "label", "country", "located", "verdict_note", "account", "date", "text", "method", "title",
        "kicker", "paragraphs", "period", "province", "summary", "altitude", "timer_note", "note",
    ]

    static func isTranslation(_ name: String, allowed: Set<String>) -> Bool {
        Language.allCases.contains { l in
            l != .en && name.hasSuffix(l.fieldSuffix) && localized.contains(String(name.dropLast(l.fieldSuffix.count)))
                && allowed.contains(String(name.dropLast(l.fieldSuffix.count)))
        }
    }

    /// A text the visitor reads, in the edition's language: `key` in English; in another edition
    /// `key_ko` (say), which must be there whenever `key` is and must state the same figures.
    func words(_ map: Fields, _ key: String, _ path: String, maxLength: Int? = nil,
               allowNewlines: Bool = false, required: Bool = true) -> String? {
        guard language != .en else {
            return text(map, key, path, maxLength: maxLength, allowNewlines: allowNewlines, required: required)
        }
        let local = key + language.fieldSuffix
        guard let english = map[key] else {
            if map[local] != nil { problem(map[local], "\(path).\(local)", "has no English text '\(key)' beside it") }
            if required { problem(line: map.mark?.line, "\(path).\(key)", "missing") }
            return nil
        }
        guard map[local] != nil else {
            problem(english, "\(path).\(local)", "missing: the \(language.englishName) text of '\(key)'")
            return nil
        }
        guard let value = text(map, local, path, maxLength: maxLength, allowNewlines: allowNewlines) else { return nil }
        if case .scalar(let scalar) = english { checkFigures(scalar.string, value, map[local], "\(path).\(local)") }
        return value
    }

    /// A translation states the figures its English text states, no more and no fewer.
    func checkFigures(_ english: String, _ local: String, _ node: Node?, _ field: String) {
        let a = Figures.of(english, .en), b = Figures.of(local, language)
        guard a != b else { return }
        problem(node, field, "its figures (\(Figures.describe(b))) differ from the English text's (\(Figures.describe(a)))")
    }

    /// Reports a glyph whose width the terminal decides (it would shear the frames in one of
    /// the two settings); true when the text holds one.
    func refusesAmbiguous(_ value: String, _ node: Node?, _ field: String) -> Bool {
        guard let odd = AmbiguousWidth.first(in: value) else { return false }
        problem(node, field, "holds '\(Character(odd))' (U+\(format4(odd.value))), "
                + "which a terminal may draw one or two columns wide; write it another way (',' or 'ㆍ' for a middle dot)")
        return true
    }

    /// A code point as Unicode writes it: four hex digits at least.
    func format4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
