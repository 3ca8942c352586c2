import AtlasGeo
import Yams

/// Readers for the shapes the story files share: facts and chapter heads.
extension YAMLReader {
    static let sourcingFields: Set<String> = ["sources", "certainty", "method"]
    static let factFields: Set<String> = sourcingFields.union(["date", "text"])

    func fact(_ node: Node, _ path: String) -> Fact? {
        guard let m = record(node, path, allowed: Self.factFields) else { return nil }
        let date = words(m, "date", path, maxLength: 40)
        let body = words(m, "text", path, maxLength: 600)
        let sourcing = sourcing(m, path)
        guard let date, let body, let sourcing else { return nil }
        return Fact(date: date, text: body, sourcing: sourcing)
    }

    func facts(_ m: Fields, _ key: String, _ path: String, count: ClosedRange<Int>) -> [Fact] {
        let base = path.isEmpty ? key : "\(path).\(key)"
        return (list(m, key, path, count: count) ?? []).enumerated().compactMap { fact($1, "\(base)[\($0)]") }
    }

    /// Title, kicker, paragraphs, and the fact list under `factsKey`.
    func chapterText(_ m: Fields, factsKey: String, factCount: ClosedRange<Int>) -> ChapterText? {
        let title = words(m, "title", "", maxLength: 40)
        let kicker = words(m, "kicker", "", maxLength: 60)
        let paragraphs = paragraphList(m)
        let facts = facts(m, factsKey, "", count: factCount)
        guard let title, let kicker else { return nil }
        return ChapterText(title: title, kicker: kicker, paragraphs: paragraphs, facts: facts)
    }

    /// The chapter's paragraphs in the edition's language: `paragraphs`, or in Korean
    /// `paragraphs_ko`, one for each English paragraph and stating the same figures.
    func paragraphList(_ m: Fields) -> [String] {
        let english = list(m, "paragraphs", "", count: 1...6) ?? []
        let key = "paragraphs" + language.fieldSuffix
        var items = english
        if language != .en {
            guard m[key] != nil else {
                if !english.isEmpty { problem(m["paragraphs"], key, "missing: the \(language.englishName) text of 'paragraphs'") }
                return []
            }
            items = list(m, key, "", count: english.count...english.count) ?? []
        }
        var paragraphs: [String] = []
        for (i, p) in items.enumerated() {
            guard case .scalar(let s) = p else { problem(p, "\(key)[\(i)]", "expected text"); continue }
            if let bad = TextSafety.firstControl(in: s.string, allowNewlines: true) {
                problem(p, "\(key)[\(i)]", "contains a control character (U+\(String(bad.value, radix: 16, uppercase: true)))")
                continue
            }
            if refusesAmbiguous(s.string, p, "\(key)[\(i)]") { continue }
            if language != .en, case .scalar(let e) = english[i] { checkFigures(e.string, s.string, p, "\(key)[\(i)]") }
            paragraphs.append(HangulComposition.compose(s.string))
        }
        return paragraphs
    }

    /// A whole number within `range`.
    func integer(_ m: Fields, _ key: String, _ path: String, range: ClosedRange<Int>, required: Bool = true) -> Int? {
        ranged(m, key, path, range: range, required: required, expected: "a whole number") { Int($0) }
    }

    /// A list of place ids, each checked against the known places.
    func placeIDs(_ m: Fields, _ key: String, _ path: String, count: ClosedRange<Int>, known: Set<String>) -> [String] {
        var ids: [String] = []
        for (k, w) in (list(m, key, path, count: count) ?? []).enumerated() {
            guard case .scalar(let s) = w else { problem(w, "\(path).\(key)[\(k)]", "expected a place id"); continue }
            if known.contains(s.string) {
                ids.append(s.string)
            } else {
                problem(w, "\(path).\(key)[\(k)]", "unknown place '\(TextSafety.oneLine(s.string))' (not in places.yaml)")
            }
        }
        return ids
    }

    /// A single place id, checked.
    func placeID(_ m: Fields, _ key: String, _ path: String, known: Set<String>) -> String? {
        guard let id = text(m, key, path, maxLength: 40) else { return nil }
        guard known.contains(id) else {
            problem(m[key], "\(path).\(key)", "unknown place '\(id)' (not in places.yaml)")
            return nil
        }
        return id
    }
}
