import AtlasAssets
import AtlasCore
import Foundation
import Testing

/// The binary run with Foundation's Process, no terminal: errors, `check`.
@Suite(.serialized) struct CommandLineTests {
    @Test func notATerminalFailsWithOneLine() async throws {
        let binary = try Binary.require()
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        let result = try await Command.run(binary, [], environment: env, stdinNull: true)
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stderrLines.first?.hasPrefix("nk-defectors: ") == true, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("not a terminal"))
        #expect(result.stdout.isEmpty, "nothing should reach stdout: \(result.stdout.prefix(200))")
    }

    /// `ssh host` with a command, or a script piping into the session: one line saying to use `ssh -t`.
    @Test(arguments: [["--session"], ["--session", "--stats", "/tmp/x"]])
    func aSessionWithoutATerminalOrWithAFileFailsWithOneLine(_ arguments: [String]) async throws {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        let result = try await Command.run(try Binary.require(), arguments, environment: env, stdinNull: true)
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(arguments.count == 1 ? "connect with 'ssh -t'" : "--session writes no file"), "stderr: \(result.stderr)")
    }

    @Test func checkAcceptsTheBuiltInContent() async throws {
        let result = try await Command.run(try Binary.require(), ["check"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("ok:"), "stdout: \(result.stdout)")
        let routes = try Content.story.routes.count
        #expect(result.stdout.contains("\(routes) routes"))
        #expect(result.stderr.isEmpty)
    }

    @Test func checkReportsBrokenContentByFileLineAndField() async throws {
        let dir = try TempDir()
        let routes = try #require(EmbeddedAssets.file(ContentLoader.routesPath).map { String(decoding: $0, as: UTF8.self) })
        let places = try #require(EmbeddedAssets.file(ContentLoader.placesPath).map { String(decoding: $0, as: UTF8.self) })
        // Break two fields of the built-in routes and note the lines they are on.
        var lines = routes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let verdictLine = try #require(lines.firstIndex(of: "    verdict: deadly-crossing"))
        lines[verdictLine] = "    verdict: swimming"
        let codeLine = try #require(lines.firstIndex(of: "  - code: CN"))
        lines[codeLine] = "  - code: XX"
        let routesFile = dir.path("routes.yaml")
        try lines.joined(separator: "\n").write(toFile: routesFile, atomically: true, encoding: .utf8)
        try places.write(toFile: dir.path("places.yaml"), atomically: true, encoding: .utf8)

        let result = try await Command.run(try Binary.require(), ["check", "--content", dir.url.path])
        #expect(result.status == 2)
        #expect(!result.stdout.contains("ok:"))
        #expect(result.stderrLines.count >= 2, "stderr: \(result.stderr)")
        // nk-defectors: <path>:<line>: <field>: <message>
        let pattern = /^nk-defectors: (.+):(\d+): ([^ :]+): (.+)$/
        var found: [(file: String, line: Int, field: String, message: String)] = []
        for line in result.stderrLines {
            let match = line.wholeMatch(of: pattern)
            #expect(match != nil, "not of the form '<path>:<line>: <field>: <message>': \(line)")
            if let m = match { found.append((String(m.1), Int(m.2) ?? 0, String(m.3), String(m.4))) }
        }
        let verdict = found.first { $0.field == "routes[0].verdict" }
        #expect(verdict?.file == routesFile)
        #expect(verdict?.line == verdictLine + 1)
        #expect(verdict?.message.contains("swimming") == true, "message: \(verdict?.message ?? "none")")
        let code = found.first { $0.field == "routes[1].code" }
        #expect(code?.file == routesFile)
        #expect(code?.line == codeLine + 1)
        #expect(code?.message.contains("XX") == true, "message: \(code?.message ?? "none")")
    }

    @Test func checkWithAMissingFolderFailsWithOneLine() async throws {
        let dir = try TempDir()
        let missing = dir.path("no-such-folder")
        let result = try await Command.run(try Binary.require(), ["check", "--content", missing])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["nk-defectors: --content \(missing): no such folder"])
    }

    /// A command parsed on its own (the quick way in) fails as the root's parse did: one line, exit 2.
    @Test(arguments: [
        (["snapshot", "--bogus"], "nk-defectors: Error: Unknown option '--bogus'"),
        (["snapshot", "--size"], "nk-defectors: Error: Missing value for '--size <WxH>'"),
        (["print", "--lang", "fr"], "nk-defectors: Error: The value 'fr' is invalid for '--lang <LANG>'"),
        (["--chapter", "2"], "nk-defectors: Error: Unknown option '--chapter'"),
    ])
    func aBadCommandLineFailsWithOneLine(_ arguments: [String], _ line: String) async throws {
        let result = try await Command.run(try Binary.require(), arguments)
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 1 && result.stderrLines.first?.hasPrefix(line) == true, "stderr: \(result.stderr)")
    }

    /// Help for one command names the whole program, whichever way it was asked for.
    @Test(arguments: [["snapshot", "--help"], ["help", "snapshot"]])
    func helpForACommandNamesTheProgram(_ arguments: [String]) async throws {
        let result = try await Command.run(try Binary.require(), arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: nk-defectors snapshot"), "stdout: \(result.stdout)")
    }

    /// The root's own answers reach it in every spelling ArgumentParser accepts.
    @Test(arguments: [
        (["--version"], "0.1.0"), (["--version=x"], "0.1.0"), (["snapshot", "--version"], "0.1.0"),
        (["-xh"], "OVERVIEW: A terminal atlas"), (["snapshot", "--help=1"], "OVERVIEW: Print the screen"),
    ])
    func theRootsAnswersReachIt(_ arguments: [String], _ first: String) async throws {
        let result = try await Command.run(try Binary.require(), arguments)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(first), "stdout: \(result.stdout.prefix(200))")
    }
}
