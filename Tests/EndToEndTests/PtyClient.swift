import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A program on a pseudo-terminal of the test's own, without tmux: the test writes keys to the
/// master side and reads every byte the program (or an ssh client) writes, so it can count bytes
/// and time the answer to a key. Many can run at once from one thread.
final class PtyClient {
    let master: Int32
    let pid: pid_t
    /// Everything read so far, and when the last byte came.
    private(set) var output: [UInt8] = []
    private(set) var lastRead: Date?
    private var status: Int32?
    /// Linux's TIOCSPTLCK and TIOCGPTN (`_IOW('T', 0x31, int)`, `_IOR('T', 0x30, unsigned)`).
    static let unlockRequest: UInt = 0x4004_5431
    static let numberRequest: UInt = 0x8004_5430

    init(_ command: [String], width: Int, height: Int, environment: [String: String] = [:],
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        // /dev/ptmx with its ioctls: what posix_openpt, unlockpt and ptsname do, which Swift
        // does not see in glibc's headers.
        let m = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: Int32 = 0
        guard m >= 0, ioctl(m, Self.unlockRequest, &unlock) == 0, ioctl(m, Self.numberRequest, &number) == 0 else {
            throw E2EError("no pseudo-terminal: \(String(cString: strerror(errno)))", at: sourceLocation)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw E2EError("cannot open the pty's slave side", at: sourceLocation) }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        master = m
        _ = fcntl(m, F_SETFL, fcntl(m, F_GETFL) | O_NONBLOCK)
        var env = ProcessInfo.processInfo.environment
        for name in ["TMUX", "TMUX_PANE", "NO_COLOR", "COLORTERM"] { env[name] = nil }
        for (k, v) in environment { env[k] = v }
        pid = try Spawn.start(URL(fileURLWithPath: command[0]), Array(command.dropFirst()), environment: env,
                              stdio: .descriptors(slave, slave, slave), setsid: true, sourceLocation: sourceLocation)
        close(slave)
    }

    deinit {
        if exitStatus == nil { kill(pid, SIGKILL); _ = waitpid(pid, nil, 0) }
        close(master)
    }

    /// Reads what is waiting; the number of bytes read.
    @discardableResult
    func pump() -> Int {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            output += buffer[0..<n]
            total += n
        }
        if total > 0 { lastRead = Date() }
        return total
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n > 0 { sent += n } else { pump(); usleep(1_000) }
        }
    }

    /// Whether the output so far holds this text (written in one run, as ncurses writes a line's text).
    func shows(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard output.count >= needle.count else { return false }
        return output.indices.dropLast(needle.count - 1).contains { output[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The exit code once the program has ended (128 + n for a signal), else nil.
    var exitStatus: Int32? {
        if let status { return status }
        var s: Int32 = 0
        guard waitpid(pid, &s, WNOHANG) == pid else { return nil }
        status = s & 0x7f == 0 ? (s >> 8) & 0xff : 128 + (s & 0x7f)
        return status
    }

    /// Forgets what was read (to count the bytes of what comes next).
    func clear() {
        output.removeAll(keepingCapacity: true)
        lastRead = nil
    }
}
