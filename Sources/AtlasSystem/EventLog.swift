import Glibc

/// The `--log FILE` record of events: opened for appending, written line by line, unbuffered,
/// so a crash or a kill still leaves every line before it.
public final class EventLog {
    private let fd: Int32

    /// Opens (creating if need be) `path` for appending; nil when it cannot be opened.
    public init?(path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        self.fd = fd
    }

    public func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    deinit { close(fd) }
}
