/// A value written to and read back from the compiled story's bytes: the built-in story is
/// loaded and validated at build time and embedded in this form, so start-up parses nothing.
protocol Compact {
    func write(to w: inout BinaryWriter)
    init(from r: inout BinaryReader) throws(CompiledStoryError)
}

/// The compiled bytes were cut short or are not what this program writes.
public struct CompiledStoryError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

/// Appends values as bytes: whole numbers as zig-zag varints, doubles as their 8 bytes, texts as
/// a length and UTF-8. A text longer than a small string that was written before is written as
/// a reference to it (a negative number): the two editions share every citation, and the reader
/// then makes one string where it would have made two.
struct BinaryWriter {
    var bytes: [UInt8] = []
    /// Each long text written so far, by its place among them; keyed by its bytes, since
    /// strings compare equal across Unicode normalisation forms and the bytes must come back.
    private var written: [[UInt8]: Int] = [:]

    /// Texts of at most this many bytes are Swift's small strings, stored without an
    /// allocation: not worth a reference.
    static let shortest = 16

    mutating func int(_ v: Int) {
        var u = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
        while u >= 0x80 {
            bytes.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        bytes.append(UInt8(u))
    }

    mutating func double(_ v: Double) {
        withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        if let seen = written[utf8] {
            int(-1 - seen)
            return
        }
        int(utf8.count)
        bytes.append(contentsOf: utf8)
        if utf8.count >= Self.shortest { written[utf8] = written.count }
    }

    mutating func value(_ v: some Compact) { v.write(to: &self) }

    mutating func list<T: Compact>(_ items: [T]) {
        int(items.count)
        for item in items { item.write(to: &self) }
    }

    mutating func strings(_ items: [String]) {
        int(items.count)
        for item in items { string(item) }
    }

    mutating func optional<T>(_ v: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(v != nil)
        if let v { write(&self, v) }
    }

    mutating func raw<T: RawRepresentable>(_ v: T) where T.RawValue == String { string(v.rawValue) }
}

/// Reads what `BinaryWriter` wrote, in the same order; anything out of place is an error.
/// It reads the bytes where they are, valid only while its maker's `withUnsafeBytes` lasts.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var at = 0
    /// Each long text read so far, for the references to it.
    private var read: [String] = []

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private func short() -> CompiledStoryError { CompiledStoryError(description: "the compiled story ends early at byte \(at)") }

    mutating func int() throws(CompiledStoryError) -> Int {
        var u: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw short() }
            let b = bytes[at]
            at += 1
            u |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
    }

    mutating func double() throws(CompiledStoryError) -> Double {
        guard at + 8 <= bytes.count else { throw short() }
        defer { at += 8 }
        return Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
    }

    mutating func bool() throws(CompiledStoryError) -> Bool {
        guard at < bytes.count else { throw short() }
        at += 1
        return bytes[at - 1] != 0
    }

    mutating func string() throws(CompiledStoryError) -> String {
        let n = try int()
        if n < 0 {
            guard -1 - n < read.count else { throw CompiledStoryError(description: "a text refers to one not read yet, at byte \(at)") }
            return read[-1 - n]
        }
        guard n <= bytes.count - at else { throw short() }
        defer { at += n }
        let s = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<at + n]), as: UTF8.self)
        if n >= BinaryWriter.shortest { read.append(s) }
        return s
    }

    /// A length, checked against what is left (so a broken length cannot ask for a huge array).
    mutating func count() throws(CompiledStoryError) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw short() }
        return n
    }

    mutating func value<T: Compact>(_: T.Type = T.self) throws(CompiledStoryError) -> T { try T(from: &self) }

    /// Two lists of texts read as keys and their values; unequal lists or a repeated key are an
    /// error (`what` names the table), never a trap.
    static func table(_ keys: [String], _ values: [String], what: String) throws(CompiledStoryError) -> [String: String] {
        guard keys.count == values.count else { throw CompiledStoryError(description: "\(what) are not whole") }
        var out: [String: String] = [:]
        for (key, value) in zip(keys, values) {
            guard out.updateValue(value, forKey: key) == nil else { throw CompiledStoryError(description: "\(what) repeat '\(key)'") }
        }
        return out
    }

    mutating func list<T: Compact>(_: T.Type = T.self) throws(CompiledStoryError) -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try T(from: &self)) }
        return out
    }

    mutating func strings() throws(CompiledStoryError) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws(CompiledStoryError) -> T) throws(CompiledStoryError) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func raw<T: RawRepresentable>(_: T.Type = T.self) throws(CompiledStoryError) -> T where T.RawValue == String {
        let s = try string()
        guard let v = T(rawValue: s) else { throw CompiledStoryError(description: "unknown value '\(s)' at byte \(at)") }
        return v
    }
}
