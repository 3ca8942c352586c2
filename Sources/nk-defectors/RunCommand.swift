import ArgumentParser
import AtlasCore
import AtlasTerminal
import Foundation

/// The interactive atlas in the terminal.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the atlas in the terminal (the default).")

    @OptionGroup var options: ContentOptions

    @Option(help: "Characters to draw with: auto, blocks or ascii.")
    var charset: CharsetOption = .auto

    @Option(help: "Colour: auto (off under NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Start with this route selected (an ISO code such as CN).", valueName: "CODE"))
    var select: String?

    func run() throws {
        Signals.install()
        let utf8 = TerminalLocale.prepare()
        let story = try options.loadStory()
        let atlas = Atlas(story: story, charset: charset.resolve(utf8: utf8))
        let selected = try select.map { try routeIndex($0, story) } ?? 0
        let terminal: Terminal
        do {
            terminal = try Terminal(color: color, environment: ProcessInfo.processInfo.environment)
        } catch {
            fail("\(error)")
        }
        var initial = atlas.initialState(width: terminal.width, height: terminal.height)
        initial.selected = selected
        let code = RunLoop.run(atlas: atlas, terminal: terminal, initial: initial)
        terminal.stop()
        if code != 0 { throw ExitCode(code) }
    }
}

/// The index of the route for an ISO code, or a one-line error naming the codes there are.
func routeIndex(_ code: String, _ story: Story) throws -> Int {
    guard let index = story.routeIndex(code: code) else {
        fail("--select \(code): no route for that code (routes: \(story.routes.map(\.code).joined(separator: ", ")))")
    }
    return index
}
