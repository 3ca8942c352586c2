import AtlasCore
import AtlasSystem
import Foundation
import Testing

/// Visitor statistics: the recorder driven by event tables on a fake clock, the file format
/// written and read back, its errors, its bound, and the summary.
@Suite struct StatsTests {
    /// Drives the machine and the recorder together, as the run loop does.
    struct Drive {
        let atlas = Fixtures.atlas()
        var state: AppState
        var recorder = VisitRecorder(language: "en")
        var now = 0.0

        init(kiosk: Bool) {
            let base = atlas.initialState(width: 120, height: 40)
            state = kiosk ? KioskMachine.start(base, kiosk: KioskState(idleTimeout: 30), atlas: atlas) : base
        }

        mutating func at(_ t: Double, _ event: Event? = nil) {
            now = t
            var next = Machine.reduce(state, .tick(seconds: t), atlas: atlas)
            recorder.observe(from: state, to: next, event: nil, story: atlas.story, now: t, day: "2026-12-02", hour: 14)
            if let event {
                let before = next
                next = Machine.reduce(next, event, atlas: atlas)
                recorder.observe(from: before, to: next, event: event, story: atlas.story, now: t, day: "2026-12-02", hour: 14)
            }
            state = next
        }
    }

    @Test func aVisitOutsideAKioskIsTimedFromTheFirstKeyToTheEnd() throws {
        var d = Drive(kiosk: false)
        let mn = Fixtures.route("MN")
        d.at(1)                                  // no input yet: no session
        #expect(!d.recorder.inSession)
        d.at(5, .key(.char("2")))                // the first key begins the session (on the map)
        d.state.selected = mn
        d.at(10, .key(.enter))                   // Mongolia's panel open for 25 s
        d.at(35, .key(.escape))
        d.at(40, .key(.char("n")))               // distances for 12 s
        d.at(52, .key(.char("q")))
        d.recorder.finish(now: 52, day: "2026-12-02")
        let day = try #require(d.recorder.take()["2026-12-02"])
        #expect(day.sessions == 1 && day.languages == ["en": 1] && day.hours == [14: 1])
        #expect(day.sessionLength.opens == 1 && day.sessionLength.seconds == 47)
        #expect(day.opened["route"]?["MN"]?.seconds == 25)
        #expect(day.opened["route"]?["MN"]?.medianBucket?.lower == 20)
        #expect(day.opened["chapter"]?["routes"]?.seconds == 35)
        #expect(day.opened["chapter"]?["distances"]?.seconds == 12)
        #expect(d.recorder.take().isEmpty, "take() hands each count over once")
    }

    @Test func inAKioskTheTourIsNotAVisitAndTheResetEndsOne() throws {
        var d = Drive(kiosk: true)
        let tour = d.atlas.story.tour
        // One whole loop of the tour, untouched.
        var t = 0.0
        for step in tour { t += step.seconds; d.at(t) }
        #expect(!d.recorder.inSession)
        var day = try #require(d.recorder.take()["2026-12-02"])
        #expect(day.tourLoops == 1 && day.sessions == 0 && day.opened.isEmpty)
        // A visitor takes over, then walks away: 30 s idle, 10 s of countdown, reset.
        d.at(t + 1, .key(.down))
        #expect(d.recorder.inSession)
        for s in stride(from: t + 2, through: t + 45, by: 1) { d.at(s) }
        #expect(d.state.kiosk?.isTouring == true)
        #expect(!d.recorder.inSession, "the reset ends the session")
        day = try #require(d.recorder.take()["2026-12-02"])
        #expect(day.sessions == 1)
        #expect(day.sessionLength.opens == 1 && (39...41).contains(day.sessionLength.seconds))
    }

    @Test func theFileFormatRoundTrips() throws {
        var counts = DayCounts()
        counts.sessions = 3
        counts.tourLoops = 12
        counts.languages = ["en": 3]
        counts.hours = [9: 1, 14: 2]
        counts.sessionLength.add(seconds: 70)
        counts.opened["route"] = ["CN": DwellHistogram()]
        counts.opened["route"]!["CN"]!.add(seconds: 4)
        counts.opened["camp"] = ["camp_yodok": DwellHistogram()]
        counts.opened["camp"]!["camp_yodok"]!.add(seconds: 700)
        var log = StatsLog()
        log.add(counts, day: "2026-12-02")
        log.add(counts, day: "2026-12-01")
        let text = log.text
        #expect(text.hasPrefix(StatsLog.header + "\n2026-12-01 sessions=3 tour-loops=12 lang.en=3 hour.9=1 hour.14=2 session=70:0,0,0,0,0,1,0,0,0 camp.camp_yodok=700:0,0,0,0,0,0,0,0,1 route.CN=4:1,0,0,0,0,0,0,0,0\n"), "\(text)")
        #expect(try StatsLog(parsing: text) == log)
    }

    @Test(arguments: [
        ("hello\n", 1, "not a statistics file"),
        ("\(StatsLog.header)\n2026-13-01 sessions=1\n", 2, "YYYY-MM-DD"),
        ("\(StatsLog.header)\n2026-12-01 sessions=-1\n", 2, "sessions: expected a whole number"),
        ("\(StatsLog.header)\n2026-12-01 keys=up,down\n", 2, "unknown field"),
        ("\(StatsLog.header)\n2026-12-01 route.CN=4:1,0\n", 2, "route.CN: expected seconds:9 counts"),
        ("\(StatsLog.header)\n2026-12-01 hour.24=1\n", 2, "hour must be 0 to 23"),
        ("\(StatsLog.header)\n2026-12-01 sessions=1\n2026-12-01 sessions=1\n", 3, "appears twice"),
    ])
    func aFileNotOfTheFormatIsRejectedWithItsLine(_ text: String, _ line: Int, _ message: String) {
        #expect(throws: StatsFileError.self) { try StatsLog(parsing: text) }
        do {
            _ = try StatsLog(parsing: text)
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func aYearOfDaysIsKept() {
        var log = StatsLog()
        var counts = DayCounts()
        counts.sessions = 1
        for i in 0..<400 {
            let day = String(format: "%04d-%02d-%02d", 2025 + i / 336, i / 28 % 12 + 1, i % 28 + 1)
            log.add(counts, day: day)
        }
        #expect(log.days.count == StatsLog.maxDays)
        #expect(log.days.keys.min()! > "2025-01-28", "the oldest days go first")
    }

    @Test func theSummaryRanksWhatWasOpened() {
        var log = StatsLog()
        var a = DayCounts()
        a.sessions = 4
        a.opened["route"] = ["CN": DwellHistogram(), "MN": DwellHistogram()]
        for s in [25.0, 22, 3] { a.opened["route"]!["CN"]!.add(seconds: s) }
        a.opened["route"]!["MN"]!.add(seconds: 100)
        log.add(a, day: "2026-12-01")
        var b = DayCounts()
        b.sessions = 2
        log.add(b, day: "2026-12-02")
        let text = StatsSummary.text(log, story: Fixtures.story, chapterTitles: ChapterRegistry.titles(Fixtures.atlas().book))
        #expect(text.contains("2026-12-01 to 2026-12-02 (2 days with counts)"), "\(text)")
        #expect(text.contains("Sessions a day       median 3, most 4"), "\(text)")
        let china = try! #require(text.range(of: "China (CN)")), mongolia = try! #require(text.range(of: "Mongolia (MN)"))
        #expect(china.lowerBound < mongolia.lowerBound, "the most opened first:\n\(text)")
        #expect(text.contains("20-30 s"), "\(text)")
        #expect(StatsSummary.text(StatsLog(), story: Fixtures.story, chapterTitles: [:]) == "No visits counted yet.\n")
    }

    @Test func theKeeperSetsAForeignFileAsideAndWritesAtomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nkdef-stats-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("stats").path
        try "not ours\n".write(toFile: path, atomically: false, encoding: .utf8)
        let keeper = StatsKeeper(path: path)
        let notices = keeper.takeNotices()
        #expect(notices.count == 1 && notices[0].contains("set aside as \(path).bad"), "\(notices)")
        #expect(try String(contentsOfFile: path + ".bad", encoding: .utf8) == "not ours\n")
        var d = Drive(kiosk: false)
        d.at(1, .key(.tab))
        keeper.observe(from: d.atlas.initialState(width: 120, height: 40), to: d.state, event: .key(.tab), story: d.atlas.story, now: 1)
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written before a minute has passed")
        keeper.finish(now: 30)
        let written = try StatsLog(parsing: String(contentsOfFile: path, encoding: .utf8))
        #expect(written.days.values.first?.sessions == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
