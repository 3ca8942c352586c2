import AtlasCore
import AtlasRun
import AtlasSystem
import Foundation
import Glibc
import Testing

/// The run loop on an in-memory face with its own clock: keys in, frames out, timers, resizes,
/// signals and reloads, with no terminal and no waiting.
@Suite struct RunLoopTests {
    /// Signals a test sends: an ending signal from the `endAfter`th poll on, a reload at the
    /// `reloadAt`th.
    final class TestSignals: SignalSource {
        private var polls = 0
        private let endAfter: Int?
        private let reloadAt: Int?
        init(endAfter: Int? = nil, reloadAt: Int? = nil) {
            self.endAfter = endAfter
            self.reloadAt = reloadAt
        }
        var pendingEnd: Int32 {
            polls += 1
            return endAfter.map { polls >= $0 } == true ? SIGTERM : 0
        }
        func takeReload() -> Bool { polls == reloadAt }
    }

    func run(_ face: MemoryFace, atlas: Atlas = Fixtures.atlas(), initial: AppState? = nil,
             signals: any SignalSource = TestSignals(), reload: (() -> Result<Editions, ContentErrors>)? = nil,
             journal: ((String) -> Void)? = nil, session: SessionLimits? = nil) -> AtlasRun.RunLoop.Outcome {
        let services = RunServices(reload: reload, session: session, journal: journal, signals: signals, clock: face.clock)
        let start = initial ?? atlas.initialState(width: face.width, height: face.height)
        return AtlasRun.RunLoop.run(atlas: atlas, face: face, initial: start, services: services)
    }

    /// Cells a full paint of a canvas writes: every cell but the second halves of wide ones.
    func drawnCells(_ canvas: Canvas) -> Int { canvas.cells.filter { $0.width != 0 }.count }

    @Test func keysGoInAndFramesComeOutWithOnlyTheChangedCellsWritten() {
        let face = MemoryFace(width: 120, height: 40, script: [(0.1, .key(.tab)), (0.2, .key(.char("q")))])
        let atlas = Fixtures.atlas()
        let outcome = run(face, atlas: atlas)
        #expect(outcome.code == 0 && outcome.goodbye == nil)
        let initial = atlas.initialState(width: 120, height: 40)
        let tabbed = Machine.run(initial, [.key(.tab)], atlas: atlas)
        #expect(face.frames.count == 2)
        #expect(face.frames.first?.text == atlas.render(initial).text)
        #expect(face.screen == atlas.render(tabbed).text)
        #expect(face.written.first == drawnCells(face.frames[0]))
        #expect(face.written.last.map { $0 > 0 && $0 < drawnCells(face.frames[1]) / 4 } == true)
    }

    @Test func aResizeRedrawsEveryCellAtTheNewSize() {
        let face = MemoryFace(width: 120, height: 40, script: [(0.1, .resize(width: 90, height: 30))], goneAt: 1)
        let outcome = run(face)
        // The face went away: the program ends as it does when its terminal closes.
        #expect(outcome.code == 1)
        let last = face.frames.last!
        #expect(last.width == 90 && last.height == 30)
        #expect(face.written.last == drawnCells(last))
        #expect(face.screen == Fixtures.atlas().render(Fixtures.atlas().initialState(width: 90, height: 30)).text)
    }

    @Test func theKioskTimersRunOnTheFacesClock() {
        let atlas = Fixtures.atlas()
        let kiosk = KioskMachine.start(atlas.initialState(width: 120, height: 40),
                                       kiosk: KioskState(idleTimeout: 10), atlas: atlas)
        // A visitor presses a key at 1 s and leaves: the notice at 11 s, the tour again at 21 s.
        let face = MemoryFace(width: 120, height: 40, script: [(1, .key(.down))], goneAt: 40)
        _ = run(face, atlas: atlas, initial: kiosk)
        let noticed = face.frames.firstIndex { $0.text.contains("Still there?") }
        #expect(noticed != nil)
        #expect(face.now >= 40)
        #expect(!face.screen.contains("Still there?"))
        // A second idle notice never came: the tour does not ask whether anyone is there.
        #expect(face.frames.suffix(from: noticed ?? 0).drop { $0.text.contains("Still there?") }
            .allSatisfy { !$0.text.contains("Still there?") })
    }

    @Test func anEndingSignalEndsTheLoopWithItsExitCode() {
        let face = MemoryFace(width: 80, height: 24, script: [(100, .key(.tab))])
        let outcome = run(face, signals: TestSignals(endAfter: 3))
        #expect(outcome.code == 128 + SIGTERM)
        #expect(face.now < 1)
    }

    @Test func aBrokenReloadKeepsTheOldContentAndSaysWhy() {
        let face = MemoryFace(width: 120, height: 40, script: [], goneAt: 2)
        var said: [String] = []
        let problem = ContentProblem(file: "routes.yaml", line: 3, field: "routes[0].verdict", message: "unknown verdict")
        _ = run(face, signals: TestSignals(reloadAt: 2), reload: { .failure(ContentErrors([problem])) },
                journal: { said.append($0) })
        #expect(said == ["reload: \(problem)"])
        #expect(Set(face.frames.map(\.text)).count == 1)
    }

    @Test func aSoundReloadReplacesTheStoryInPlace() {
        let renamed = Fixtures.routesYAML.replacingOccurrences(of: "Rarely crossed", with: "Seldom crossed")
        let editions = try! ContentLoader.loadEditions(from: Fixtures.source(replacing: ContentLoader.routesPath, with: renamed))
        let face = MemoryFace(width: 120, height: 40, script: [], goneAt: 2)
        _ = run(face, signals: TestSignals(reloadAt: 2), reload: { .success(editions) })
        #expect(!face.frames[0].text.contains("Seldom crossed"))
        #expect(face.screen.contains("Seldom crossed"))
    }

    @Test func aSessionClientThatIsBehindGetsNoFrameUntilItCatchesUp() {
        let behind = MemoryFace(width: 80, height: 24, script: [(0.1, .key(.tab))], goneAt: 1)
        behind.outputBacklog = 20_000
        _ = run(behind, session: SessionLimits())
        #expect(behind.frames.isEmpty)
        let keeping = MemoryFace(width: 80, height: 24, script: [(0.1, .key(.tab))], goneAt: 1)
        _ = run(keeping, session: SessionLimits())
        #expect(keeping.frames.count == 2)
    }
}
