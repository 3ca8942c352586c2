import AtlasAssets
import AtlasCore
import Foundation

/// The built-in story and helpers shared by the tests.
enum Fixtures {
    static let builtIn = MemorySource(files: EmbeddedSource.allFiles)

    static let story: Story = {
        do { return try ContentLoader.load(from: builtIn) } catch { fatalError("built-in content is broken: \(error)") }
    }()

    /// Every edition of the built-in story, loaded from the files.
    static let editions: Editions = {
        do { return try ContentLoader.loadEditions(from: builtIn) } catch { fatalError("built-in content is broken: \(error)") }
    }()

    static func atlas(_ charset: Charset = .blocks) -> Atlas { Atlas(story: story, charset: charset) }

    /// An atlas of every edition, starting in `language`.
    static func bilingual(_ language: Language = .en, charset: Charset = .blocks) -> Atlas {
        Atlas(editions: editions, language: language, charset: charset)
    }

    /// The problems a load of every edition reports (the built-in map reused), or none.
    static func editionProblems(_ source: MemorySource) -> [ContentProblem] {
        do {
            _ = try ContentLoader.loadEditions(from: source, map: story.map)
            return []
        } catch {
            return error.problems
        }
    }

    /// The built-in files with one replaced, for error tests.
    static func source(replacing path: String, with text: String) -> MemorySource {
        var files = builtIn.files
        files[path] = Array(text.utf8)
        return MemorySource(files: files, label: "")
    }

    /// How many rounds a randomised test runs: a fast count in `make test`, many more under
    /// `make soak` (which sets NK_SOAK=1).
    static func rounds(fast: Int, soak: Int) -> Int {
        ProcessInfo.processInfo.environment["NK_SOAK"] == "1" ? soak : fast
    }

    /// The problems a load reports, or an empty list when it loads. With `keepMap`, the built-in
    /// map is reused instead of parsed again.
    static func problems(_ source: MemorySource, keepMap: Bool = false) -> [ContentProblem] {
        do {
            _ = try ContentLoader.load(from: source, map: keepMap ? story.map : nil)
            return []
        } catch {
            return error.problems
        }
    }

    static var routesYAML: String { String(decoding: builtIn.files[ContentLoader.routesPath]!, as: UTF8.self) }
    static var placesYAML: String { String(decoding: builtIn.files[ContentLoader.placesPath]!, as: UTF8.self) }

    static func route(_ code: String) -> Int { story.routeIndex(code: code)! }
}
