import AtlasMachine
import AtlasRender
import AtlasSystem
import CNcursesw
import Glibc

/// The ncurses face: started with `newterm` (so an unusable `TERM` is our error, not
/// ncurses' exit), shown a Canvas by writing the cells of its diff, and restored on every way out.
public final class Terminal: Face {
    /// A write still blocked after this many seconds means a session's client stopped reading:
    /// SIGALRM, whose default action ends the process, cuts it off.
    static let stalledSeconds: UInt32 = 30

    private var screen: OpaquePointer?
    private var palette: Palette
    private var previous: Canvas?
    public private(set) var width: Int
    public private(set) var height: Int
    private let inputFD: Int32
    private let outputFD: Int32
    private let session: Bool

    /// Whether the terminal was started in plain 7-bit mode without colour (a session whose
    /// terminal terminfo does not know).
    public private(set) var plain = false

    /// Starts the terminal; throws a one-line error when it cannot.
    /// With `locked`, the keyboard cannot send signals (raw mode): Ctrl-C, Ctrl-Z and Ctrl-\ arrive
    /// as plain keys, which the kiosk ignores. With `session` (a visitor over SSH), a `TERM` that
    /// terminfo does not know falls back instead of failing (see `TerminalChoice`).
    /// `streams` puts the screen on another terminal than standard input and output (a
    /// benchmark's pseudo-terminal, say).
    public init(color: ColorChoice, environment: [String: String], locked: Bool = false, session: Bool = false,
                streams: (input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)? = nil) throws {
        let input = streams?.input ?? nk_stdin(), output = streams?.output ?? nk_stdout()
        inputFD = fileno(input)
        outputFD = fileno(output)
        self.session = session
        guard isatty(inputFD) == 1, isatty(outputFD) == 1 else {
            throw TerminalError(session
                ? "no terminal: connect with 'ssh -t' so that the atlas has a screen to draw on"
                : "not a terminal: run nk-defectors in a terminal, or use 'nk-defectors snapshot' for text output")
        }
        let term = environment["TERM"] ?? ""
        if !session {
            guard !term.isEmpty else { throw TerminalError("TERM is not set: cannot tell what the terminal can do") }
            guard term != "dumb" else { throw TerminalError("TERM=dumb cannot move the cursor: use a full terminal, or 'nk-defectors snapshot'") }
        }
        var started: (OpaquePointer, TerminalChoice)?
        for choice in TerminalChoice.candidates(term: term, colorTerm: environment["COLORTERM"], session: session) {
            if let s = newterm(choice.name, output, input) {
                started = (s, choice)
                break
            }
        }
        guard let (s, choice) = started else {
            throw TerminalError(session
                ? "no terminal description found, not even vt100: install ncurses-base"
                : "TERM=\(term) is not known to this system's terminfo: try TERM=xterm-256color")
        }
        plain = choice.plain
        screen = s
        _ = set_term(s)
        palette = Palette(choice: choice.plain ? .never : color, noColorEnv: !(environment["NO_COLOR"] ?? "").isEmpty)
        _ = locked ? raw() : cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(nk_stdscr(), true)
        _ = curs_set(0)
        nk_set_escdelay(25)
        _ = mouseinterval(0)
        _ = mousemask(nk_mouse_mask(), nil)
        width = Int(nk_cols())
        height = Int(nk_lines())
        _ = wclear(nk_stdscr())
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard let s = screen else { return }
        _ = curs_set(1)
        _ = endwin()
        delscreen(s)
        screen = nil
    }

    deinit { stop() }

    /// The next event, or nil when `timeoutMs` passes without one.
    public func nextEvent(timeoutMs: Int32) -> Event? {
        wtimeout(nk_stdscr(), timeoutMs)
        var code: wint_t = 0
        let status = wget_wch(nk_stdscr(), &code)
        if status == ERR { return nil }
        let event = InputDecoder.decode(status: status, code: UInt32(code))
        if case .resize(let w, let h) = event {
            width = w
            height = h
            previous = nil
        }
        return event
    }

    /// Bytes painted that the terminal's reader has not taken yet; 0 when it cannot be told.
    public var outputBacklog: Int { max(0, Int(nk_output_queued(outputFD))) }

    public var needsPaint: Bool { previous == nil }

    /// The terminal is gone when its input is no longer a terminal (the pty closed).
    public var isGone: Bool { isatty(inputFD) == 0 }

    /// Forgets what is on screen, so the next paint redraws every cell.
    public func invalidate() {
        previous = nil
        _ = clearok(nk_stdscr(), true)
    }

    /// Writes the cells that changed since the last canvas shown (all of them after a resize or
    /// `invalidate`). For a session, a client that stops reading is cut off after `stalledSeconds`.
    public func present(_ canvas: Canvas) {
        if session { alarm(Self.stalledSeconds) }
        defer { if session { alarm(0) } }
        let shown = previous.flatMap { canvas.needsClear(after: $0) ? nil : $0 }
        if shown == nil { _ = werase(nk_stdscr()) }
        for change in canvas.diff(from: shown) where change.x < width && change.y < height {
            let cell = change.cell
            let (attrs, pair) = cell.back.map { palette.halfStyle(top: cell.role, bottom: $0) } ?? palette.style(cell.role)
            _ = nk_put_cell(Int32(change.y), Int32(change.x), wchar_t(bitPattern: cell.scalar.value), attrs, pair)
        }
        previous = canvas
        _ = wrefresh(nk_stdscr())
    }
}
