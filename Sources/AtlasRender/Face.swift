import AtlasMachine

/// Where the atlas is shown and its input comes from: the ncurses terminal, or an in-memory
/// screen for tests. The run loop drives any face the same way (as bubbletea runs a program
/// over any reader and writer), and owns nothing global itself.
public protocol Face: AnyObject {
    /// The screen's size in cells, as of the last event.
    var width: Int { get }
    var height: Int { get }
    /// The next event, or nil when `timeoutMs` passes without one (0: do not wait).
    func nextEvent(timeoutMs: Int32) -> Event?
    /// Shows a canvas, writing only the cells that changed since the last one shown.
    func present(_ canvas: Canvas)
    /// Forgets what is on screen, so the next `present` writes every cell.
    func invalidate()
    /// Whether the screen must be presented even though the state has not changed (after a
    /// resize or `invalidate`).
    var needsPaint: Bool { get }
    /// Bytes presented that the reader has not taken yet; 0 when it cannot be told.
    var outputBacklog: Int { get }
    /// Whether the other end has gone away (the terminal closed, the script ran out).
    var isGone: Bool { get }
}
