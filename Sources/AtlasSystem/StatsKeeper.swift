import AtlasContent
import AtlasMachine
import AtlasStats

/// `--stats FILE`: the counts kept in memory, merged into the file's days and written atomically
/// at most once a minute and at the end. A file that is not a statistics file is set aside (and
/// said so), never overwritten and never fatal.
public final class StatsKeeper {
    public let path: String
    public private(set) var recorder: VisitRecorder
    private var log: StatsLog
    private var lastWrite: Double
    private var dirty = false
    /// At most one write in this many seconds.
    public static let writeInterval = 60.0

    /// What is worth telling since the last `takeNotices`: a file set aside, a write that failed.
    private var notices: [String] = []

    public func takeNotices() -> [String] {
        defer { notices = [] }
        return notices
    }

    /// Opens (or starts) the file at `path`; `now` is the run loop's clock.
    public init(path: String, language: String = "en", now: Double = 0) {
        self.path = path
        recorder = VisitRecorder(language: language)
        lastWrite = now
        log = StatsLog()
        do {
            guard let bytes = try AtomicFile.read(path) else { return }
            do {
                log = try StatsLog(parsing: String(decoding: bytes, as: UTF8.self))
            } catch {
                let aside = (try? AtomicFile.setAside(path)) ?? "(could not be moved)"
                notices.append("--stats \(path): \(error); set aside as \(aside), counting afresh")
            }
        } catch {
            notices.append("--stats \(error); counts are kept in memory and written when the file can be")
        }
    }

    /// Counts a transition; writes when a minute has passed since the last write.
    public func observe(from old: AppState, to new: AppState, event: Event?, story: Story, now: Double) {
        let wall = WallClock.now()
        recorder.observe(from: old, to: new, event: event, story: story, now: now, day: wall.day, hour: wall.hour)
        collect()
        if dirty && now - lastWrite >= Self.writeInterval { write(now: now) }
    }

    /// Ends the session and writes what is left; for the program's way out.
    public func finish(now: Double) {
        recorder.finish(now: now, day: WallClock.now().day)
        collect()
        if dirty { write(now: now) }
    }

    /// Everything counted so far, the file's earlier days included.
    public var counts: StatsLog { log }

    private func collect() {
        for (day, counts) in recorder.take() where !counts.isEmpty {
            log.add(counts, day: day)
            dirty = true
        }
    }

    private func write(now: Double) {
        lastWrite = now
        do {
            try AtomicFile.write(log.text, to: path)
            dirty = false
        } catch {
            notices.append("--stats \(error)")
        }
    }
}
