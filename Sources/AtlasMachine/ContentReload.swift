import AtlasContent
import AtlasGeo

/// A visitor's place carried from one story to a reloaded one: the same chapter, route, camp and
/// period where they still exist, the nearest that does where not. The next frame drawn clamps
/// the scrolls to the new text.
public enum ContentReload {
    public static func carry(_ state: AppState, from old: Story, to atlas: StoryIndex) -> AppState {
        let new = atlas.story
        var s = state
        s.selected = same(state.selected, old.routes.map(\.code), new.routes.map(\.code))
        s.camp = same(state.camp, old.chapters.camps.camps.map(\.place), new.chapters.camps.camps.map(\.place))
        if let a = state.arrival {
            s.arrival = same(a, old.chapters.arrivals.series.map(\.period), new.chapters.arrivals.series.map(\.period))
        }
        if case .touring(let step, let since)? = s.kiosk?.mode, step >= new.tour.count {
            s.kiosk?.mode = .touring(step: 0, since: since)
        }
        return s
    }

    /// The index in `new` of the key at `index` in `old`; else the index, kept within `new`.
    static func same(_ index: Int, _ old: [String], _ new: [String]) -> Int {
        if old.indices.contains(index), let i = new.firstIndex(of: old[index]) { return i }
        return max(0, min(index, new.count - 1))
    }
}
