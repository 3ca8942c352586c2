/// Everything the screen shows, as plain values. The transition function is the only thing
/// that makes a new one.
public struct AppState: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// The selected route (an index into `Story.routes`).
    public var selected: Int
    /// The route panel, when open; it always shows the selected route.
    public var panel: PanelState?
    /// The help overlay is up.
    public var help: Bool = false
    /// The program should end.
    public var quit: Bool = false

    public init(width: Int, height: Int, selected: Int = 0) {
        self.width = width
        self.height = height
        self.selected = selected
    }

    public var isPanelOpen: Bool { panel != nil }
}

public struct PanelState: Equatable, Sendable {
    /// Lines scrolled off the top.
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}
