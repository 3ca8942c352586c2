import ArgumentParser
import AtlasCore
import Foundation

/// The frame the terminal would show, as plain text on standard output.
struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", _superCommandName: NKDefectors.name,
        abstract: "Print the screen the terminal would show, as plain text, one line per row.")

    @OptionGroup var options: ContentOptions

    @Option(help: ArgumentHelp("Screen size in columns x rows.", valueName: "WxH"))
    var size: String = "120x40"

    @Option(help: "Characters to draw with: auto (braille), braille, blocks or ascii.")
    var charset: CharsetOption = .auto

    @Option(help: "How wide the terminal draws East Asian ambiguous glyphs: narrow, or wide (ASCII frames, braille map).")
    var ambiguous: AmbiguousOption = .narrow

    @Option(help: ArgumentHelp("Show this chapter, by number or slug (2, the map of escape routes, by default).", valueName: "N"))
    var chapter: String = "2"

    @Option(help: ArgumentHelp("Select this route (an ISO code such as MN).", valueName: "CODE"))
    var select: String?

    @Option(help: ArgumentHelp("In the camps chapter, select this camp (its position in the list, from 1).", valueName: "N"))
    var camp: Int?

    @Option(help: ArgumentHelp("In the arrivals chapter, select this period (such as 2009).", valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("Seconds since the chapter opened, for the balloon animation.", valueName: "S"))
    var clock: Double = 0

    @Flag(help: "Open the route panel of the selection.")
    var panel = false

    @Option(help: ArgumentHelp("Zoom the route map in this many steps about the selection (as + does).", valueName: "N"))
    var zoom: Int = 0

    @Flag(help: "Zoom the route map to fit the selected country (as z does).")
    var fit = false

    @Option(help: ArgumentHelp("Scroll the open panel down this many lines.", valueName: "N"))
    var scroll: Int = 0

    @Flag(name: .customLong("help-screen"), help: "Show the help overlay.")
    var helpScreen = false

    func run() throws {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h)
        else { fail("--size \(size): expected COLSxROWS, such as 120x40 (each 1 to 1000)") }
        let editions = try options.loadEditions()
        let story = editions[options.language]
        let atlas = Atlas(editions: editions, language: options.language, charset: ambiguous.charset(charset.resolve(utf8: true)))
        var state = atlas.initialState(width: w, height: h)
        guard let chapter = ChapterRegistry.chapter(named: chapter) else {
            let slugs = ChapterRegistry.screens.map(\.chapter.slug).joined(separator: ", ")
            fail("--chapter \(self.chapter): expected 1 to \(ChapterRegistry.screens.count) or a chapter's name (\(slugs))")
        }
        state.chapter = chapter
        state.now = clock
        if let select { state.selected = try routeIndex(select, story) }
        if let camp {
            let camps = story.chapters.camps.camps
            guard (1...camps.count).contains(camp) else { fail("--camp \(camp): expected 1 to \(camps.count)") }
            state.camp = camp - 1
        }
        if let year {
            guard let i = story.chapters.arrivals.series.firstIndex(where: { $0.period == year }) else {
                fail("--year \(year): no such period (\(story.chapters.arrivals.series.map(\.period).joined(separator: ", ")))")
            }
            state.arrival = i
        }
        if fit { state = Machine.reduce(state, .key(.char("z")), atlas: atlas) }
        guard (0...12).contains(zoom) else { fail("--zoom \(zoom): expected 0 to 12") }
        for _ in 0..<zoom { state = Machine.reduce(state, .key(.char("+")), atlas: atlas) }
        if scroll > 0 && !panel {
            let limit = atlas.maxPageScroll(state)
            state.pageScroll = min(scroll, limit)
        }
        if panel {
            state.panel = PanelState()
            let limit = atlas.maxScroll(state)
            state.panel?.scroll = max(0, min(scroll, limit))
        }
        state.help = helpScreen
        print(atlas.render(state).text)
    }
}
