import AtlasGeo

/// A small JSON reader for the map asset: fast on large coordinate arrays, and it remembers
/// the line of every array and object so errors can name it.
enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue], line: Int)
    case object([String: JSONValue], line: Int)
    /// A list of [x, y] number pairs (coordinates), kept flat as x0, y0, x1, y1, ...: the map's
    /// rings without an array allocated for every point.
    case pairs([Double], line: Int)

    var line: Int? {
        switch self {
        case .array(_, let line), .object(_, let line), .pairs(_, let line): line
        default: nil
        }
    }
    subscript(key: String) -> JSONValue? {
        if case .object(let fields, _) = self { return fields[key] }
        return nil
    }
    var array: [JSONValue]? {
        if case .array(let items, _) = self { return items }
        return nil
    }
    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
}

struct JSONSyntaxError: Error {
    var line: Int
    var message: String
}

/// Parses JSON bytes; nesting deeper than `maxDepth` is refused rather than overflowing the stack.
struct JSONParser {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private let maxDepth = 64

    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        if parser.i != bytes.count { throw parser.fail("unexpected text after the end of the document") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(line: line, message: message) }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: line += 1; i += 1
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
        skipSpace()
        guard i < bytes.count else { throw fail("unexpected end of file") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["):
            if let pairs = pairList() { return pairs }
            return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard i + expected.count <= bytes.count else { throw fail("unexpected end of file") }
        for k in 0..<expected.count where bytes[i + k] != expected[k] { throw fail("unexpected character") }
        i += expected.count
    }

    /// Reads `[[x, y], [x, y], ...]` in one go when that is what follows; otherwise leaves the
    /// position as it was and returns nil, for the general reader to take over.
    private mutating func pairList() -> JSONValue? {
        let start = i, startLine = line
        func giveUp() -> JSONValue? { i = start; line = startLine; return nil }
        i += 1
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return giveUp() }
        var flat: [Double] = []
        while true {
            // One [x, y] pair.
            guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return giveUp() }
            i += 1
            skipSpace()
            guard let x = try? number() else { return giveUp() }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return giveUp() }
            i += 1
            skipSpace()
            guard let y = try? number() else { return giveUp() }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "]") else { return giveUp() }
            i += 1
            flat.append(x)
            flat.append(y)
            skipSpace()
            guard i < bytes.count else { return giveUp() }
            if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .pairs(flat, line: startLine) }
            return giveUp()
        }
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = line
        i += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields, line: start) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a field name in quotes") }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after a field name") }
            i += 1
            fields[key] = try value(depth: depth + 1)
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of file inside an object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields, line: start) }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = line
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: start) }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of file inside a list") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items, line: start) }
            throw fail("expected ',' or ']'")
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw fail("text is not valid UTF-8") }
                return s
            }
            if b < 0x20 { throw fail("control character inside text") }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16)
                    else { throw fail("bad \\u escape") }
                    i += 4
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(scalar).utf8))
                default: out.append(e)
                }
                continue
            }
            out.append(b)
            i += 1
        }
        throw fail("unterminated text")
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = i
        while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
        guard i > start else { throw fail("unexpected character") }
        let value = bytes.withUnsafeBufferPointer { buf in
            Self.fastDouble(UnsafeBufferPointer(rebasing: buf[start..<i]))
        }
        guard let value, value.isFinite else { throw fail("malformed number") }
        return value
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2B || b == 0x2E || b == 0x65 || b == 0x45
    }

    /// Plain decimals (the whole map asset) are read directly; anything else goes through `Double(_:)`.
    private static func fastDouble(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var k = 0
        var negative = false
        if k < s.count, s[k] == 0x2D { negative = true; k += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var seenDot = false
        while k < s.count {
            let b = s[k]
            if b >= 0x30 && b <= 0x39 {
                if digits < 18 { mantissa = mantissa * 10 + UInt64(b - 0x30); digits += 1; if seenDot { scale += 1 } }
                else if !seenDot { return Double(String(decoding: s, as: UTF8.self)) }
            } else if b == 0x2E && !seenDot {
                seenDot = true
            } else {
                return Double(String(decoding: s, as: UTF8.self))
            }
            k += 1
        }
        guard digits > 0 else { return nil }
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18]
        let v = Double(mantissa) / powers[scale]
        return negative ? -v : v
    }
}
