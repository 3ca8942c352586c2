// swift-tools-version:6.1
import PackageDescription

// Benchmarks for AtlasCore, run with `make bench` (ordo-one/benchmark). A separate package so
// the main package does not depend on the benchmark tooling.
let package = Package(
    name: "nk-defectors-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Only the MallocInterposer trait: the default traits also pull in a runtime interposer
        // that is not mirrored here.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "nk-defectors", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "AtlasBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "AtlasCore", package: "nk-defectors"),
                .product(name: "AtlasTerminal", package: "nk-defectors"),
            ],
            path: "Benchmarks/AtlasBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
