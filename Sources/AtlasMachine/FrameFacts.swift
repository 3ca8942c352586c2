import AtlasContent
import AtlasGeo

/// What the machine needs to know about the frame on screen, as plain values: what was drawn
/// where, how far its text scrolls, and the map's projection. The renderer reports them with
/// each frame; the loop hands the last frame's facts to the next transitions, so a click is
/// tested against the rectangles that were drawn (as htop does) and no layout is computed here.
public struct FrameFacts: Sendable {
    /// The screen the facts describe; facts for another screen are not trusted.
    public var view: FrameView
    /// What was drawn where; the first region that contains a cell is what is under it.
    public var regions: [HitRegion]
    /// The open panel's text: how far it scrolls and how many lines show at once.
    public var panelScroll: ScrollLimit?
    /// A chapter's scrolling page.
    public var pageScroll: ScrollLimit?
    /// The route map, where it was drawn: cells not covered by a region are traced to a
    /// country through its owner grid, and the wheel zooms about the point under the pointer.
    public var map: MapFacts?

    public init(view: FrameView, regions: [HitRegion] = [], panelScroll: ScrollLimit? = nil,
                pageScroll: ScrollLimit? = nil, map: MapFacts? = nil) {
        self.view = view
        self.regions = regions
        self.panelScroll = panelScroll
        self.pageScroll = pageScroll
        self.map = map
    }

    /// The target drawn at a cell, if any.
    public func target(atX x: Int, y: Int) -> HitTarget? {
        regions.first { $0.rect.contains(x: x, y: y) }?.target
    }

    /// Whether these facts describe the screen `state` shows (size, chapter, panel).
    public func describe(_ state: AppState) -> Bool { view == FrameView(state) }
}

/// Which screen a frame shows: enough to tell when facts are stale.
public struct FrameView: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var chapter: Chapter
    public var panelOpen: Bool

    public init(_ state: AppState) {
        width = state.width
        height = state.height
        chapter = state.chapter
        panelOpen = state.panel != nil
    }
}

/// A rectangle of the frame and what was drawn in it.
public struct HitRegion: Equatable, Sendable {
    public var rect: Rect
    public var target: HitTarget
    public init(_ rect: Rect, _ target: HitTarget) {
        self.rect = rect
        self.target = target
    }
}

/// What a click can land on.
public enum HitTarget: Equatable, Sendable {
    case chapterTab(Chapter)
    /// The open panel: a click inside it does nothing, outside closes it.
    case panel
    case route(Int)
    case camp(Int)
    case arrivalBar(Int)
    /// Something drawn that answers no click (a list's empty rows, a place's label).
    case inert
}

/// How far a scrolling text can go: lines off the top at most, and lines that show at once.
public struct ScrollLimit: Equatable, Sendable {
    public var maxScroll: Int
    public var visible: Int
    public init(maxScroll: Int, visible: Int) {
        self.maxScroll = maxScroll
        self.visible = visible
    }

    /// What PageUp and PageDown move: a screenful less a line.
    public var page: Int { max(1, visible - 1) }
}

/// The route map as drawn: its box and the raster it was drawn from.
public struct MapFacts: Sendable {
    public var rect: Rect
    public var raster: MapRaster
    public init(rect: Rect, raster: MapRaster) {
        self.rect = rect
        self.raster = raster
    }

    /// The country drawn at a cell of the screen, if any.
    public func owner(atX x: Int, y: Int) -> Int? {
        guard rect.contains(x: x, y: y) else { return nil }
        let o = raster[x - rect.x, y - rect.y]
        return o >= 0 ? Int(o) : nil
    }
}
