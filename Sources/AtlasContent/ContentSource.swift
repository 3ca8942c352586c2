import AtlasGeo

/// Where the story's files come from: the copy built into the binary, or a folder on disk.
/// Paths are relative to the assets root, such as `content/routes.yaml` or `map/countries.geojson`.
public protocol ContentSource: Sendable {
    /// The bytes of the file, or nil when there is no such file.
    func read(_ path: String) -> [UInt8]?
    /// How to name the file in an error message.
    func displayName(_ path: String) -> String
}

extension ContentSource {
    /// The bytes of a file the story needs; when it is missing, "file not found" is added to
    /// `problems` and nil returned.
    func required(_ path: String, problems: inout [ContentProblem]) -> [UInt8]? {
        guard let bytes = read(path) else {
            problems.append(ContentProblem(file: displayName(path), line: nil, field: "", message: "file not found"))
            return nil
        }
        return bytes
    }
}

/// Files held in memory, keyed by path; the built-in copy and tests use it.
public struct MemorySource: ContentSource {
    public var files: [String: [UInt8]]
    public var label: String

    public init(files: [String: [UInt8]], label: String = "built-in") {
        self.files = files
        self.label = label
    }

    public func read(_ path: String) -> [UInt8]? { files[path] }
    public func displayName(_ path: String) -> String { label.isEmpty ? path : "\(path) (\(label))" }
}

/// One source in front of another: a folder of content files over the built-in map, say.
public struct LayeredSource: ContentSource {
    public var top: any ContentSource
    public var bottom: any ContentSource

    public init(top: any ContentSource, bottom: any ContentSource) {
        self.top = top
        self.bottom = bottom
    }

    public func read(_ path: String) -> [UInt8]? { top.read(path) ?? bottom.read(path) }
    public func displayName(_ path: String) -> String {
        top.read(path) != nil ? top.displayName(path) : bottom.displayName(path)
    }
}
