import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `--stats FILE` against the shipped binary: a visit is counted anonymously and written at the
/// end; `stats FILE` summarises it; a file that is not ours is set aside, never fatal.
@Suite(.serialized) struct StatsEndToEndTests {
    /// Every field the format allows: no key text, no time finer than the hour.
    static let allowedField = #"^(sessions|tour-loops|lang\.[a-z]+|hour\.\d{1,2}|session|(chapter|route|camp)\.[A-Za-z0-9_]+)=[0-9:,]+$"#

    @Test func aVisitIsCountedAndSummarised() async throws {
        let dir = try TempDir()
        let file = dir.path("stats.txt")
        let app = try AppSession(["--stats", file, "--select", "MN"])
        defer { app.close() }
        try await app.waitForSelection(try Content.route("MN"))
        try app.tmux.send("Enter")
        try await app.tmux.waitFor(try Content.story.routes[try Content.route("MN")].name)
        try await Task.sleep(nanoseconds: 1_200_000_000)
        try app.tmux.send("Escape")
        try app.tmux.type("n")
        try await app.tmux.waitFor("DISTANCES")
        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0, "stderr: \(exit.stderr)")

        let text = try #require(dir.read("stats.txt"), "no statistics file written")
        let lines = text.split(separator: "\n")
        #expect(lines.first == "# nk-defectors visitor statistics, format 1")
        #expect(lines.count == 2, "expected one day:\n\(text)")
        let fields = lines.last!.split(separator: " ").dropFirst().map(String.init)
        for field in fields { #expect(field.wholeMatch(of: try Regex(Self.allowedField)) != nil, "field \(field) is not of the format") }
        for expected in ["sessions=1", "lang.en=1"] { #expect(fields.contains(expected), "no \(expected) in \(fields)") }
        for prefix in ["route.MN=", "chapter.routes=", "chapter.distances=", "session="] {
            #expect(fields.contains { $0.hasPrefix(prefix) }, "no \(prefix) in \(fields)")
        }

        let summary = try await Command.run(try Binary.require(), ["stats", file])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("Visitor sessions     1"), "\(summary.stdout)")
        #expect(summary.stdout.contains("Mongolia (MN)"), "\(summary.stdout)")
        #expect(summary.stdout.contains("3 Distances"), "\(summary.stdout)")
    }

    @Test func aForeignFileIsSetAsideAndCountingGoesOn() async throws {
        let dir = try TempDir()
        let file = dir.path("stats.txt")
        try "my shopping list\n".write(toFile: file, atomically: true, encoding: .utf8)
        let app = try AppSession(["--stats", file])
        defer { app.close() }
        try await app.waitForMap()
        try app.tmux.send("Tab")
        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0)
        #expect(exit.stderr.contains("set aside as \(file).bad"), "stderr: \(exit.stderr)")
        #expect(dir.read("stats.txt.bad") == "my shopping list\n")
        let text = try #require(dir.read("stats.txt"))
        #expect(text.contains("sessions=1"), "\(text)")
    }

    @Test func theSummaryRejectsAForeignFileWithItsLine() async throws {
        let dir = try TempDir()
        let file = dir.path("stats.txt")
        try "# nk-defectors visitor statistics, format 1\n2026-12-01 sessions=x\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await Command.run(try Binary.require(), ["stats", file])
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("nk-defectors: \(file):2: sessions"), "\(result.stderr)")
    }
}
