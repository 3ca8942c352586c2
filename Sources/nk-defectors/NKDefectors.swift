import ArgumentParser
import AtlasAssets
import AtlasCore
import AtlasTerminal
import Foundation

/// The command line: `run` (the default), `snapshot` and `check`. Any failure is one line on
/// standard error and exit code 2.
@main
struct NKDefectors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: name,
        abstract: "A terminal atlas of North Korean defectors' escape routes.",
        version: "0.1.0",
        subcommands: [Run.self, Snapshot.self, Check.self, Print.self, Stats.self],
        defaultSubcommand: Run.self
    )

    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            var command = try parseDirectly(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            FileHandle.standardError.write(Data("nk-defectors: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}

extension NKDefectors {
    /// The program's name, which each command gives as its `_superCommandName`: parsed on its
    /// own, a command's usage line still reads `nk-defectors snapshot`, and it skips the check
    /// for a completion-script request (which only the root answers; `parseDirectly` sends
    /// those there), a tenth of a snapshot's time.
    static let name = "nk-defectors"

    /// A command line that names one of the commands, or none (so `run`), and asks for no help,
    /// version or completion script is parsed by that command alone. ArgumentParser's parse from
    /// the root works out every command's options by reflection first, a quarter of the time a
    /// `snapshot` takes; the result and the errors are the same. Nil: the root parses it.
    static func parseDirectly(_ arguments: [String]) throws -> (any ParsableCommand)? {
        guard !arguments.contains(where: asksTheRoot) else { return nil }
        guard let first = arguments.first, !first.hasPrefix("-") else { return try Run.parseAsRoot(arguments) }
        let named = configuration.subcommands.first { $0.configuration.commandName == first }
        return try named?.parseAsRoot(Array(arguments.dropFirst()))
    }

    /// Whether the argument could be a request only the root answers: help (also as `help`, in
    /// `--help=x` and in a group of short options such as `-xh`), the version, a completion
    /// script. Sending too much to the root costs only time.
    private static func asksTheRoot(_ argument: String) -> Bool {
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        if ["help", "--help", "--help-hidden", "--version"].contains(name) { return true }
        if name.hasPrefix("---") || name.hasPrefix("--experimental") || name.hasPrefix("--generate-completion") { return true }
        return name.hasPrefix("-") && !name.hasPrefix("--") && name.contains("h")
    }
}

/// Options every command takes.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the story from DIR instead of the built-in copy.", valueName: "DIR"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("The edition: en (English) or ko (Korean). By default ko under a Korean locale (LC_ALL, LANG), otherwise en.", valueName: "LANG"))
    var lang: Language?

    /// The edition asked for, or the locale's.
    var language: Language { lang ?? Language.preferred(environment: ProcessInfo.processInfo.environment) }

    /// Loads and validates every edition, or prints every problem and exits 2. `borders` also
    /// reads and checks the border lines, which only `check` needs.
    func loadEditions(borders: Bool = false) throws -> Editions {
        if let content, !DirectorySource(root: content).exists { fail("--content \(content): no such folder") }
        switch load(borders: borders) {
        case .success(let editions):
            return editions
        case .failure(let errors):
            for problem in errors.problems {
                FileHandle.standardError.write(Data("nk-defectors: \(problem)\n".utf8))
            }
            throw ExitCode(2)
        }
    }

    /// Loads and validates the story without ending the program: for start-up and for a reload.
    /// The built-in story was validated and compiled at build time and is read as it is; a
    /// `--content` folder, and `check` (which also reads the border lines), parse the files, as
    /// does a registered page the build found no file for (so its problem is reported).
    func load(borders: Bool = false) -> Result<Editions, ContentErrors> {
        if content == nil && !borders, let editions = try? CompiledStory.load(),
           ChapterRegistry.pages().allSatisfy({ editions.english.chapters.pages[$0] != nil }) {
            return .success(editions)
        }
        let builtIn = EmbeddedSource()
        var source: any ContentSource = builtIn
        if let content {
            let folder = DirectorySource(root: content)
            guard folder.exists else {
                return .failure(ContentErrors([ContentProblem(file: content, line: nil, field: "", message: "no such folder")]))
            }
            source = LayeredSource(top: folder, bottom: builtIn)
        }
        do {
            return .success(try ContentLoader.loadEditions(from: source, borders: borders, pages: ChapterRegistry.pages()))
        } catch {
            return .failure(error)
        }
    }
}

extension Language: ExpressibleByArgument {}

/// Prints one line on standard error and exits 2.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("nk-defectors: \(TextSafety.oneLine(message))\n".utf8))
    exit(2)
}

enum CharsetOption: String, ExpressibleByArgument, CaseIterable {
    case auto, braille, blocks, ascii

    /// `auto` draws in braille under a UTF-8 locale and in ASCII otherwise.
    func resolve(utf8: Bool) -> Charset {
        switch self {
        case .auto: utf8 ? .braille : .ascii
        case .braille: .braille
        case .blocks: .blocks
        case .ascii: .ascii
        }
    }
}

extension ColorChoice: ExpressibleByArgument {}

/// `--ambiguous`: how the terminal draws glyphs whose width Unicode leaves to it.
enum AmbiguousOption: String, ExpressibleByArgument, CaseIterable {
    case narrow, wide

    /// The charset that keeps every frame, bar and marker one column wide under this setting.
    func charset(_ chosen: Charset) -> Charset {
        self == .wide && chosen != .ascii ? .wideSafe : chosen
    }
}
