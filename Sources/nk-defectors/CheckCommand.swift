import ArgumentParser
import AtlasCore

/// Validates the content and says what it found.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", _superCommandName: NKDefectors.name,
        abstract: "Validate the story content; exit 0 when it is sound, 2 with every problem when not.")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let editions = try options.loadEditions(borders: true)
        let story = editions.english
        let facts = story.routes.reduce(0) { $0 + $1.facts.count }
        let names = Language.allCases.filter { editions.stories[$0] != nil }.map(\.englishName).joined(separator: " and ")
        print("ok: \(story.routes.count) routes, \(facts) facts, \(story.places.count) places, \(story.map.countries.count) countries, \(story.map.borders.count) border lines; in \(names)")
    }
}
