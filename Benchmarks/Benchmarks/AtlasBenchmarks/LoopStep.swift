import AtlasCore

/// A state driven the way the run loop drives it: each event meets the facts of the frame on
/// screen, then the next frame is drawn and the state settled against its facts. What a key
/// press costs the program, neither more (drawing twice) nor less (skipping the facts).
struct LoopStep {
    let atlas: Atlas
    var state: AppState
    var facts: FrameFacts

    init(atlas: Atlas, width: Int, height: Int, panel: Bool = false) {
        self.atlas = atlas
        state = atlas.initialState(width: width, height: height)
        if panel { state.panel = PanelState() }
        let frame = atlas.frame(state)
        facts = frame.facts
        state = Machine.settle(state, facts)
    }

    /// One event in, one frame out.
    mutating func press(_ event: Event) -> Canvas {
        state = Machine.reduce(state, event, story: atlas.index, frame: facts)
        let frame = atlas.frame(state)
        facts = frame.facts
        state = Machine.settle(state, facts)
        return frame.canvas
    }
}
