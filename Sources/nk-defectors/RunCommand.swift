import ArgumentParser
import AtlasCore
import AtlasSystem
import AtlasTerminal
import Foundation

/// The interactive atlas in the terminal.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the atlas in the terminal (the default).")

    @OptionGroup var options: ContentOptions

    @Option(help: "Characters to draw with: auto (braille under UTF-8, else ascii), braille, blocks or ascii.")
    var charset: CharsetOption = .auto

    @Option(help: "Colour: auto (off under NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Start with this route selected (an ISO code such as CN).", valueName: "CODE"))
    var select: String?

    @Flag(help: "Kiosk mode (also NK_KIOSK=1): locked, touring by itself when nobody is there.")
    var kiosk = false

    @Option(name: .customLong("operator-exit"),
            help: ArgumentHelp("In kiosk mode, the keys an operator types to leave (also NK_OPERATOR_EXIT). None by default: only SIGTERM ends a kiosk.", valueName: "SEQUENCE"))
    var operatorExit: String?

    @Option(help: ArgumentHelp("Append every key, click, resize and signal to FILE (the only file the program writes).", valueName: "FILE"))
    var log: String?

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("In kiosk mode, seconds without input before the visitor is asked whether they are still there.", valueName: "SECONDS"))
    var idleTimeout: Int = 90

    @Option(help: ArgumentHelp("Keep anonymous visitor counts in FILE (see 'nk-defectors stats').", valueName: "FILE"))
    var stats: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let kioskMode = kiosk || environment["NK_KIOSK"] == "1"
        let exitSequence = operatorExit ?? environment["NK_OPERATOR_EXIT"]
        guard (10...86_400).contains(idleTimeout) else { fail("--idle-timeout \(idleTimeout): expected 10 to 86400 seconds") }
        if let exitSequence, !exitSequence.isEmpty, !exitSequence.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "\u{7f}" && $0.asciiValue! >= 32 }) {
            fail("--operator-exit: use printable ASCII characters without spaces")
        }
        let eventLog = log.map { path in
            guard let opened = EventLog(path: path) else { fail("--log \(path): cannot open the file for writing") }
            return opened
        }
        Signals.install()
        if kioskMode { Signals.ignoreKeyboardSignals() }
        let utf8 = TerminalLocale.prepare()
        let story = try options.loadStory()
        let keeper = stats.map { StatsKeeper(path: $0) }
        // Said before the screen is taken, where an operator (or the journal) sees it.
        for notice in keeper?.takeNotices() ?? [] {
            FileHandle.standardError.write(Data("nk-defectors: \(TextSafety.oneLine(notice))\n".utf8))
            eventLog?.write(notice)
        }
        let atlas = Atlas(story: story, charset: charset.resolve(utf8: utf8))
        let selected = try select.map { try routeIndex($0, story) } ?? 0
        let terminal: Terminal
        do {
            terminal = try Terminal(color: color, environment: environment, locked: kioskMode)
        } catch {
            fail("\(error)")
        }
        var initial = atlas.initialState(width: terminal.width, height: terminal.height)
        initial.selected = selected
        if kioskMode {
            let config = KioskState(idleTimeout: Double(idleTimeout), exitSequence: exitSequence)
            initial = KioskMachine.start(initial, kiosk: config, atlas: atlas)
        }
        let options = self.options
        let services = RunServices(log: eventLog, notifier: SystemdNotifier(environment: environment), stats: keeper,
                                   reload: { options.load() })
        let code = RunLoop.run(atlas: atlas, terminal: terminal, initial: initial, services: services)
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
