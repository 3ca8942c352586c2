/// Why the terminal could not be used; the message is the one line the user sees.
public struct TerminalError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
