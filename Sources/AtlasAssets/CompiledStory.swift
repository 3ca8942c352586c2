import AtlasContent
import Foundation

/// The built-in story as the build compiled it: loaded and validated from `Assets/` at build time
/// (a content problem fails the build), read at start with no YAML or GeoJSON to parse.
public enum CompiledStory {
    public static func load() throws(CompiledStoryError) -> Editions {
        guard let data = Data(base64Encoded: CompiledStoryBytes.base64) else {
            throw CompiledStoryError(description: "the compiled story is not base64")
        }
        return try StoryCodec.decode(data)
    }
}
