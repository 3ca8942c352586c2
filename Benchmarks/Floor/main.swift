import Foundation

// The floor for start-up: a statically linked Swift program that imports Foundation and prints a
// 160x48 screen of text, nothing else. `Benchmarks/startup.py` runs it beside
// `dist/nk-defectors snapshot`; the atlas can start no faster than this.
let width = 160, height = 48
var screen = ""
screen.reserveCapacity((width + 1) * height)
for row in 0..<height {
    let mark = Character(UnicodeScalar(UInt8(65 + row % 26)))
    screen += String(repeating: mark, count: width) + "\n"
}
FileHandle.standardOutput.write(screen.data(using: .utf8)!)
