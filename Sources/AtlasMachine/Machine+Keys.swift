import AtlasContent
import AtlasGeo

/// Keys, read through the keymap in the contexts the state is in, and the commands they give.
extension Machine {
    static func key(_ s: inout AppState, _ key: Key, _ atlas: StoryIndex, _ frame: FrameFacts) {
        if Keymap.quits(key) { s.quit = true; return }
        // The edition switches anywhere, even over the help screen, which stays up in the new words.
        if Keymap.command(for: key, in: .anywhere) == .switchLanguage {
            s.language = atlas.language(after: s.language)
            return
        }
        if s.help { s.help = false; return }
        if Keymap.command(for: key, in: .anywhere) == .help { s.help = true; return }
        if s.isTooSmall { return }
        if s.panel == nil, let command = Keymap.command(for: key, in: .chapters), chapter(&s, command, atlas.chapters) { return }
        let controls = atlas.chapters.entry(s.chapter).controls
        let bars = atlas.story.chapters.arrivals.series.count
        // A chart without bars takes no keys at all.
        if controls != .barChart || bars > 0 {
            for context in contexts(controls, panel: s.panel != nil) {
                guard let command = Keymap.command(for: key, in: context) else { continue }
                perform(&s, command, in: context, controls: controls, atlas, frame)
                break
            }
        }
        clampScrolls(&s, frame)
    }

    /// Where keys are read, in order, for a chapter's controls.
    static func contexts(_ controls: ChapterControls, panel: Bool) -> [KeyContext] {
        switch controls {
        case .routeMap: panel ? [.panel] : [.zoom, .map]
        case .campMap: panel ? [.panel] : [.map]
        case .barChart: [.chart, .page]
        case .page: [.page]
        }
    }

    /// Moving between chapters; false for a digit with no chapter, which goes on to the chapter.
    private static func chapter(_ s: inout AppState, _ command: Command, _ chapters: ChapterList) -> Bool {
        switch command {
        case .nextChapter: if let next = chapters.next(after: s.chapter) { go(&s, to: next) }
        case .previousChapter: if let previous = chapters.previous(before: s.chapter) { go(&s, to: previous) }
        case .goToChapter(let n):
            guard let chapter = chapters.chapter(number: n) else { return false }
            go(&s, to: chapter)
        default: return false
        }
        return true
    }

    private static func perform(_ s: inout AppState, _ command: Command, in context: KeyContext, controls: ChapterControls,
                                _ atlas: StoryIndex, _ frame: FrameFacts) {
        switch context {
        case .zoom: Zoom.perform(&s, command, atlas: atlas)
        case .map, .panel: select(&s, command, controls: controls, atlas, frame)
        case .chart: chart(&s, command, count: atlas.story.chapters.arrivals.series.count)
        case .page: scroll(&s.pageScroll, command, page: limits(frame, s)?.page?.page ?? 9)
        case .anywhere, .chapters: break
        }
    }

    /// A map's selection and its panel: move, step, open, close, and the panel's scroll.
    private static func select(_ s: inout AppState, _ command: Command, controls: ChapterControls, _ atlas: StoryIndex,
                               _ frame: FrameFacts) {
        let routes = controls == .routeMap
        let anchors = routes ? atlas.anchors : atlas.campPoints
        let count = routes ? atlas.story.routes.count : atlas.campPoints.count
        guard count > 0 else { return }
        var index = routes ? s.selected : s.camp
        let panel = s.panel != nil
        switch command {
        case .move(let direction): if let next = Navigator.next(from: index, direction, anchors: anchors) { index = next }
        case .nextItem: index = (index + 1) % count
        case .previousItem: index = (index + count - 1) % count
        case .open: s.panel = PanelState()
        case .close: s.panel = nil
        default:
            if var scroll = s.panel?.scroll {
                Self.scroll(&scroll, command, page: limits(frame, s)?.panel?.page ?? 9)
                s.panel?.scroll = scroll
            }
        }
        // Stepping through the list with the panel open shows the next one's panel from its top.
        if panel, command == .nextItem || command == .previousItem { s.panel = PanelState() }
        if routes { s.selected = index } else { s.camp = index }
    }

    private static func chart(_ s: inout AppState, _ command: Command, count: Int) {
        let current = s.arrival ?? count - 1
        switch command {
        case .previousItem: s.arrival = max(0, current - 1)
        case .nextItem: s.arrival = min(count - 1, current + 1)
        case .firstItem: s.arrival = 0
        case .lastItem: s.arrival = count - 1
        default: break
        }
    }

    /// A scroll moved by a command; the frame's limit clamps it afterwards.
    private static func scroll(_ scroll: inout Int, _ command: Command, page: Int) {
        switch command {
        case .scrollUp: scroll -= 1
        case .scrollDown: scroll += 1
        case .scrollPageUp: scroll -= page
        case .scrollPageDown: scroll += page
        case .scrollTop: scroll = 0
        case .scrollEnd: scroll = Int.max / 2
        default: break
        }
    }
}
