import AtlasContent
import AtlasGeo
import AtlasMachine

/// What rendering a state gives: the canvas to show, and the facts about it that the machine
/// needs for the next transitions (hit regions, scroll limits, the map's projection).
public struct Frame: Sendable {
    public var canvas: Canvas
    public var facts: FrameFacts

    public init(canvas: Canvas, facts: FrameFacts) {
        self.canvas = canvas
        self.facts = facts
    }
}
