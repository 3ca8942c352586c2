// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nk-defectors",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nk-defectors", targets: ["nk-defectors"]),
        .library(name: "AtlasCore", targets: ["AtlasCore"]),
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

        // Turns the files under Assets/ into Swift source at build time.
        .executableTarget(name: "AssetEmbedder", path: "Sources/AssetEmbedder"),
        .plugin(name: "EmbedAssetsPlugin", capability: .buildTool(), dependencies: ["AssetEmbedder"]),
        .target(name: "AtlasAssets", dependencies: ["AtlasCore"], plugins: ["EmbedAssetsPlugin"]),

        // Pure Swift: content, geography, the state machine and rendering. Never imports CNcursesw.
        .target(name: "AtlasCore", dependencies: [.product(name: "Yams", package: "Yams")]),

        // Signal flags, defined once in a C file for the whole program.
        .target(name: "CAtlasSignals", path: "Sources/CAtlasSignals"),

        // The process's dealings with the system: signals, systemd's notify socket, files it writes.
        .target(name: "AtlasSystem", dependencies: ["AtlasCore", "CAtlasSignals"]),

        // The only target that touches ncurses.
        .target(name: "AtlasTerminal", dependencies: ["AtlasCore", "AtlasSystem", "CNcursesw"]),

        .executableTarget(
            name: "nk-defectors",
            dependencies: [
                "AtlasCore", "AtlasSystem", "AtlasTerminal", "AtlasAssets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "AtlasCoreTests", dependencies: ["AtlasCore", "AtlasAssets", "AtlasSystem"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["nk-defectors", "AtlasCore", "AtlasAssets"]),
    ],
    swiftLanguageModes: [.v6]
)
