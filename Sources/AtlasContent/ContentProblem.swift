import AtlasGeo

/// One thing wrong with the content, located by file, line and field.
public struct ContentProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The field, as a dotted path such as `routes[2].verdict`.
    public var field: String
    public var message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, on one line whatever the message holds.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let subject = field.isEmpty ? "" : "\(field): "
        return TextSafety.oneLine("\(place): \(subject)\(message)")
    }
}

/// Every problem found in one load, in file order.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    public var problems: [ContentProblem]
    public init(_ problems: [ContentProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
