/// An edition of the atlas: the language its own words and its story are written in.
public enum Language: String, CaseIterable, Sendable {
    case en
    case ko

    /// The language's name in English, for error messages.
    public var englishName: String {
        switch self {
        case .en: "English"
        case .ko: "Korean"
        }
    }

    /// The key suffix of this language's text in a content record (`text_ko`); English is the
    /// unsuffixed field.
    public var fieldSuffix: String { self == .en ? "" : "_\(rawValue)" }

    /// The edition a locale asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set
    /// (as POSIX resolves them); `ko_KR.UTF-8` and any `ko*` mean Korean, anything else English.
    public static func preferred(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.hasPrefix("ko") ? .ko : .en
        }
        return .en
    }

    /// The other edition, which `L` switches to.
    public var other: Language { self == .en ? .ko : .en }
}
