import AtlasGeo
import Yams

/// Reading citations, and the rules that make a source a source: every figure cites a page,
/// every cited page has an address unless the figure is marked unverified, a derived figure says
/// how it was worked out, and nothing about our own research stands in for a publisher.
extension YAMLReader {
    static let citationFields: Set<String> = ["publisher", "title", "date", "url"]

    /// Phrases that describe the research rather than name a source; doubt belongs in the
    /// certainty mark instead.
    static let researchNotePhrases = [
        "general knowledge", "research note", "no retrieved", "not recorded", "rated weak", "weak blog",
        "no source", "unverified",
    ]

    func citation(_ node: Node, _ path: String, needsAddress: Bool) -> Citation? {
        guard let m = record(node, path, allowed: Self.citationFields, translated: false) else { return nil }
        let publisher = text(m, "publisher", path, maxLength: 120)
        let title = text(m, "title", path, maxLength: 200, required: false)
        let date = text(m, "date", path, maxLength: 40, required: false)
        let url = text(m, "url", path, maxLength: 300, required: false)
        for (key, value) in [("publisher", publisher), ("title", title)] {
            guard let value else { continue }
            let lower = value.lowercased()
            if let phrase = Self.researchNotePhrases.first(where: { lower.utf8.contains(bytes: $0.utf8) }) {
                problem(m[key], "\(path).\(key)", "'\(phrase)' describes our research, not a source; "
                        + "cite the page, or mark the figure unverified")
            }
        }
        if let url, url.contains(where: \.isWhitespace) || !url.utf8.contains(UInt8(ascii: ".")) {
            problem(m["url"], "\(path).url", "'\(url)' is not a page address")
        }
        if url == nil && needsAddress {
            problem(line: m.mark?.line, "\(path).url", "missing; a citation needs the page's address unless the figure is marked unverified")
        }
        guard let publisher else { return nil }
        return Citation(publisher: publisher, title: title, date: date, url: url)
    }

    /// The `sources`, `certainty` and `method` fields of a record. `optional` allows an empty or
    /// absent list (a place placed from general knowledge, a drawing aid); `methods` is false
    /// where a record has no method field.
    func sourcing(_ m: Fields, _ path: String, optional: (Certainty) -> Bool = { _ in false },
                  methods: Bool = true) -> Sourcing? {
        let certainty = choice(m, "certainty", path, as: Certainty.self)
        let needsAddress = certainty != .unverified
        var sources: [Citation] = []
        let mayBeEmpty = certainty.map(optional) ?? true
        if let node = m["sources"] {
            if let items = node.sequence {
                if items.isEmpty && !mayBeEmpty { problem(node, "\(path).sources", "is empty; every figure needs a citation") }
                if items.count > 8 { problem(node, "\(path).sources", "has \(items.count) citations; at most 8") }
                for (i, item) in items.enumerated() {
                    if let c = citation(item, "\(path).sources[\(i)]", needsAddress: needsAddress) { sources.append(c) }
                }
            } else {
                problem(node, "\(path).sources", "expected a list of citations")
            }
        } else if !mayBeEmpty {
            problem(line: m.mark?.line, "\(path).sources", "missing; every figure needs a citation")
        }
        var method: String?
        if methods {
            method = words(m, "method", path, maxLength: 400, required: false)
            if certainty == .derived && method == nil && m["method"] == nil {
                problem(line: m.mark?.line, "\(path).method", "missing; a derived figure must say how it was worked out")
            }
            if let certainty, certainty != .derived, m["method"] != nil {
                problem(m["method"], "\(path).method", "only a derived figure has a method (this one is \(certainty.rawValue))")
            }
        }
        guard let certainty else { return nil }
        return Sourcing(sources: sources, certainty: certainty, method: method)
    }
}
