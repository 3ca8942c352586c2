/// The program's own words in one language: every label, heading, hint and unit the code
/// writes comes from here, by key (`t[.keyFacts]`), with `{name}` slots filled by `t(.key, [...])`.
/// The content's words come from the content files.
public struct Strings: Sendable {
    public let language: Language
    private let table: [UIText: String]

    public static let english = Strings(.en)

    public init(_ language: Language) {
        self.language = language
        switch language {
        case .en: table = EnglishText.table
        case .ko: table = KoreanText.table
        }
    }

    /// Whether the table has a value for `key` (a test holds every table to every key).
    public func has(_ key: UIText) -> Bool { table[key] != nil }

    public subscript(_ key: UIText) -> String { table[key] ?? key.rawValue }

    /// The text for `key` with each `{name}` replaced by its value.
    public func callAsFunction(_ key: UIText, _ values: KeyValuePairs<String, String>) -> String {
        var out = ""
        var rest = Substring(self[key])
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            if let value = values.first(where: { $0.key == name })?.value { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A whole number the way the edition writes it: 2,914.
    public func number(_ n: Int) -> String { NumberFormat.grouped(n) }
}

extension Strings {
    private static let verdicts: [Verdict: UIText] = [
        .deadlyCrossing: .verdictDeadly, .repatriated: .verdictRepatriated, .uncertain: .verdictUncertain,
        .sentToSeoul: .verdictToSeoul, .transitAllowed: .verdictTransit,
    ]
    private static let certainties: [Certainty: UIText] = [
        .verified: .certaintyVerified, .derived: .certaintyDerived, .unverified: .certaintyUnverified,
    ]
    private static let statuses: [Camp.Status: UIText] = [
        .operating: .statusOperating, .closed: .statusClosed, .dismantled: .statusDismantled,
        .disputed: .statusDisputed, .unknown: .statusUnknown,
    ]

    /// A verdict in words.
    public func verdict(_ v: Verdict) -> String { Self.verdicts[v].map { self[$0] } ?? v.rawValue }

    /// How sure a figure is, in the word its mark shows ("[unverified]").
    public func certainty(_ c: Certainty) -> String { Self.certainties[c].map { self[$0] } ?? c.rawValue }

    public func campStatus(_ s: Camp.Status) -> String { Self.statuses[s].map { self[$0] } ?? s.rawValue }

    /// "Camp" or "Prison", the word in a camp's name and the first letter of its map code.
    public func campWord(_ kind: Camp.Kind) -> String { kind == .kwanliso ? self[.campWord] : self[.prisonWord] }
}
