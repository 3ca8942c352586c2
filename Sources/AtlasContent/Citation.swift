import AtlasGeo

/// Where a figure comes from: one published page, named the same way everywhere it is shown.
public struct Citation: Sendable, Equatable, Hashable {
    /// The publisher or author ("Yonhap", "Barbara Demick", "Yonhap via Incheon Ilbo").
    public var publisher: String
    public var title: String?
    /// As precise as the page gives it: "4 June 2020", "2017".
    public var date: String?
    /// The page's address as found, without the scheme; nil only for an unverified figure.
    public var url: String?

    public init(publisher: String, title: String? = nil, date: String? = nil, url: String? = nil) {
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
    }
}

/// How a figure is sourced: its citations, how sure they make it, and for a derived figure how
/// it was worked out from them.
public struct Sourcing: Sendable, Equatable {
    public var sources: [Citation]
    public var certainty: Certainty
    /// For a derived figure: how it was worked out, naming its inputs, in the project's words.
    public var method: String?

    public init(sources: [Citation], certainty: Certainty, method: String? = nil) {
        self.sources = sources
        self.certainty = certainty
        self.method = method
    }
}
