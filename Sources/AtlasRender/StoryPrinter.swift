import AtlasContent
import AtlasGeo
import AtlasMachine

/// The plain-text edition: every chapter, route panel, chart (as a table) and source, for
/// screen readers, editors and pipes. Text wraps with the same code as the screen; each
/// chapter writes its own section, in the registry's order.
public enum StoryPrinter {
    public enum Format: String, CaseIterable, Sendable { case text, markdown }

    /// One printed line, and whether it is the project's own prose (not a heading, a table or a
    /// citation): the lines the copy test holds to the rule of our own words.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var prose: Bool
    }

    public static func render(_ story: Story, format: Format, width: Int = 78,
                              screens: [any ChapterScreen] = ChapterRegistry.screens, strings t: Strings = .english) -> String {
        lines(story, format: format, width: width, screens: screens, strings: t).map(\.text).joined(separator: "\n") + "\n"
    }

    public static func lines(_ story: Story, format: Format, width: Int = 78,
                             screens: [any ChapterScreen] = ChapterRegistry.screens, strings t: Strings = .english) -> [Line] {
        var out = StoryWriter(markdown: format == .markdown, width: width)
        out.emit(out.markdown ? t[.printTitleMarkdown] : t[.printTitle])
        out.emit(t[.printLead], prose: true)
        let book = ChapterBook(story: story, screens: screens, strings: t)
        for (i, screen) in screens.enumerated() {
            out.heading(number: i + 1, name: screen.name(book))
            screen.printed(book, into: &out)
        }
        return out.out
    }
}
