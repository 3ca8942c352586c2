import ArgumentParser
import AtlasCore

/// The whole story as text on standard output.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", _superCommandName: NKDefectors.name,
        abstract: "Print the whole story (every chapter, panel, chart as a table, and source) as text.")

    @OptionGroup var options: ContentOptions

    @Option(help: "Output format: text or markdown.")
    var format: StoryPrinter.Format = .text

    @Option(help: ArgumentHelp("Wrap text at this many columns (40 to 200).", valueName: "N"))
    var width: Int = 78

    func run() throws {
        guard (40...200).contains(width) else { fail("--width \(width): expected 40 to 200") }
        let story = try options.loadEditions()[options.language]
        print(StoryPrinter.render(story, format: format, width: width, strings: Strings(story.language)), terminator: "")
    }
}

extension StoryPrinter.Format: ExpressibleByArgument {}
