import AtlasCore
import Benchmark
import Foundation

// Benchmarks of the paths that decide how the program feels: loading the story, filling the
// map, the first frame, and the frame after a key press. Run with `make bench`.

/// The repository's `Assets/` folder, found from this file's place in it:
/// `<repo>/Benchmarks/Benchmarks/AtlasBenchmarks/AtlasBenchmarks.swift`.
let assetsRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Assets").path
}()

/// The content the benchmarks read: the folder on disk (the copy built into the program lives in
/// the AtlasAssets target, which is not a product).
let assets = DirectorySource(root: assetsRoot)

/// Loads the story from disk, or stops with every problem found.
func loadStory() -> Story {
    do {
        return try ContentLoader.load(from: assets)
    } catch {
        fatalError("cannot load the content from \(assetsRoot):\n\(error)")
    }
}

/// The story, loaded once per process, for the benchmarks that start from a loaded story.
enum Shared {
    static let story = loadStory()
}

/// The screen size every frame benchmark draws at.
let screen = (width: 160, height: 48)

let benchmarks: @Sendable () -> Void = {
    // Every benchmark below takes 0.1 to 30 ms an iteration, far above the cost of measuring
    // one, so each iteration is one operation (scaling factor one) and the percentiles are
    // per-operation latencies. CPU time is only measured where an operation takes milliseconds:
    // on Linux it is counted in 10 ms ticks, so for the sub-millisecond ones it reads 0 or 10 ms.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 3,
        maxDuration: .seconds(3),
        maxIterations: 1_000
    )

    // 1. Read every content YAML file and both GeoJSON files, parse and validate them.
    Benchmark(
        "Content load",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
            maxDuration: .seconds(5),
            maxIterations: 200
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(loadStory())
        }
    }

    // 1b. What the program does at start instead: read the story compiled at build time
    //     (StoryCodec, the same bytes the build embeds, every edition, without the base64 around them).
    let compiled = StoryCodec.encode(SharedEditions.editions)
    Benchmark(
        "Compiled story load",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 500)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try StoryCodec.decode(compiled))
        }
    }

    // 2. Project every country ring and scan-line fill the map block the 160x48 layout gives
    //    the map (the screen less the title and status rows and the sidebar).
    let layout = ScreenLayout(width: screen.width, height: screen.height)
    Benchmark(
        "Projection and fill 160x48",
        configuration: .init(
            tags: ["raster": "\(layout.map.width)x\(layout.map.height)"],
            setup: { _ = Shared.story }
        )
    ) { benchmark in
        let map = Shared.story.map
        for _ in benchmark.scaledIterations {
            blackHole(MapRaster(map: map, view: ScreenLayout.region, cols: layout.map.width, rows: layout.map.height))
        }
    }

    // 3. What the program does once the story is loaded: a new Atlas (cold raster cache),
    //    its initial state, and the whole first frame.
    Benchmark(
        "First frame 160x48",
        configuration: .init(setup: { _ = Shared.story })
    ) { benchmark in
        let story = Shared.story
        for _ in benchmark.scaledIterations {
            let atlas = Atlas(story: story, charset: .blocks)
            let state = atlas.initialState(width: screen.width, height: screen.height)
            blackHole(atlas.render(state))
        }
    }

    // 4. A warm Atlas on the first (routes) chapter: Tab selects the next route, so the frame
    //    really changes every time; then the whole frame is drawn again.
    var keyLoop: LoopStep?
    Benchmark(
        "Key press to frame 160x48",
        configuration: .init(
            // The first frame fills the raster cache.
            setup: { keyLoop = LoopStep(atlas: Atlas(story: Shared.story, charset: .blocks), width: screen.width, height: screen.height) },
            teardown: { keyLoop = nil }
        )
    ) { benchmark in
        guard var loop = keyLoop else { fatalError("setup did not run") }
        for _ in benchmark.scaledIterations {
            blackHole(loop.press(.key(.tab)))
        }
        keyLoop = loop
    }

    // 5. A warm Atlas with the route panel open over the map: the whole frame drawn again.
    var panelAtlas: Atlas?
    var panelState: AppState?
    Benchmark(
        "Panel frame 160x48",
        configuration: .init(
            setup: {
                let atlas = Atlas(story: Shared.story, charset: .blocks)
                var state = atlas.initialState(width: screen.width, height: screen.height)
                state.panel = PanelState()
                blackHole(atlas.render(state))  // fills the raster and panel-text caches
                panelAtlas = atlas
                panelState = state
            },
            teardown: { panelAtlas = nil; panelState = nil }
        )
    ) { benchmark in
        guard let atlas = panelAtlas, let state = panelState else { fatalError("setup did not run") }
        for _ in benchmark.scaledIterations {
            blackHole(atlas.render(state))
        }
    }

    // 6. The braille map at 240x80: a new Atlas, so fill, dots, borders, labels, markers and
    //    the route are all computed from nothing.
    let big = (width: 240, height: 80)
    Benchmark(
        "Braille map 240x80 cold",
        configuration: .init(setup: { _ = Shared.story })
    ) { benchmark in
        let story = Shared.story
        for _ in benchmark.scaledIterations {
            let atlas = Atlas(story: story, charset: .braille)
            blackHole(atlas.render(atlas.initialState(width: big.width, height: big.height)))
        }
    }

    // 7. The whole braille map drawn again from warm caches, after a key press.
    var brailleLoop: LoopStep?
    Benchmark(
        "Braille key press to frame 240x80",
        configuration: .init(
            setup: { brailleLoop = LoopStep(atlas: Atlas(story: Shared.story, charset: .braille), width: big.width, height: big.height) },
            teardown: { brailleLoop = nil }
        )
    ) { benchmark in
        guard var loop = brailleLoop else { fatalError("setup did not run") }
        for _ in benchmark.scaledIterations {
            blackHole(loop.press(.key(.tab)))
        }
        brailleLoop = loop
    }

    // 8. A zoom step in braille at 240x80: a new view, so a new raster and dots every time
    //    (zooming in five steps and back out, round and round).
    var zoomLoop: LoopStep?
    var zoomStep = 0
    Benchmark(
        "Braille zoom step 240x80",
        configuration: .init(
            setup: { zoomLoop = LoopStep(atlas: Atlas(story: Shared.story, charset: .braille), width: big.width, height: big.height) },
            teardown: { zoomLoop = nil }
        )
    ) { benchmark in
        guard var loop = zoomLoop else { fatalError("setup did not run") }
        for _ in benchmark.scaledIterations {
            let key: Key = zoomStep % 10 < 5 ? .char("+") : .char("-")
            zoomStep += 1
            blackHole(loop.press(.key(key)))
        }
        zoomLoop = loop
    }

    // 9. A million random events through the state machine (keys, clicks, wheel, resizes,
    //    ticks), with a frame drawn every thousandth: the long version of the property test.
    Benchmark(
        "A million random events",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident],
            maxDuration: .seconds(20),
            maxIterations: 3,
            setup: { _ = Shared.story }
        )
    ) { benchmark in
        let atlas = Atlas(story: Shared.story, charset: .braille)
        for _ in benchmark.scaledIterations {
            var events = RandomEvents(seed: 2026, widths: 40...240, heights: 10...80)
            var state = atlas.initialState(width: 120, height: 40)
            for i in 0..<1_000_000 {
                let event = events.next(width: state.width, height: state.height)
                state = Machine.reduce(state, event, atlas: atlas)
                precondition(atlas.story.routes.indices.contains(state.selected) && !state.quit)
                if i % 1000 == 0 { blackHole(atlas.render(state)) }
            }
        }
    }

    // 10, 11. What a frame costs a remote visitor's line: the bytes the ncurses face writes.
    frameBytesBenchmarks()

    // 12, 13. The first frame and a panel key in each edition, side by side.
    editionBenchmarks()
}
