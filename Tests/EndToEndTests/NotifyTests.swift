import AtlasSystem
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The test's own end of systemd's notify protocol: a datagram socket, bound at a path in a
/// temporary folder or under an abstract name, that the program is told of by `NOTIFY_SOCKET`.
final class NotifyListener {
    let fd: Int32
    /// The value for `NOTIFY_SOCKET`.
    let name: String
    private let dir: TempDir

    init(abstract: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        dir = try TempDir()
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        name = abstract ? "@nkdef-notify-\(getpid())-\(UUID().uuidString.prefix(8))" : dir.path("notify")
        let rc = UnixAddress(name).withSockaddr { bind(fd, $0, $1) }
        var on: Int32 = 1
        let stamped = setsockopt(fd, SOL_SOCKET, Self.soTimestamp, &on, socklen_t(MemoryLayout<Int32>.size))
        guard fd >= 0, rc == 0, stamped == 0 else {
            throw E2EError("cannot bind the notify socket \(name): \(String(cString: strerror(errno)))", at: sourceLocation)
        }
    }

    deinit { close(fd) }

    /// Linux's `SO_TIMESTAMP` (and `SCM_TIMESTAMP`) with a 64-bit `time_t`; Glibc's macro does not
    /// reach Swift.
    private static let soTimestamp: Int32 = 29

    /// The next message and when the kernel received it, or nil after `timeout` seconds. The
    /// kernel's time, not the test's: a test starved of CPU by its neighbours reads queued
    /// messages in a burst, but their stamps still say when each was sent.
    func next(timeout: TimeInterval) async throws -> (text: String, at: Date)? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let message = receive() { return message }
            if timeout > 0 { try await Task.sleep(nanoseconds: 2_000_000) }
        } while Date() < deadline
        return nil
    }

    /// One waiting datagram and its `SCM_TIMESTAMP`, without blocking.
    private func receive() -> (text: String, at: Date)? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var control = [UInt64](repeating: 0, count: 8)
        var stamp = timeval()
        let n = buffer.withUnsafeMutableBytes { data -> Int in
            control.withUnsafeMutableBytes { controlBytes -> Int in
                var vector = iovec(iov_base: data.baseAddress, iov_len: data.count)
                return withUnsafeMutablePointer(to: &vector) { vectorPointer -> Int in
                    var header = msghdr()
                    header.msg_iov = vectorPointer
                    header.msg_iovlen = 1
                    header.msg_control = controlBytes.baseAddress
                    header.msg_controllen = controlBytes.count
                    let n = recvmsg(fd, &header, 0)
                    // One control message: cmsghdr (length, level, type: 16 bytes), then the timeval.
                    let level = controlBytes.load(fromByteOffset: 8, as: Int32.self)
                    let type = controlBytes.load(fromByteOffset: 12, as: Int32.self)
                    if n > 0, header.msg_controllen >= 32, level == SOL_SOCKET, type == Self.soTimestamp {
                        stamp = controlBytes.load(fromByteOffset: 16, as: timeval.self)
                    }
                    return n
                }
            }
        }
        guard n > 0 else { return nil }
        // No stamp reads as long ago, so a test counting by stamps sees it as missing.
        let at = stamp.tv_sec == 0 ? Date.distantPast : Date(timeIntervalSince1970: Double(stamp.tv_sec) + Double(stamp.tv_usec) / 1e6)
        return (String(decoding: buffer[0..<n], as: UTF8.self), at)
    }
}

/// systemd's notify protocol against the shipped binary: READY once the first frame is up, then
/// watchdog pings at half the timeout, STOPPING at the end; nothing when not asked.
@Suite(.serialized) struct NotifyTests {
    @Test(arguments: [false, true])
    func readyThenWatchdogPingsAtHalfTheTimeout(abstract: Bool) async throws {
        let listener = try NotifyListener(abstract: abstract)
        // A 0.4 s watchdog: a ping every 0.2 s.
        let app = try AppSession([], environment: ["NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "400000"])
        defer { app.close() }
        let ready = try #require(try await listener.next(timeout: Tmux.patience), "no READY message")
        #expect(ready.text.split(separator: "\n").contains("READY=1"), "first message: \(ready.text)")
        try await app.waitForMap()

        // Pings sent while the test waited for the map have queued up: drop them, then keep
        // reading (the socket queues only ten datagrams, dropping the rest) and count those the
        // kernel received in the next two seconds, by its stamps.
        while try await listener.next(timeout: 0) != nil {}
        let from = Date()
        var pings: [Date] = []
        while Date() < from.addingTimeInterval(2.3) {
            guard let message = try await listener.next(timeout: 0.05) else { continue }
            #expect(message.text == "WATCHDOG=1", "unexpected message: \(message.text)")
            if message.at >= from && message.at < from.addingTimeInterval(2) { pings.append(message.at) }
        }
        #expect((7...13).contains(pings.count), "\(pings.count) pings in 2 s, expected about 10")
        let gaps = zip(pings.dropFirst(), pings).map { $0.timeIntervalSince($1) }.sorted()
        let median = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
        #expect(median > 0.15 && median < 0.3, "median gap between pings \(median) s, expected 0.2")

        try app.tmux.type("q")
        let exit = try await app.waitForExit()
        #expect(exit.code == 0)
        var last = ""
        while let message = try await listener.next(timeout: 0.5) { last = message.text }
        #expect(last == "STOPPING=1", "last message: \(last)")
    }

    /// A watchdog meant for another process (`WATCHDOG_PID`) is not ours to ping.
    @Test func watchdogForAnotherProcessIsNotPinged() async throws {
        let listener = try NotifyListener(abstract: false)
        let app = try AppSession([], environment: ["NOTIFY_SOCKET": listener.name, "WATCHDOG_USEC": "200000", "WATCHDOG_PID": "1"])
        defer { app.close() }
        let ready = try #require(try await listener.next(timeout: Tmux.patience), "no READY message")
        #expect(ready.text.contains("READY=1"))
        let other = try await listener.next(timeout: 0.8)
        #expect(other == nil, "sent \(other?.text ?? "") for another process's watchdog")
    }
}
