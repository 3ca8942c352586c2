import AtlasContent
import AtlasGeo
import AtlasMachine

/// The facts of a state's frame, from the same geometry the drawing uses: what is drawn where
/// (chapter tabs, the panel, list rows, labels, markers, bars), how far the text scrolls, and
/// the route map's raster.
extension Atlas {
    /// The facts of the state's frame; the last state's are kept, since the run loop, the
    /// commands and the tests ask for the same state's facts more than once (the state an
    /// event produced is the state the next event meets).
    public func facts(_ state: AppState) -> FrameFacts {
        if let last = lastFacts, last.state == state { return last.facts }
        let facts = computeFacts(state)
        lastFacts = (state, facts)
        return facts
    }

    private func computeFacts(_ state: AppState) -> FrameFacts {
        var facts = FrameFacts(view: FrameView(state))
        let layout = layout(for: state)
        guard !layout.tooSmall else { return facts }
        facts.regions = ChapterBar.tabs(width: state.width, current: state.chapter, book: book).map {
            HitRegion(Rect(x: $0.x, y: 0, width: CharWidth.of($0.text), height: 1), .chapterTab($0.chapter))
        }
        let panel = panelGeometry(state)
        if let panel {
            facts.regions.append(HitRegion(panel.rect, .panel))
            facts.panelScroll = ScrollLimit(maxScroll: max(0, panel.lines.count - panel.visible), visible: panel.visible)
        }
        if let page = pageGeometry(state) {
            facts.pageScroll = ScrollLimit(maxScroll: max(0, page.lines.count - page.rect.height), visible: page.rect.height)
        }
        let screen = screen(state)
        facts.regions += screen.regions(layout: layout, atlas: self, state: state)
        facts.map = screen.mapFacts(layout: layout, atlas: self, state: state)
        return facts
    }
}
