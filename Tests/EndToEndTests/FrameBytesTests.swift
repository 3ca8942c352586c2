import Foundation
import Testing

/// What a frame costs a remote visitor's line: the `make dist` binary on a pseudo-terminal of the
/// test's own at 160×48 in braille and 256 colours, every byte it writes counted.
@Suite struct FrameBytesTests {
    /// Waits until the program has written something and then been quiet for `quiet` seconds.
    static func settle(_ client: PtyClient, quiet: TimeInterval = 0.3, timeout: TimeInterval = 10) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            client.pump()
            if let last = client.lastRead, Date().timeIntervalSince(last) >= quiet { return }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    @Test func aFullFrameAndASelectionMoveStayWithinTheirBudgets() async throws {
        let client = try PtyClient([try Binary.require().path, "--charset", "braille"], width: 160, height: 48,
                                   environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
        try await Self.settle(client)
        let full = client.output.count
        #expect(client.shows("ESCAPE ROUTES"), "no map in the first frame")
        // Round the nine routes with Tab, and four arrow-key steps.
        var moves: [Int] = []
        for key in Array(repeating: "\t", count: 9) + ["j", "l", "k", "h"] {
            client.clear()
            client.send(key)
            try await Self.settle(client)
            moves.append(client.output.count)
        }
        let median = moves.sorted()[moves.count / 2]
        print("frame bytes at 160x48, braille, 256 colours: first full frame \(full); selection moves \(moves), median \(median)")
        #expect(full <= 40_960, "a full frame took \(full) bytes")
        // Every cell of the country selected and of the one before is written again in its new
        // colour, three bytes a braille glyph: a move onto China alone is about 4.5 KB.
        #expect(moves.allSatisfy { $0 > 0 && $0 <= 8_192 }, "selection moves took \(moves) bytes")
        #expect(median <= 3_500, "the median selection move took \(median) bytes")
        client.send("q")
        let deadline = Date().addingTimeInterval(5)
        while client.exitStatus == nil && Date() < deadline {
            client.pump()
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        #expect(client.exitStatus == 0)
    }
}
