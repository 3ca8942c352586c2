import Foundation
import PackagePlugin

/// Builds the story content and the map into the binary: every file under `Assets/content`
/// and `Assets/map` becomes a base64 string in a generated Swift file, so a copied release
/// binary never looks for files on disk.
@main
struct EmbedAssetsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let assets = context.package.directoryURL.appending(path: "Assets")
        let folders = ["content", "map"].map { assets.appending(path: $0) }
        var inputs: [URL] = []
        for folder in folders {
            let found = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = found?.nextObject() as? URL {
                if ["yaml", "geojson"].contains(url.pathExtension) { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) asset files",
                executable: try context.tool(named: "AssetEmbedder").url,
                arguments: [output.path, assets.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
