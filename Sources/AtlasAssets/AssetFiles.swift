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
