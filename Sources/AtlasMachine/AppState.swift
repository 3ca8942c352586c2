import AtlasContent
import AtlasGeo

/// Everything the screen shows, as plain values. The transition function is the only thing
/// that makes a new one.
public struct AppState: Equatable, Sendable {
    public var width: Int
    public var height: Int
    /// The chapter on screen.
    public var chapter: Chapter = .routes
    /// The selected route (an index into `Story.routes`).
    public var selected: Int
    /// The selected camp (an index into the camps chapter's list).
    public var camp: Int = 0
    /// The selected bar of the arrivals chart; nil means the latest.
    public var arrival: Int?
    /// The route map's zoomed view; nil shows the whole region.
    public var mapView: GeoRect?
    /// The pop-up panel of the routes or camps chapter, when open; it shows the selection.
    public var panel: PanelState?
    /// Lines of a text chapter scrolled off the top.
    public var pageScroll: Int = 0
    /// The clock, from ticks: seconds since the program started.
    public var now: Double = 0
    /// When the current chapter was entered, for animations.
    public var chapterStart: Double = 0
    /// The help overlay is up.
    public var help: Bool = false
    /// The program should end.
    public var quit: Bool = false
    /// Kiosk mode, when on.
    public var kiosk: KioskState?
    /// The edition on screen; `L` switches it, keeping the visitor's place.
    public var language: Language = .en

    public init(width: Int, height: Int, selected: Int = 0) {
        self.width = width
        self.height = height
        self.selected = selected
    }

    public var isPanelOpen: Bool { panel != nil }

    /// The smallest screen the atlas draws on; below it, a "too small" notice and no keys.
    public static let minWidth = 60
    public static let minHeight = 20

    /// Whether the screen is below the smallest the atlas draws on.
    public var isTooSmall: Bool { width < Self.minWidth || height < Self.minHeight }

    /// Whether `q` leaves: everywhere but a locked kiosk.
    public var canQuit: Bool { kiosk.map(\.visitorsMayQuit) ?? true }
}

public struct PanelState: Equatable, Sendable {
    /// Lines scrolled off the top.
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}
