import ArgumentParser
import AtlasCore
import AtlasRun
import AtlasSystem
import AtlasTerminal
import Foundation

/// The interactive atlas in the terminal.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", _superCommandName: NKDefectors.name, abstract: "Open the atlas in the terminal (the default).")

    @OptionGroup var options: ContentOptions

    @Option(help: "Characters to draw with: auto (braille under UTF-8, else ascii), braille, blocks or ascii.")
    var charset: CharsetOption = .auto

    @Option(help: "How wide the terminal draws East Asian ambiguous glyphs (box lines, blocks, dots): narrow, or wide (then frames, bars and markers are drawn in ASCII and the map in braille).")
    var ambiguous: AmbiguousOption = .narrow

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

    @Flag(help: "A visitor's session over SSH (what sshd's ForceCommand starts): the tour until a key, q leaves, limits on idle time and length, no file written.")
    var session = false

    @Option(name: .customLong("idle-exit"), help: ArgumentHelp("With --session, end after this many seconds without input.", valueName: "SECONDS"))
    var idleExit: Int = 600

    @Option(name: .customLong("max-session"), help: ArgumentHelp("With --session, end a visit after this many seconds.", valueName: "SECONDS"))
    var maxSession: Int = 3600

    func run() throws {
        var environment = ProcessInfo.processInfo.environment
        if session { environment = SessionGuard.enter(environment, log: log, stats: stats) }
        let kioskMode = !session && (kiosk || environment["NK_KIOSK"] == "1")
        let exitSequence = operatorExit ?? environment["NK_OPERATOR_EXIT"]
        try validate(exitSequence: exitSequence)
        let eventLog = log.map { path in
            guard let opened = EventLog(path: path) else { fail("--log \(path): cannot open the file for writing") }
            return opened
        }
        Signals.install()
        if kioskMode { Signals.ignoreKeyboardSignals() }
        let utf8 = TerminalLocale.prepare()
        let editions = try options.loadEditions()
        let story = editions[options.language]
        let keeper = stats.map { StatsKeeper(path: $0) }
        // Said before the screen is taken, where an operator (or the journal) sees it.
        for notice in keeper?.takeNotices() ?? [] {
            FileHandle.standardError.write(Data("nk-defectors: \(TextSafety.oneLine(notice))\n".utf8))
            eventLog?.write(notice)
        }
        let selected = try select.map { try routeIndex($0, story) } ?? 0
        let terminal: Terminal
        do {
            terminal = try Terminal(color: color, environment: environment, locked: kioskMode, session: session)
        } catch {
            fail("\(error)")
        }
        if session { SessionGuard.lockFiles() }
        let atlas = Atlas(editions: editions, language: options.language,
                          charset: ambiguous.charset(terminal.plain ? .ascii : charset.resolve(utf8: utf8)))
        var initial = atlas.initialState(width: terminal.width, height: terminal.height)
        initial.selected = selected
        if kioskMode || session {
            let config = session ? KioskState(idleTimeout: .infinity, visitorsMayQuit: true)
                : KioskState(idleTimeout: Double(idleTimeout), exitSequence: exitSequence)
            initial = KioskMachine.start(initial, kiosk: config, atlas: atlas)
        }
        let options = self.options
        let services = RunServices(
            log: eventLog, notifier: SystemdNotifier(environment: environment), stats: keeper, reload: { options.load() },
            session: session ? SessionLimits(idleExit: Double(idleExit), maxSession: Double(maxSession)) : nil,
            journal: isatty(STDERR_FILENO) == 0 ? { FileHandle.standardError.write(Data("nk-defectors: \($0)\n".utf8)) } : nil)
        let outcome = RunLoop.run(atlas: atlas, face: terminal, initial: initial, services: services)
        terminal.stop()
        if let goodbye = outcome.goodbye { print(goodbye) }
        if outcome.code != 0 { throw ExitCode(outcome.code) }
    }

    private func validate(exitSequence: String?) throws {
        guard (10...86_400).contains(idleTimeout) else { fail("--idle-timeout \(idleTimeout): expected 10 to 86400 seconds") }
        guard (1...86_400).contains(idleExit) else { fail("--idle-exit \(idleExit): expected 1 to 86400 seconds") }
        guard (1...604_800).contains(maxSession) else { fail("--max-session \(maxSession): expected 1 to 604800 seconds") }
        if let exitSequence, !exitSequence.isEmpty, !exitSequence.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "\u{7f}" && $0.asciiValue! >= 32 }) {
            fail("--operator-exit: use printable ASCII characters without spaces")
        }
    }
}

/// The index of the route for an ISO code, or a one-line error naming the codes there are.
func routeIndex(_ code: String, _ story: Story) throws -> Int {
    guard let index = story.routeIndex(code: code) else {
        fail("--select \(code): no route for that code (routes: \(story.routes.map(\.code).joined(separator: ", ")))")
    }
    return index
}
