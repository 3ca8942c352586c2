import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// SIGUSR1 reloads `--content DIR`: a sound edit shows at once with the visitor's place kept; a
/// broken one leaves the old content on screen, the program running, and each problem in the log.
@Suite(.serialized) struct ReloadTests {
    /// A copy of the built-in content files in a folder of their own, to edit.
    static func contentCopy() throws -> TempDir {
        let dir = try TempDir()
        let source = Binary.repoRoot.appendingPathComponent("Assets/content")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: dir.url.appendingPathComponent(name))
        }
        return dir
    }

    /// routes.yaml with one line of the Mongolia route replaced.
    static func editMongolia(_ dir: TempDir, _ line: String, with replacement: String) throws {
        let path = dir.path("routes.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(text.range(of: "- code: MN\n"))
        let old = try #require(text.range(of: line, range: start.upperBound..<text.endIndex))
        try text.replacingCharacters(in: old, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func reloadKeepsThePlaceAndABrokenReloadKeepsTheOldContent() async throws {
        let content = try Self.contentCopy()
        let logDir = try TempDir()
        let log = logDir.path("events.log")
        let app = try AppSession(["--content", content.url.path, "--log", log, "--select", "MN"])
        defer { app.close() }
        let mongolia = try Content.route("MN")
        try await app.waitForSelection(mongolia)
        try app.tmux.send("Enter")
        let panelTitle = try Content.story.routes[mongolia].name
        try await app.tmux.waitFor(panelTitle)
        let pid = try await app.programPID()

        try Self.editMongolia(content, "country: Mongolia\n", with: "country: Mongolia Reloaded\n")
        #expect(kill(pid, SIGUSR1) == 0)
        let reloaded = try await app.tmux.waitFor("Mongolia Reloaded:", timeout: 2)
        #expect(reloaded.contains(panelTitle), "the open panel closed on reload:\n\(reloaded)")

        try Self.editMongolia(content, "country: Mongolia Reloaded\n", with: "country: [Mongolia\n")
        #expect(kill(pid, SIGUSR1) == 0)
        try await Task.sleep(nanoseconds: 700_000_000)
        let kept = try app.tmux.capture()
        #expect(kept.contains("Mongolia Reloaded:") && kept.contains(panelTitle), "a broken reload changed the screen:\n\(kept)")
        #expect(kill(pid, 0) == 0, "a broken reload ended the program")
        let logged = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let problems = logged.split(separator: "\n").filter { $0.contains("reload: ") && $0.contains("routes.yaml:") }
        #expect(!problems.isEmpty, "no problem naming routes.yaml:line in the log:\n\(logged)")
        #expect(logged.contains("reload failed, the old content stays"), "log:\n\(logged)")

        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0)
        // Standard error is a file here, as the journal is under systemd: the problems are there too.
        #expect(exit.stderr.hasPrefix("nk-defectors: reload: ") && exit.stderr.contains("routes.yaml:"), "stderr: \(exit.stderr)")
    }

    /// Without `--content`, SIGUSR1 reloads the built-in story: harmless, and the program goes on.
    @Test func reloadOfTheBuiltInStoryChangesNothing() async throws {
        let app = try AppSession()
        defer { app.close() }
        let before = try await app.waitForMap()
        let pid = try await app.programPID()
        #expect(kill(pid, SIGUSR1) == 0)
        try await Task.sleep(nanoseconds: 500_000_000)
        #expect(kill(pid, 0) == 0)
        let after = try app.tmux.capture()
        #expect(after.lines == before.lines, "\(screenDiff(after.lines, before.lines))")
        try app.tmux.type("q")
        #expect(try await app.waitForExit().code == 0)
    }
}
