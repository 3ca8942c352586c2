import AtlasContent
import AtlasGeo

extension AppState {
    /// Whether `other` draws the same screen as this state: equal but for the clock, on a screen
    /// that does not move with it (only the balloon animation and the kiosk's countdown do). The
    /// run loop skips drawing then, so an idle atlas costs next to nothing.
    public func drawsSame(as other: AppState, chapters: ChapterList) -> Bool {
        var a = self
        a.now = other.now
        guard a == other else { return false }
        if chapters.entry(chapter).animated { return false }
        if case .stillThere? = kiosk?.mode { return false }
        return true
    }
}
