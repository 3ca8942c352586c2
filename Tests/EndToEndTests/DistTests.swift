import Foundation
import Testing

/// The release binary from `make dist` runs on a machine without Swift: no Swift libraries
/// linked dynamically, no library path, no toolchain on PATH, from any folder.
@Suite struct DistTests {
    static let binary = ProcessInfo.processInfo.environment["NK_DIST_BINARY"]

    static func run(_ path: String, _ arguments: [String]) throws -> (code: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.environment = ["PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": "", "HOME": "/nonexistent"]
        p.currentDirectoryURL = URL(fileURLWithPath: "/")
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil, "set NK_DIST_BINARY (make test does) to check the make dist binary"))
    func distBinaryNeedsNoSwift() throws {
        let path = try #require(Self.binary)
        #expect(FileManager.default.isExecutableFile(atPath: path), "no binary at \(path): run make dist")
        let ldd = try Self.run("/usr/bin/ldd", [path])
        #expect(ldd.code == 0)
        #expect(!ldd.out.contains("swift"), "links Swift libraries:\n\(ldd.out)")
        #expect(ldd.out.contains("libncursesw"))
        let check = try Self.run(path, ["check"])
        #expect(check.code == 0 && check.out.hasPrefix("ok:"), "\(check.err)")
        let frame = try Self.run(path, ["snapshot", "--size", "80x24", "--chapter", "5"])
        #expect(frame.code == 0)
        #expect(frame.out.split(separator: "\n").count == 24)
        #expect(frame.out.contains("ARRIVING IN SOUTH KOREA"))
    }
}
