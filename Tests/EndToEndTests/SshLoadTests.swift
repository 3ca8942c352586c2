import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Fifty visitors at once through a real sshd running the kit's configuration: every one drawn,
/// browsing with random keys for 30 s, none crashed, all leaving cleanly. It measures what the
/// README reports: resident memory per session, the CPU of all sessions idle on the attract tour
/// and browsing, and the time from a key to the first byte of the answer at the client.
/// `make test` runs it on its own, after the other end-to-end tests, so that neither disturbs
/// the other's timings.
@Suite(.serialized) struct SshLoadTests {
    static let visitors = 50
    static let browsing: TimeInterval = 30
    /// Keys a visitor presses: moves, panels and chapters, but not the balloon animation's
    /// chapter (which changes the screen by itself) and not `q`.
    static let keys = ["\t", "j", "k", "h", "l", "\r", "\u{1b}", " ", "1", "2", "2", "3", "5", "6", "6", "8", "+", "-", "0"]

    /// One visitor's client and what the test knows of it.
    final class Visitor {
        let client: PtyClient
        var drawn = false
        var keySentAt: Date?
        var nextKeyAt = Date()
        init(_ client: PtyClient) { self.client = client }
    }

    @Test func fiftyVisitorsBrowseAtOnce() async throws {
        let server = try SshServer()
        guard let visitors = try Self.connectAll(server) else { return }
        let atlases = server.sessions
        #expect(atlases.count == Self.visitors, "\(atlases.count) atlas processes for \(Self.visitors) visitors")

        // Idle on the attract tour.
        Self.pumpAll(visitors, for: 3)
        let idleStart = Self.cpuSeconds(atlases)
        Self.pumpAll(visitors, for: 10)
        let idleCPU = (Self.cpuSeconds(atlases) - idleStart) / 10
        let rss = atlases.map { Self.memoryKB($0, "VmRSS:", in: "status") }.sorted()
        let pss = atlases.map { Self.memoryKB($0, "Pss:", in: "smaps_rollup") }.sorted()

        // Browsing.
        let browseStart = Self.cpuSeconds(atlases)
        var (latencies, unanswered) = Self.browse(visitors)
        let browseCPU = (Self.cpuSeconds(atlases) - browseStart) / Self.browsing
        let crashed = visitors.filter { $0.client.exitStatus != nil }.count
        #expect(crashed == 0, "\(crashed) visitors' sessions ended while browsing")

        // Everyone leaves.
        for v in visitors { v.client.send("q") }
        let leaveDeadline = Date().addingTimeInterval(20)
        while visitors.contains(where: { $0.client.exitStatus == nil }) && Date() < leaveDeadline { Self.pumpAll(visitors, for: 0.05) }
        let codes = visitors.map { $0.client.exitStatus ?? -1 }
        #expect(codes.allSatisfy { $0 == 0 }, "ssh exit codes after q: \(codes)")
        try await SshTests.waitUntilNoSessions(server, within: 3)

        latencies.sort()
        let median = latencies.isEmpty ? 0 : latencies[latencies.count / 2] * 1000
        let p99 = latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, latencies.count * 99 / 100)] * 1000
        print(String(format: "ssh load: %d visitors; resident memory a session median %.1f MB, max %.1f MB (proportional share median %.1f MB); "
                     + "CPU of all sessions idle on the tour %.2f%% of a core (%.3f%% each), browsing %.1f%% of a core; "
                     + "key to first byte median %.1f ms, p99 %.1f ms over %d keys (%d keys changed nothing on screen)",
                     Self.visitors, Double(rss[rss.count / 2]) / 1024, Double(rss.last!) / 1024, Double(pss[pss.count / 2]) / 1024,
                     idleCPU * 100, idleCPU * 100 / Double(Self.visitors), browseCPU * 100, median, p99, latencies.count, unanswered))
        #expect(latencies.count > Self.visitors * 20, "only \(latencies.count) keys answered")
    }

    /// Connects every visitor and waits until each is drawn; nil (with the issue recorded) when
    /// a session ends first. sshd lets one address have 3 connections logging in at once
    /// (PerSourceMaxStartups): every visitor here comes from 127.0.0.1, so they arrive 3 at a time.
    static func connectAll(_ server: SshServer) throws -> [Visitor]? {
        var visitors: [Visitor] = []
        let invite = "Press an arrow key to explore the story yourself, q to leave"
        let connectDeadline = Date().addingTimeInterval(120)
        while visitors.count < Self.visitors || visitors.contains(where: { !$0.drawn }) {
            try #require(Date() < connectDeadline, "only \(visitors.filter(\.drawn).count) of \(Self.visitors) drawn in 120 s")
            for v in visitors where !v.drawn {
                v.client.pump()
                if v.client.shows(invite) { v.drawn = true; v.client.clear() }
                if let code = v.client.exitStatus { Issue.record("a visitor's ssh ended (\(code)) before the atlas was drawn"); return nil }
            }
            if visitors.count < Self.visitors && visitors.filter({ !$0.drawn }).count < 3 {
                visitors.append(Visitor(try PtyClient(server.client, width: 120, height: 40, environment: ["TERM": "xterm-256color"])))
            }
            usleep(5_000)
        }
        return visitors
    }

    /// Each visitor presses a key, waits for the answer (1 s at most), then pauses: the times
    /// from key to first byte, and how many keys got no answer.
    static func browse(_ visitors: [Visitor]) -> (latencies: [Double], unanswered: Int) {
        var latencies: [Double] = []
        var unanswered = 0
        let until = Date().addingTimeInterval(Self.browsing)
        while Date() < until {
            Self.poll(visitors, ms: 5)
            let now = Date()
            for v in visitors {
                if v.client.pump() > 0, let sent = v.keySentAt {
                    latencies.append(now.timeIntervalSince(sent))
                    v.keySentAt = nil
                    v.nextKeyAt = now.addingTimeInterval(Double.random(in: 0.15...0.35))
                }
                if let sent = v.keySentAt, now.timeIntervalSince(sent) > 1 {
                    unanswered += 1
                    v.keySentAt = nil
                }
                if v.keySentAt == nil, now >= v.nextKeyAt {
                    v.client.send(Self.keys.randomElement()!)
                    v.keySentAt = Date()
                }
            }
        }
        return (latencies, unanswered)
    }

    static func poll(_ visitors: [Visitor], ms: Int32) {
        var fds = visitors.map { pollfd(fd: $0.client.master, events: Int16(POLLIN), revents: 0) }
        _ = Glibc.poll(&fds, nfds_t(fds.count), ms)
    }

    /// Reads every client's output for a while (a client that is not read would stall its session).
    static func pumpAll(_ visitors: [Visitor], for seconds: TimeInterval) {
        let until = Date().addingTimeInterval(seconds)
        repeat {
            poll(visitors, ms: 10)
            for v in visitors { v.client.pump(); v.client.clear() }
        } while Date() < until
    }

    /// User and system CPU seconds of these processes together.
    static func cpuSeconds(_ pids: [pid_t]) -> Double {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return pids.reduce(0) { total, pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return total }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // After the name: state is field 3, utime 14 and stime 15.
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return total }
            return total + (user + system) / ticks
        }
    }

    /// A "Name:  N kB" line of a /proc file, in kB.
    static func memoryKB(_ pid: pid_t, _ key: String, in file: String) -> Int {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/\(file)", encoding: .utf8)) ?? ""
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
}
