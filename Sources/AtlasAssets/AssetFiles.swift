import AtlasContent
import Foundation

extension EmbeddedAssets {
    /// The built-in copy of the file at `path` under `Assets/` (for example `content/routes.yaml`),
    /// or nil when no such file was embedded.
    public static func file(_ path: String) -> [UInt8]? {
        guard let text = base64Files[path], let data = Data(base64Encoded: text) else { return nil }
        return [UInt8](data)
    }

    /// Every embedded path, sorted.
    public static var paths: [String] { base64Files.keys.sorted() }
}

/// The copy of the content built into the binary, decoded file by file as it is read.
public struct EmbeddedSource: ContentSource {
    public init() {}
    public func read(_ path: String) -> [UInt8]? { EmbeddedAssets.file(path) }
    public func displayName(_ path: String) -> String { "\(path) (built-in)" }

    /// Every embedded file, decoded: for tests that break one file and keep the rest.
    public static var allFiles: [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: EmbeddedAssets.paths.compactMap { path in EmbeddedAssets.file(path).map { (path, $0) } })
    }
}
