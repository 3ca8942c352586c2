import AtlasContent
import AtlasMachine

/// The machine driven the way the run loop drives it, one event a frame: each event meets the
/// facts of the frame drawn for the state before it, and the state after it is settled against
/// its own frame. For the commands and the tests, which hold an Atlas rather than a frame.
extension Machine {
    public static func reduce(_ state: AppState, _ event: Event, atlas: Atlas) -> AppState {
        let next = reduce(state, event, story: atlas.index, frame: atlas.facts(state))
        return settle(next, atlas.facts(next))
    }

    /// Folds a sequence of events.
    public static func run(_ state: AppState, _ events: [Event], atlas: Atlas) -> AppState {
        events.reduce(state) { reduce($0, $1, atlas: atlas) }
    }
}

extension KioskMachine {
    public static func start(_ state: AppState, kiosk: KioskState, atlas: Atlas) -> AppState {
        start(state, kiosk: kiosk, story: atlas.index)
    }
}

extension ContentReload {
    /// A visitor's place carried to a reloaded story, its scrolls settled against the new text.
    public static func carry(_ state: AppState, from old: Story, to atlas: Atlas) -> AppState {
        let carried = carry(state, from: old, to: atlas.index)
        return Machine.settle(carried, atlas.facts(carried))
    }
}
