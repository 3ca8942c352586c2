import AtlasContent
import AtlasMachine
import AtlasRender
import AtlasStats
import AtlasSystem
import CNcursesw
import Glibc

/// The ncurses screen: started with `newterm` (so an unusable `TERM` is our error, not
/// ncurses' exit), painted from a Canvas, and restored on every way out.
public final class Terminal {
    private var screen: OpaquePointer?
    private var palette: Palette
    private var previous: Canvas?
    public private(set) var width: Int
    public private(set) var height: Int
    private let outputFD: Int32

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
        outputFD = fileno(output)
        guard isatty(fileno(input)) == 1, isatty(outputFD) == 1 else {
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

    /// Whether the screen must be painted even if the state has not changed.
    public var needsPaint: Bool { previous == nil }

    /// Forgets what is on screen, so the next paint redraws every cell.
    public func invalidate() {
        previous = nil
        _ = clearok(nk_stdscr(), true)
    }

    /// Paints a Canvas, writing only the cells that changed since the last paint.
    public func paint(_ canvas: Canvas) {
        let full = previous == nil || previous!.width != canvas.width || previous!.height != canvas.height
        if full { _ = werase(nk_stdscr()) }
        let rows = min(canvas.height, height)
        let cols = min(canvas.width, width)
        for y in 0..<rows {
            for x in 0..<cols {
                let cell = canvas[x, y]
                if cell.width == 0 { continue }
                if !full, let old = previous, old[x, y] == cell { continue }
                let (attrs, pair) = cell.back.map { palette.halfStyle(top: cell.role, bottom: $0) } ?? palette.style(cell.role)
                _ = nk_put_cell(Int32(y), Int32(x), wchar_t(bitPattern: cell.scalar.value), attrs, pair)
            }
        }
        previous = canvas
        _ = wrefresh(nk_stdscr())
    }
}
