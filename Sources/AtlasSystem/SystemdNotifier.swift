import Glibc

/// systemd's notify protocol, written directly: each message is one datagram such as `READY=1`
/// on the Unix socket named by `NOTIFY_SOCKET` (an abstract one when the name starts with `@`).
/// Sends never block and never fail the program: systemd not listening is not our error.
public final class SystemdNotifier {
    public let config: NotifyConfig
    private let fd: Int32
    /// Made once: every ping goes to the same place.
    private let address: UnixAddress
    private var lastPing = -Double.infinity

    /// Nil when the environment asks for nothing, or the socket cannot be made.
    public init?(environment: [String: String], pid: Int32 = getpid()) {
        guard let config = NotifyConfig(environment: environment, pid: pid) else { return nil }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { return nil }
        self.config = config
        self.fd = fd
        address = UnixAddress(config.socket)
    }

    deinit { close(fd) }

    /// Sends one message (lines of `KEY=value`); true when the datagram went out.
    @discardableResult
    public func send(_ message: String) -> Bool {
        let bytes = Array(message.utf8)
        let sent = address.withSockaddr { addr, length in
            bytes.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), addr, length) }
        }
        return sent == bytes.count
    }

    /// Pings the watchdog when its interval has passed since the last ping; `now` in seconds
    /// on a monotonic clock.
    public func keepAlive(now: Double) {
        guard let interval = config.pingInterval, now - lastPing >= interval else { return }
        lastPing = now
        send("WATCHDOG=1")
    }

    /// How long the run loop may wait for input and still ping in time, in milliseconds.
    public var longestWaitMs: Int32? {
        config.pingInterval.map { Int32(max(10, min(250, $0 * 1000 / 2))) }
    }
}
