import AtlasContent
import AtlasGeo

/// A key, already decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case tab, backTab
    case enter, escape
    case pageUp, pageDown, home, end
    case char(Character)
}

/// Everything that can happen to the program: keys, mouse, the terminal's size, and time.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// A left click at a cell.
    case click(x: Int, y: Int)
    /// The mouse wheel: negative is up.
    case wheel(x: Int, y: Int, delta: Int)
    case resize(width: Int, height: Int)
    /// The clock, in seconds since start; the run loop sends one now and then.
    case tick(seconds: Double)
}
