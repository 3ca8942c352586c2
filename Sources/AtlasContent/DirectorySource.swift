import AtlasGeo
import Foundation

/// Content read from a folder given with `--content DIR`.
///
/// DIR may be laid out like `Assets/` (with `content/` and `map/` inside), or be a folder of
/// content files itself (like `Assets/content`), in which case the map comes from the layer below.
public struct DirectorySource: ContentSource {
    public let root: String
    /// True when DIR holds the YAML files directly rather than a `content/` folder.
    public let flat: Bool

    public init(root: String) {
        var isDir: ObjCBool = false
        let hasContent = FileManager.default.fileExists(atPath: root + "/content", isDirectory: &isDir) && isDir.boolValue
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.flat = !hasContent
    }

    /// Whether the folder exists at all.
    public var exists: Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDir) && isDir.boolValue
    }

    private func diskPath(_ path: String) -> String? {
        if !flat { return root + "/" + path }
        guard path.hasPrefix("content/") else { return nil }
        return root + "/" + path.dropFirst("content/".count)
    }

    public func read(_ path: String) -> [UInt8]? {
        guard let disk = diskPath(path), let data = FileManager.default.contents(atPath: disk) else { return nil }
        return [UInt8](data)
    }

    public func displayName(_ path: String) -> String { diskPath(path) ?? path }
}
