import AtlasCore
import AtlasTerminal
import Benchmark
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal of the benchmark's own with the ncurses face on its slave side, and a thread
/// that reads and counts every byte the face writes to it.
final class CountingTerminal: @unchecked Sendable {
    let terminal: Terminal
    private let master: Int32
    private let total = Counter()

    /// Bytes read so far, shared with the reading thread.
    final class Counter: Sendable {
        private let value = Mutex<Int>(0)
        func add(_ n: Int) { value.withLock { $0 += n } }
        var now: Int { value.withLock { $0 } }
    }

    init(width: Int, height: Int) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: Int32 = 0
        // TIOCSPTLCK and TIOCGPTN, which Swift does not see in glibc's headers.
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        guard let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w") else { throw POSIXError(.EBADF) }
        _ = TerminalLocale.prepare()
        terminal = try Terminal(color: .always, environment: ["TERM": "xterm-256color"], streams: (input, output))
        let thread = Thread { [master, total] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if n <= 0 { return }
                total.add(n)
            }
        }
        thread.start()
    }

    /// The bytes written by `paint`, counted once the reader has had them all.
    func bytes(_ paint: () -> Void) -> Int {
        let before = total.now
        paint()
        var seen = -1
        while true {
            usleep(2_000)
            let now = total.now
            if now == seen { return now - before }
            seen = now
        }
    }
}

/// 10. A full braille frame at 160×48, and 11. a selection move (Tab round the routes), as the
/// bytes sent to the terminal: what an SSH visitor's connection carries.
func frameBytesBenchmarks() {
    let bytes = BenchmarkMetric.custom("bytes written", polarity: .prefersSmaller, useScalingFactor: false)
    let configuration = Benchmark.Configuration(metrics: [bytes, .wallClock], warmupIterations: 1,
                                                maxDuration: .seconds(5), maxIterations: 60)
    // The benchmark's closure runs once an iteration: the face and the state live outside it,
    // so each iteration paints the next move on the same terminal.
    let session = Session()
    Benchmark("Bytes to the terminal: full braille frame, 160x48", configuration: configuration) { benchmark in
        let face = try session.face()
        let frame = session.atlas.render(session.atlas.initialState(width: 160, height: 48))
        for _ in benchmark.scaledIterations {
            face.terminal.invalidate()
            benchmark.measurement(bytes, face.bytes { face.terminal.present(frame) })
        }
    }
    Benchmark("Bytes to the terminal: selection move (Tab), 160x48", configuration: configuration) { benchmark in
        let face = try session.face()
        for _ in benchmark.scaledIterations {
            session.state = Machine.reduce(session.state, .key(.tab), atlas: session.atlas)
            let frame = session.atlas.render(session.state)
            benchmark.measurement(bytes, face.bytes { face.terminal.present(frame) })
        }
    }
}

/// One terminal and one visitor's state for the byte benchmarks.
final class Session: @unchecked Sendable {
    let atlas = Atlas(story: Shared.story, charset: .braille)
    var state: AppState
    private var terminal: CountingTerminal?

    init() { state = atlas.initialState(width: 160, height: 48) }

    func face() throws -> CountingTerminal {
        if let terminal { return terminal }
        let made = try CountingTerminal(width: 160, height: 48)
        terminal = made
        return made
    }
}
