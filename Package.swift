// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nk-defectors",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nk-defectors", targets: ["nk-defectors"]),
        .library(name: "AtlasCore", targets: ["AtlasCore", "AtlasContent", "AtlasGeo", "AtlasMachine", "AtlasRender", "AtlasStats"]),
        // For the benchmarks, which measure what the ncurses face writes.
        .library(name: "AtlasTerminal", targets: ["AtlasTerminal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C face of ncursesw: a module map and a shim header, nothing else.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),

        // Turns the files under Assets/ into Swift source at build time, with the story loaded,
        // validated and compiled by the same loader the program uses.
        .executableTarget(name: "AssetEmbedder", dependencies: ["AtlasContent"], path: "Sources/AssetEmbedder"),
        .plugin(name: "EmbedAssetsPlugin", capability: .buildTool(), dependencies: ["AssetEmbedder"]),
        .target(name: "AtlasAssets", dependencies: ["AtlasContent"], plugins: ["EmbedAssetsPlugin"]),

        // The core: pure Swift, never imports CNcursesw. Each target knows only those below it:
        // geography knows nothing else; content knows geography; the machine knows content
        // and geography but never rendering; rendering draws the machine's state.
        // Projection, rectangles of cells, the map's owner raster, great-circle distances.
        .target(name: "AtlasGeo"),
        // The story as data: model, loading, validation with file:line problems.
        .target(name: "AtlasContent", dependencies: ["AtlasGeo", .product(name: "Yams", package: "Yams")]),
        // State, events, the transition function over the last frame's facts, kiosk and session rules.
        .target(name: "AtlasMachine", dependencies: ["AtlasContent", "AtlasGeo"]),
        // Anonymous visitor statistics, recorded from the machine's transitions.
        .target(name: "AtlasStats", dependencies: ["AtlasContent", "AtlasMachine"]),
        // Canvas, widgets and screens: a state drawn into a Frame.
        .target(name: "AtlasRender", dependencies: ["AtlasContent", "AtlasGeo", "AtlasMachine"]),
        // All of the above in one import, for commands, tests and benchmarks.
        .target(name: "AtlasCore", dependencies: ["AtlasContent", "AtlasGeo", "AtlasMachine", "AtlasRender", "AtlasStats"]),

        // Signal flags, defined once in a C file for the whole program.
        .target(name: "CAtlasSignals", path: "Sources/CAtlasSignals"),

        // The process's dealings with the system: signals, systemd's notify socket, files it writes.
        .target(name: "AtlasSystem", dependencies: ["AtlasContent", "AtlasMachine", "AtlasStats", "CAtlasSignals"]),

        // The run loop: events from any Face through the machine, frames back out; no globals.
        .target(name: "AtlasRun", dependencies: ["AtlasContent", "AtlasMachine", "AtlasRender", "AtlasStats", "AtlasSystem"]),

        // The ncurses face, and the only target that touches ncurses.
        .target(name: "AtlasTerminal", dependencies: ["AtlasMachine", "AtlasRender", "AtlasSystem", "CNcursesw"]),

        .executableTarget(
            name: "nk-defectors",
            dependencies: [
                "AtlasCore", "AtlasSystem", "AtlasRun", "AtlasTerminal", "AtlasAssets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "AtlasCoreTests", dependencies: ["AtlasCore", "AtlasAssets", "AtlasSystem", "AtlasRun"], exclude: ["Golden", "ResearchNotes"]),
        .testTarget(name: "EndToEndTests", dependencies: ["nk-defectors", "AtlasCore", "AtlasAssets", "AtlasSystem"]),
    ],
    swiftLanguageModes: [.v6]
)
