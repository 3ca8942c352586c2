import AtlasCore
import Benchmark

/// Every edition, loaded once per process.
enum SharedEditions {
    static let editions: Editions = {
        do {
            return try ContentLoader.loadEditions(from: assets)
        } catch {
            fatalError("cannot load the content from \(assetsRoot):\n\(error)")
        }
    }()
}

/// The same frames as the English benchmarks, in each edition: a Korean frame (wide cells,
/// Hangul wrapping) is held to at most 1.2 times an English one.
func editionBenchmarks() {
    for language in Language.allCases {
        let name = language.englishName
        Benchmark(
            "First frame 160x48 (\(name) edition)",
            configuration: .init(setup: { _ = SharedEditions.editions })
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let atlas = Atlas(editions: SharedEditions.editions, language: language, charset: .blocks)
                blackHole(atlas.render(atlas.initialState(width: screen.width, height: screen.height)))
            }
        }

        // Tab through the routes with the panel open: a new panel's text wrapped every frame.
        var loop: LoopStep?
        Benchmark(
            "Panel key to frame 160x48 (\(name) edition)",
            configuration: .init(
                setup: {
                    let atlas = Atlas(editions: SharedEditions.editions, language: language, charset: .blocks)
                    loop = LoopStep(atlas: atlas, width: screen.width, height: screen.height, panel: true)
                },
                teardown: { loop = nil }
            )
        ) { benchmark in
            guard var step = loop else { fatalError("setup did not run") }
            for _ in benchmark.scaledIterations {
                blackHole(step.press(.key(.tab)))
            }
            loop = step
        }
    }
}
