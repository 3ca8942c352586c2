import AtlasCore
import Foundation
import Testing

/// The map's drawing in a real terminal: zoom keys, the mouse wheel, colour on and off.
@Suite(.serialized) struct MapCraftTests {
    @Test func zoomKeysAndTheWheel() async throws {
        let app = try AppSession(["--select", "KR"])
        defer { app.close() }
        try await app.waitForMap()
        #expect(!(try app.tmux.capture()).contains("Panmunjom"))
        try app.tmux.type("++++")
        try await app.tmux.waitFor("Panmunjom", "Pyongyang", "=====")
        try app.tmux.type("0")
        try await app.tmux.waitGone("Panmunjom")
        // A wheel turn up over Pyongyang's marker zooms in there; turns down zoom back out.
        let encoding = try app.tmux.mouseEncoding()
        #expect(encoding == .sgr, "this test sends SGR wheel reports")
        let screen = try app.tmux.capture()
        // Where Pyongyang is drawn, from the same projection the program uses.
        let atlas = Atlas(story: try Content.story)
        let state = atlas.initialState(width: 120, height: 40)
        let pyongyang = try #require(atlas.story.place("pyongyang")).point
        let (px, py) = atlas.routeRaster(state).projection.project(pyongyang)
        let map = atlas.layout(for: state).map
        let column = map.x + Int(px), row = map.y + Int(py)
        let wheelUp = "\u{1b}[<64;\(column + 1);\(row + 1)M", wheelDown = "\u{1b}[<65;\(column + 1);\(row + 1)M"
        #expect(!screen.contains("====="))
        for _ in 0..<4 { try app.tmux.sendBytes(Array(wheelUp.utf8)) }
        try await app.tmux.waitFor("=====", "Pyongyang")
        for _ in 0..<4 { try app.tmux.sendBytes(Array(wheelDown.utf8)) }
        try await app.tmux.waitGone("=====")
    }

    /// Whether the pane shows any colour: SGR colour parameters in `capture-pane -e` (39 and 49, the
    /// defaults, do not count).
    static func hasColour(_ escaped: String) -> Bool {
        escaped.range(of: "\u{1b}\\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[0-9;]*m", options: .regularExpression) != nil
    }

    @Test(arguments: [(["--color", "never"], nil), ([], "1")] as [([String], String?)])
    func noColourWhenAskedNot(_ arguments: [String], _ noColor: String?) async throws {
        let app = try AppSession(arguments, environment: noColor.map { ["NO_COLOR": $0] } ?? [:])
        defer { app.close() }
        try await app.waitForMap()
        let escaped = try app.tmux.run(["capture-pane", "-p", "-e", "-t", "e2e"])
        #expect(!Self.hasColour(escaped), "colour escapes on screen with \(arguments) NO_COLOR=\(noColor ?? "")")
        // The selection still shows: reverse video on the selected list row.
        #expect(escaped.contains("\u{1b}[7m"), "no reverse video for the selection")
    }

    @Test func colourByDefault() async throws {
        // NO_COLOR may be set for the test run itself; an empty value does not count.
        let app = try AppSession(environment: ["NO_COLOR": ""])
        defer { app.close() }
        try await app.waitForMap()
        let escaped = try app.tmux.run(["capture-pane", "-p", "-e", "-t", "e2e"])
        #expect(Self.hasColour(escaped))
    }
}
