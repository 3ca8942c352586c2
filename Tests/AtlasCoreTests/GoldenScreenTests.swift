import AtlasCore
import Foundation
import Testing

/// Whole frames compared to committed text files in `Golden/`. After an intended change to the
/// screen, re-record them with `make golden` (which sets NK_RECORD_GOLDEN=1) and review the diff.
@Suite struct GoldenScreenTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var width: Int
        var height: Int
        var chapter: Chapter = .routes
        var select: String = "KR"
        var panel = false
        var help = false
        var charset: Charset = .blocks
        /// Zoom steps about the selection; -1 fits the selected country.
        var zoom = 0
        /// Korean: the bilingual atlas started in Korean, as the program ships it.
        var language: Language = .en
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "map-80x24", width: 80, height: 24),
        Case(name: "map-120x40", width: 120, height: 40),
        Case(name: "panel-MN-80x24", width: 80, height: 24, select: "MN", panel: true),
        Case(name: "panel-JP-120x40", width: 120, height: 40, select: "JP", panel: true),
        Case(name: "help-80x24", width: 80, height: 24, help: true),
        Case(name: "ascii-TH-120x40", width: 120, height: 40, select: "TH", charset: .ascii),
        Case(name: "too-small-59x20", width: 59, height: 20),
        Case(name: "zoomed-KR-120x40", width: 120, height: 40, zoom: 4),
        Case(name: "braille-map-80x24", width: 80, height: 24, charset: .braille),
        Case(name: "braille-TH-160x48", width: 160, height: 48, select: "TH", charset: .braille),
        Case(name: "braille-zoomed-KR-160x48", width: 160, height: 48, charset: .braille, zoom: 4),
        Case(name: "braille-zoomed-KR-80x24", width: 80, height: 24, charset: .braille, zoom: 4),
        Case(name: "blocks-map-160x48", width: 160, height: 48),
        Case(name: "blocks-zoomed-KR-160x48", width: 160, height: 48, zoom: 4),
        Case(name: "blocks-zoomed-KR-80x24", width: 80, height: 24, zoom: 4),
        Case(name: "ascii-map-160x48", width: 160, height: 48, charset: .ascii),
        Case(name: "ascii-map-80x24", width: 80, height: 24, charset: .ascii),
        Case(name: "ascii-zoomed-KR-160x48", width: 160, height: 48, charset: .ascii, zoom: 4),
        Case(name: "braille-camps-120x40", width: 120, height: 40, chapter: .camps, charset: .braille),
        Case(name: "zoomed-fit-CN-80x24", width: 80, height: 24, select: "CN", zoom: -1),
    ] + ChapterRegistry.chapters.filter { $0 != .routes }.flatMap { chapter in
        [(80, 24), (120, 40)].map { w, h in
            Case(name: "chapter\(ChapterRegistry.number(of: chapter))-\(w)x\(h)", width: w, height: h, chapter: chapter)
        }
    } + [
        Case(name: "camp-panel-120x40", width: 120, height: 40, chapter: .camps, panel: true),
        Case(name: "ascii-arrivals-120x40", width: 120, height: 40, chapter: .arrivals, charset: .ascii),
    ] + koreanCases

    /// The Korean edition: the route map, three route panels, every chapter and help, at 80×24
    /// and 120×40, and the charset for terminals that draw ambiguous glyphs wide.
    static let koreanCases: [Case] = [(80, 24), (120, 40)].flatMap { w, h in
        [Case(name: "ko-map-\(w)x\(h)", width: w, height: h, language: .ko),
         Case(name: "ko-help-\(w)x\(h)", width: w, height: h, help: true, language: .ko),
         Case(name: "ko-camp-panel-\(w)x\(h)", width: w, height: h, chapter: .camps, panel: true, language: .ko)]
            + ["CN", "MN", "TH"].map { Case(name: "ko-panel-\($0)-\(w)x\(h)", width: w, height: h, select: $0, panel: true,
                                            language: .ko) }
            + ChapterRegistry.chapters.filter { $0 != .routes }.map { chapter in
                Case(name: "ko-chapter\(ChapterRegistry.number(of: chapter))-\(w)x\(h)", width: w, height: h, chapter: chapter,
                     language: .ko)
            }
    } + [
        Case(name: "ko-wide-safe-map-120x40", width: 120, height: 40, charset: .wideSafe, language: .ko),
        Case(name: "ko-wide-safe-arrivals-120x40", width: 120, height: 40, chapter: .arrivals, charset: .wideSafe,
             language: .ko),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: cases)
    func frameMatchesGolden(_ c: Case) throws {
        let atlas = c.language == .en ? Fixtures.atlas(c.charset) : Fixtures.bilingual(c.language, charset: c.charset)
        var state = atlas.initialState(width: c.width, height: c.height)
        state.selected = Fixtures.route(c.select)
        Machine.go(&state, to: c.chapter)
        if c.zoom < 0 { state = Machine.reduce(state, .key(.char("z")), atlas: atlas) }
        for _ in 0..<max(0, c.zoom) { state = Machine.reduce(state, .key(.char("+")), atlas: atlas) }
        if c.panel { state = Machine.reduce(state, .key(.enter), atlas: atlas) }
        if c.help { state = Machine.reduce(state, .key(.char("?")), atlas: atlas) }
        let canvas = atlas.render(state)
        // No row is wider than the screen, counted in cells (a Hangul syllable takes two).
        for (i, row) in canvas.lines().enumerated() { #expect(CharWidth.of(row) == c.width, "\(c.name) row \(i + 1)") }
        if c.charset == .wideSafe {
            #expect(AmbiguousWidth.first(in: canvas.text) == nil, "\(c.name) draws a glyph of ambiguous width")
        }
        let frame = canvas.text + "\n"
        let file = Self.folder.appendingPathComponent("\(c.name).txt")
        if ProcessInfo.processInfo.environment["NK_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try frame.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let got = frame.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(got.count == want.count, "\(c.name): \(got.count) lines, golden has \(want.count)")
        for (i, (g, w)) in zip(got, want).enumerated() where g != w {
            Issue.record("\(c.name) line \(i + 1) differs (run `make golden` if intended):\n got: \(g)\nwant: \(w)")
            break
        }
    }

    @Test func everyFrameHasExactlyTheScreenSize() {
        let atlas = Fixtures.atlas()
        for (w, h) in [(1, 1), (20, 5), (59, 20), (60, 19), (60, 20), (80, 24), (161, 47), (300, 100)] {
            var state = atlas.initialState(width: w, height: h)
            for chapter in ChapterRegistry.chapters {
                Machine.go(&state, to: chapter)
                for s in [state, Machine.run(state, [.key(.tab), .key(.enter)], atlas: atlas)] {
                    let lines = atlas.render(s).lines()
                    #expect(lines.count == h)
                    #expect(lines.allSatisfy { CharWidth.of($0) == w }, "\(w)x\(h) \(chapter)")
                }
            }
        }
    }

    @Test func asciiFramesAreSevenBit() {
        let atlas = Fixtures.atlas(.ascii)
        for code in ["KR", "CN", "PH"] {
            var state = atlas.initialState(width: 120, height: 40)
            state.selected = Fixtures.route(code)
            for s in [state, Machine.reduce(state, .key(.enter), atlas: atlas), Machine.reduce(state, .key(.char("?")), atlas: atlas)] {
                #expect(atlas.render(s).text.unicodeScalars.allSatisfy { $0.isASCII })
            }
        }
        for chapter in ChapterRegistry.chapters {
            var state = atlas.initialState(width: 120, height: 40)
            Machine.go(&state, to: chapter)
            state = Machine.reduce(state, .key(.enter), atlas: atlas)
            #expect(atlas.render(state).text.unicodeScalars.allSatisfy { $0.isASCII }, "\(chapter)")
        }
    }
}
