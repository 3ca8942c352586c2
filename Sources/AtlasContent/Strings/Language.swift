/// An edition of the atlas: the language its own words are written in.
public enum Language: String, CaseIterable, Sendable {
    case en
}
