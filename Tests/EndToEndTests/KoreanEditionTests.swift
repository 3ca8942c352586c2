import AtlasAssets
import AtlasCore
import Foundation
import Testing

/// The Korean edition in the shipped binary: `--lang`, the locale, `L` live in tmux, the kiosk
/// going back to its language, `print --lang ko`, and `--ambiguous wide`.
@Suite(.serialized) struct KoreanEditionTests {
    static func hasHangul(_ s: String) -> Bool { s.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }

    /// The environment of a test run with the locale set to `lang` (LC_ALL and LANG).
    static func environment(lang: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["LANG"] = lang
        return env
    }

    @Test func lSwitchesLanguageInTheRunningAtlas() async throws {
        let app = try AppSession(["--lang", "ko"])
        defer { app.close() }
        var screen = try await app.tmux.waitUntil("the Korean route map") { s in
            s.lines.first?.contains("탈북 경로") == true && s.contains("탈북 경로") && s.status.contains("? 도움말")
        }
        #expect(screen.contains("한국"), "the Korean map names its countries in Korean:\n\(screen)")
        try app.tmux.send("Tab")
        try app.tmux.send("Enter")
        screen = try await app.tmux.waitFor("주요 사실")
        try app.tmux.type("L")
        screen = try await app.tmux.waitFor("KEY FACTS", "Escape routes")
        #expect(screen.contains("China"), "the panel stays open on the same route:\n\(screen)")
        try app.tmux.type("L")
        screen = try await app.tmux.waitFor("주요 사실", "탈북 경로")
        #expect(!screen.contains("KEY FACTS"))
        try app.tmux.send("Escape")
        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0 && exit.sttyAfter == exit.sttyBefore)
    }

    @Test func aKoreanLocaleStartsInKorean() async throws {
        let app = try AppSession(environment: ["LANG": "ko_KR.UTF-8", "LC_ALL": ""])
        defer { app.close() }
        try await app.tmux.waitUntil("the Korean route map") { $0.lines.first?.contains("탈북 경로") == true }
    }

    @Test func theKioskGoesBackToItsLanguageWhenIdle() async throws {
        let app = try AppSession(["--kiosk", "--lang", "ko", "--idle-timeout", "10"])
        defer { app.close() }
        let tour = try await app.tmux.waitFor("직접 둘러볼")
        #expect(tour.status.contains("L English"), "the invitation names the key to English: \(tour.status)")
        try app.tmux.type("L")
        try await app.tmux.waitFor("Escape routes")
        // 10 s idle, then the 10 s notice, then the Korean tour again.
        try await app.tmux.waitFor("Still there?", timeout: 20)
        let back = try await app.tmux.waitFor("직접 둘러볼", timeout: 20)
        #expect(back.lines.first?.contains("탈북 경로") == true || Self.hasHangul(back.lines.first ?? ""))
    }

    /// Every chapter and every route panel in Korean, with the same figures as the English
    /// print: the counts (numbers of four digits and more) agree as multisets.
    @Test func printInKoreanHasEveryChapterAndTheSameFigures() async throws {
        let binary = try Binary.require()
        let env = Self.environment(lang: "C.UTF-8")
        let en = try await Command.run(binary, ["print"], environment: env)
        let ko = try await Command.run(binary, ["print", "--lang", "ko"], environment: env)
        #expect(en.status == 0 && ko.status == 0)
        let story = try ContentLoader.loadEditions(from: EmbeddedSource())[.ko]
        for route in story.routes { #expect(ko.stdout.contains(route.name), "no panel for \(route.code)") }
        for name in ["탈북 경로", "거리", "태영호", "입국 현황", "수용소", "풍선", "해외 노동자", "고향", "출처"] {
            #expect(ko.stdout.contains(name), "no chapter \(name)")
        }
        // The print wraps its lines; a figure and its scale word ("30 million") may sit on two.
        func counts(_ text: String, _ language: Language) -> [Double] {
            Figures.of(text.split(separator: "\n").joined(separator: " "), language).filter { $0 >= 1000 }
        }
        #expect(counts(ko.stdout, .ko) == counts(en.stdout, .en))
        // The same print under a Korean locale, without --lang.
        let byLocale = try await Command.run(binary, ["print"], environment: Self.environment(lang: "ko_KR.UTF-8"))
        #expect(byLocale.stdout == ko.stdout)
    }

    @Test func wideAmbiguousGlyphsLeaveOnlyNarrowOnes() async throws {
        let binary = try Binary.require()
        for chapter in ["2", "4", "5", "6"] {
            let result = try await Command.run(binary, ["snapshot", "--lang", "ko", "--ambiguous", "wide", "--size", "120x40",
                                                        "--chapter", chapter], environment: Self.environment(lang: "C.UTF-8"))
            #expect(result.status == 0)
            #expect(AmbiguousWidth.first(in: result.stdout) == nil, "chapter \(chapter)")
            for row in result.stdout.split(separator: "\n") { #expect(CharWidth.of(row) == 120, "chapter \(chapter): \(row)") }
        }
    }
}
