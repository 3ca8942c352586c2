import ArgumentParser
import AtlasCore
import AtlasSystem

/// `nk-defectors stats FILE`: the visitor counts a `--stats FILE` run kept, as a table.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", _superCommandName: NKDefectors.name, abstract:
        "Summarise a --stats FILE: sessions a day, the most-opened routes and chapters, how long they stayed open.")

    @OptionGroup var options: ContentOptions

    @Argument(help: ArgumentHelp("The statistics file a run with --stats FILE keeps.", valueName: "FILE"))
    var file: String

    func run() throws {
        let bytes: [UInt8]
        do {
            guard let read = try AtomicFile.read(file) else { fail("\(file): no such file") }
            bytes = read
        } catch {
            fail("\(error)")
        }
        let log: StatsLog
        do {
            log = try StatsLog(parsing: String(decoding: bytes, as: UTF8.self))
        } catch {
            fail("\(file):\(error.line): \(error.message)")
        }
        // The operator's summary is in English, whatever the visitors read.
        let story = try options.loadEditions().english
        let book = ChapterBook(story: story, screens: ChapterRegistry.screens, strings: .english)
        print(StatsSummary.text(log, story: story, chapterTitles: ChapterRegistry.titles(book)), terminator: "")
    }
}
