/// What systemd's notify protocol asks of this process, read from its environment: where to send
/// state changes (`NOTIFY_SOCKET`), and how often to say it is alive (`WATCHDOG_USEC`, for this
/// process only when `WATCHDOG_PID` names it). Nil when there is nobody to tell.
public struct NotifyConfig: Equatable, Sendable {
    /// A filesystem path, or an abstract socket name starting with `@`.
    public var socket: String
    /// Seconds between watchdog pings: half the watchdog timeout, as sd_watchdog_enabled advises.
    public var pingInterval: Double?

    /// The longest path a `sockaddr_un` holds, less its terminating zero.
    static let maxPath = 107

    public init?(environment: [String: String], pid: Int32) {
        guard let socket = environment["NOTIFY_SOCKET"], socket.first == "/" || socket.first == "@",
              socket.utf8.count <= Self.maxPath, socket.utf8.count > 1 else { return nil }
        self.socket = socket
        if let usec = environment["WATCHDOG_USEC"].flatMap({ UInt64($0) }), usec > 0,
           environment["WATCHDOG_PID"].map({ Int32($0) == pid }) ?? true {
            pingInterval = Double(usec) / 2_000_000
        }
    }
}
