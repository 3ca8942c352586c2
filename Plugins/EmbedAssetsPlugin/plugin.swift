import Foundation
import PackagePlugin

/// Builds the story content and the map into the binary: every file under `Assets/content`
/// and `Assets/map` becomes a base64 string in a generated Swift file, so a copied release
/// binary never looks for files on disk; and the story, loaded and validated at build time, is
/// embedded compiled, so the program parses nothing at start.
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
        let files = context.pluginWorkDirectoryURL.appending(path: "EmbeddedAssets.swift")
        let story = context.pluginWorkDirectoryURL.appending(path: "CompiledStoryBytes.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) asset files and compiling the story",
                executable: try context.tool(named: "AssetEmbedder").url,
                arguments: [files.path, story.path, assets.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [files, story]
            )
        ]
    }
}
