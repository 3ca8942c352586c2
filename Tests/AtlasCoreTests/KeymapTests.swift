import AtlasCore
import Testing

/// The keymap is the one table of keys: the help screen is its rows, a locked kiosk's help and
/// keys leave out only what quits, and the machine reads its commands from it.
@Suite struct KeymapTests {
    @Test func theHelpScreenIsTheKeymapsRows() {
        let atlas = Fixtures.atlas()
        var state = atlas.initialState(width: 120, height: 40)
        state.help = true
        let open = atlas.render(state).text
        let t = Strings.english
        for row in Keymap.rows {
            #expect(open.contains(t[row.keys]) && open.contains(t[row.what]), "help lacks \(t[row.keys])")
        }
        state.kiosk = KioskState()
        let locked = atlas.render(state).lines()
        let quitRows = Keymap.rows.filter(\.quits)
        #expect(quitRows.map { t[$0.what] } == ["quit"])
        #expect(!locked.contains { $0.contains(" quit ") || $0.hasSuffix(" quit") })
        for row in Keymap.rows where !row.quits { #expect(locked.joined().contains(t[row.what])) }
    }

    @Test func everyChapterKeyOfTheKeymapMovesBetweenChapters() {
        let atlas = Fixtures.atlas()
        var start = atlas.initialState(width: 120, height: 40)
        Machine.go(&start, to: .distances)
        let chapterKeys = Keymap.rows.flatMap(\.bindings).filter { $0.context == .chapters }.flatMap(\.keys)
        #expect(chapterKeys.count == 15)
        for key in chapterKeys {
            #expect(Machine.reduce(start, .key(key), atlas: atlas).chapter != .distances || key == .char("3"), "\(key)")
        }
    }

    @Test func theQuitKeysOfTheKeymapQuitAndPassTheRateLimit() {
        let atlas = Fixtures.atlas()
        let quitKeys = Keymap.rows.flatMap(\.bindings).filter { $0.command == .quit }.flatMap(\.keys)
        #expect(quitKeys == [.char("q"), .char("Q")])
        var rate = InputRate(rate: 1, burst: 1)
        _ = rate.admit(.key(.char("x")), now: 0)
        for key in quitKeys {
            #expect(Machine.reduce(atlas.initialState(width: 120, height: 40), .key(key), atlas: atlas).quit)
            let admitted = rate.admit(.key(key), now: 0)
            #expect(admitted)
        }
    }
}
