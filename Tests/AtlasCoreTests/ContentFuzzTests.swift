import AtlasCore
import Testing

/// Valid content files, broken in every way a careless edit or a hostile file could: the loader
/// never crashes, and every rejection names the file and a line.
@Suite struct ContentFuzzTests {
    static let yamlFiles = ["content/routes.yaml", "content/places.yaml", "content/tour.yaml",
                            "content/chapters/arrivals.yaml", "content/chapters/camps.yaml"]

    static func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> (kind: String, bytes: [UInt8]) {
        var b = bytes
        switch Int.random(in: 0..<9, using: &rng) {
        case 0:
            return ("truncated", Array(b.prefix(Int.random(in: 0..<b.count, using: &rng))))
        case 1:
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            return ("bytes flipped", b)
        case 2:
            let text = String(decoding: b, as: UTF8.self)
            let swaps = [(": ", ": [1, 2]\n  x: "), ("true", "{a: 1}"), ("lat: ", "lat: abc"), ("seconds: ", "seconds: -")]
            let (old, new) = swaps.randomElement(using: &rng)!
            return ("wrong type", Array(text.replacingOccurrences(of: old, with: new).utf8))
        case 3:
            let at = Int.random(in: 0..<b.count, using: &rng)
            b.insert(contentsOf: Array(String(repeating: "Z", count: 200_000).utf8), at: at)
            return ("huge string", b)
        case 4:
            let depth = Int.random(in: 70...20_000, using: &rng)
            return ("deep flow nesting", b + Array(("x: " + String(repeating: "[", count: depth)).utf8))
        case 5:
            let depth = Int.random(in: 70...20_000, using: &rng)
            return ("deep block nesting", b + Array(("y:\n" + String(repeating: "- ", count: depth) + "z\n").utf8))
        case 6:
            b.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xFE], at: Int.random(in: 0..<b.count, using: &rng))
            return ("invalid UTF-8", b)
        case 7:
            let text = String(decoding: b, as: UTF8.self)
            return ("escape sequence", Array(text.replacingOccurrences(of: "name: ", with: "name: \"\\e[31m\\e]0;x\\a\" # ").utf8))
        default:
            return ("empty", [])
        }
    }

    @Test func mutatedYAMLIsRejectedWithFileAndLine() {
        var rng = SeededGenerator(seed: 77)
        var rejected = 0
        let rounds = Fixtures.rounds(fast: 300, soak: 5000)
        for round in 0..<rounds {
            let path = Self.yamlFiles[round % Self.yamlFiles.count]
            let (kind, bytes) = Self.mutate(Fixtures.builtIn.files[path]!, &rng)
            var files = Fixtures.builtIn.files
            files[path] = bytes
            let problems = Fixtures.problems(MemorySource(files: files, label: ""), keepMap: true)
            if !problems.isEmpty { rejected += 1 }
            for p in problems {
                #expect(p.line != nil && !p.file.isEmpty, "round \(round) (\(kind) in \(path)): \(p)")
                #expect(TextSafety.firstControl(in: p.description) == nil)
            }
        }
        #expect(rejected > rounds * 2 / 3, "only \(rejected) of \(rounds) mutations were rejected")
    }

    @Test func mutatedMapIsRejectedWithFileAndLine() {
        var rng = SeededGenerator(seed: 78)
        let path = ContentLoader.countriesPath
        let original = String(decoding: Fixtures.builtIn.files[path]!, as: UTF8.self)
        let swaps = [("[", "[[[["), ("]", ""), (",", ", NaN,"), ("\"Polygon\"", "\"Point\""), ("12", "1200"),
                     ("\"coordinates\":[", "\"coordinates\":[[],"), ("\"iso\"", "\"ISO\""), ("1", "-"),
                     ("\"MultiPolygon\"", "\"Polygon\"")].filter { original.contains($0.0) }
        #expect(swaps.count >= 7, "the map's text no longer has the tokens this test breaks")
        for round in 0..<Fixtures.rounds(fast: 40, soak: 600) {
            var bytes: [UInt8]
            if round % 3 == 0 {
                bytes = Array(original.utf8.prefix(Int.random(in: 0..<original.utf8.count, using: &rng)))
            } else {
                // Change one occurrence of a token, somewhere in the file.
                let (old, new) = swaps.randomElement(using: &rng)!
                let ranges = original.ranges(of: old)
                let r = ranges[Int.random(in: 0..<ranges.count, using: &rng)]
                bytes = Array(original.replacingCharacters(in: r, with: new).utf8)
            }
            var files = Fixtures.builtIn.files
            files[path] = bytes
            for p in Fixtures.problems(MemorySource(files: files, label: "")) {
                #expect(p.line != nil && !p.file.isEmpty, "round \(round): \(p)")
            }
        }
    }
}
