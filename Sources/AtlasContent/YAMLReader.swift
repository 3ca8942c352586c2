import AtlasGeo
import Yams

/// A YAML mapping's fields by name, looked up once: Yams compares key nodes by resolving
/// their tags, which is slow when done for every lookup.
struct Fields {
    let mark: Mark?
    let values: [String: Node]
    subscript(key: String) -> Node? { values[key] }
}

/// Reads fields out of a composed YAML tree, collecting every problem with its line
/// instead of stopping at the first.
final class YAMLReader {
    let file: String
    /// The edition being read: the visitor's texts come from `key` in English and from
    /// `key_ko` in Korean (see `words`).
    let language: Language
    private(set) var problems: [ContentProblem] = []

    init(file: String, language: Language = .en) { (self.file, self.language) = (file, language) }

    func problem(_ node: Node?, _ field: String, _ message: String) {
        problems.append(ContentProblem(file: file, line: node?.mark?.line, field: field, message: message))
    }

    func problem(line: Int?, _ field: String, _ message: String) {
        problems.append(ContentProblem(file: file, line: line, field: field, message: message))
    }

    /// Parses `bytes` into a node tree; a syntax error becomes a problem with its line.
    func compose(_ bytes: [UInt8]) -> Node? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            problem(line: Self.firstInvalidUTF8Line(bytes), "", "the file is not valid UTF-8")
            return nil
        }
        if let (line, depth) = Self.excessiveNesting(bytes) {
            problem(line: line, "", "nesting \(depth) levels deep; at most \(Self.maxDepth) are allowed")
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                problem(line: 1, "", "the file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, message, mark, _), let .parser(_, message, mark, _), let .composer(_, message, mark, _):
                problem(line: mark.line, "", "YAML syntax error: \(message)")
            case let .duplicatedKeysInMapping(duplicates, context):
                problem(line: context.mark.line, "", "duplicate key: \(duplicates.joined(separator: ", "))")
            case let .reader(message, offset, _, _):
                let line = offset.map { o in bytes.prefix(max(0, o)).filter { $0 == 0x0A }.count + 1 } ?? 1
                problem(line: line, "", "unreadable YAML: \(message)")
            default:
                problem(line: 1, "", "unreadable YAML: \(error)")
            }
            return nil
        } catch {
            problem(line: 1, "", "unreadable YAML: \(error)")
            return nil
        }
    }

    /// The list under `key` at the top of the document.
    func topList(_ root: Node, key: String) -> [Node] {
        guard let map = root.mapping else {
            problem(root, key, "expected a mapping with a '\(key)' list at the top of the file")
            return []
        }
        guard let list = map.first(where: { $0.key.string == key })?.value else {
            problem(root, key, "missing (the file must have a '\(key)' list)")
            return []
        }
        guard let items = list.sequence else {
            problem(list, key, "expected a list")
            return []
        }
        return Array(items)
    }

    /// A record: a mapping, whose unknown keys are reported. Unless `translated` is false (a
    /// citation stays as published), each allowed field a visitor reads may have its Korean text.
    func record(_ node: Node, _ path: String, allowed: Set<String>, translated: Bool = true) -> Fields? {
        guard let map = node.mapping else {
            problem(node, path, "expected a mapping of fields")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in map {
            let name = key.string ?? "?"
            if !allowed.contains(name) && !(translated && Self.isTranslation(name, allowed: allowed)) {
                problem(key, "\(path).\(name)", "unknown field (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            values[name] = value
        }
        return Fields(mark: map.mark, values: values)
    }

    /// A required text field, checked for control characters and length.
    func text(_ map: Fields, _ key: String, _ path: String, maxLength: Int? = nil,
              allowNewlines: Bool = false, required: Bool = true) -> String? {
        guard let node = map[key] else {
            if required { problem(line: map.mark?.line, "\(path).\(key)", "missing") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            problem(node, "\(path).\(key)", "expected text")
            return nil
        }
        let value = scalar.string
        if let bad = TextSafety.firstControl(in: value, allowNewlines: allowNewlines) {
            problem(node, "\(path).\(key)", "contains a control character (U+\(String(format4(bad.value)))), which could take over the terminal")
            return nil
        }
        if refusesAmbiguous(value, node, "\(path).\(key)") { return nil }
        if value.trimmingSpaces.isEmpty {
            problem(node, "\(path).\(key)", "is empty")
            return nil
        }
        // Measured in terminal columns: a Hangul syllable takes two.
        if let maxLength, CharWidth.of(value) > maxLength {
            let unit = value.unicodeScalars.allSatisfy({ CharWidth.of($0) == 1 }) ? "characters" : "columns"
            problem(node, "\(path).\(key)", "is \(CharWidth.of(value)) \(unit) long; at most \(maxLength) fit")
            return nil
        }
        return HangulComposition.compose(value)
    }

    /// A required number within `range`.
    func number(_ map: Fields, _ key: String, _ path: String, range: ClosedRange<Double>) -> Double? {
        ranged(map, key, path, range: range, required: true, expected: "a number") { Double($0).flatMap { $0.isFinite ? $0 : nil } }
    }

    /// A value read from a scalar by `parse` and checked against `range`; missing is a problem
    /// only when `required`.
    func ranged<T: Comparable>(_ map: Fields, _ key: String, _ path: String, range: ClosedRange<T>, required: Bool,
                               expected: String, parse: (String) -> T?) -> T? {
        guard let node = map[key] else {
            if required { problem(line: map.mark?.line, "\(path).\(key)", "missing") }
            return nil
        }
        guard case .scalar(let scalar) = node, let value = parse(scalar.string) else {
            problem(node, "\(path).\(key)", "expected \(expected)")
            return nil
        }
        guard range.contains(value) else {
            problem(node, "\(path).\(key)", "\(scalar.string) is out of range (\(range.lowerBound) to \(range.upperBound))")
            return nil
        }
        return value
    }

    /// A required value out of a fixed set.
    func choice<T: RawRepresentable & CaseIterable>(_ map: Fields, _ key: String, _ path: String, as: T.Type,
                                                    required: Bool = true) -> T?
    where T.RawValue == String {
        guard let raw = text(map, key, path, required: required) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            problem(map[key], "\(path).\(key)", "unknown value '\(raw)' (expected one of: \(allowed))")
            return nil
        }
        return value
    }

    /// A required list, each item handed to `item` with its index.
    func list(_ map: Fields, _ key: String, _ path: String, count: ClosedRange<Int>) -> [Node]? {
        guard let node = map[key] else {
            problem(line: map.mark?.line, "\(path).\(key)", "missing")
            return nil
        }
        guard let items = node.sequence else {
            problem(node, "\(path).\(key)", "expected a list")
            return nil
        }
        guard count.contains(items.count) else {
            problem(node, "\(path).\(key)", "has \(items.count) items; expected \(count.lowerBound) to \(count.upperBound)")
            return nil
        }
        return Array(items)
    }

    /// The story's files nest a few levels; far deeper nesting is refused before parsing, so a
    /// hostile file cannot exhaust the stack of the recursive composer.
    static let maxDepth = 64

    /// The first line where flow brackets, block indentation or "- - -" chains nest deeper than
    /// `maxDepth`, with that depth.
    static func excessiveNesting(_ bytes: [UInt8]) -> (line: Int, depth: Int)? {
        var line = 1, flow = 0, indent = 0, dashes = 0, atLineStart = true
        for b in bytes {
            switch b {
            case 0x0A:
                line += 1; indent = 0; dashes = 0; atLineStart = true
                continue
            case 0x5B, 0x7B: flow += 1   // [ {
            case 0x5D, 0x7D: flow -= 1   // ] }
            case 0x20: if atLineStart { indent += 1 }
            case 0x2D: if atLineStart { dashes += 1 }   // a "- - -" chain
            default: break
            }
            if b != 0x20 && b != 0x2D { atLineStart = false }
            let depth = max(flow, indent / 2, dashes)
            if depth > maxDepth { return (line, depth) }
        }
        return nil
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}

extension String {
    /// The string without leading and trailing white space.
    public var trimmingSpaces: Substring {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}

extension String.UTF8View {
    /// Whether `needle`'s bytes occur in order here: a plain byte search. Foundation's
    /// locale-aware `contains` made loading the story three times slower, and the standard
    /// library's generic `Collection.contains(_:)` half as slow again (content load 10 ms with
    /// this, 15 ms with that, 37 ms with Foundation's; `make bench`).
    func contains(bytes needle: String.UTF8View) -> Bool {
        guard let first = needle.first else { return true }
        var i = startIndex
        while let hit = self[i...].firstIndex(of: first) {
            if self[hit...].starts(with: needle) { return true }
            i = index(after: hit)
        }
        return false
    }
}
