import AtlasCore
import Foundation
import Testing

/// Our own words: no sentence of the printed story repeats twelve or more consecutive words of
/// the research notes in `shared/facts/` (quotations, official titles, headings, tables and
/// citations aside). The notes sit beside the repository, `<repo>/../shared/facts`, and are read
/// there when present (the latest word); a clone on its own reads the copy kept in
/// `ResearchNotes/` beside this file, so the test runs wherever the repository does.
@Suite struct CopyTests {
    static let factsFolder: URL = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let shared = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/facts")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : here.appendingPathComponent("ResearchNotes")
    }()

    /// The printed story's prose, as paragraphs: runs of prose lines joined back together.
    static func printedProse() -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        for line in StoryPrinter.lines(Fixtures.story, format: .text) {
            if line.prose {
                current.append(line.text.trimmingCharacters(in: .whitespaces))
            } else if !current.isEmpty {
                blocks.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
        return blocks
    }

    @Test func thePrintedStoryDoesNotRepeatTheResearchNotes() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.factsFolder.path)) ?? []
        let files = names.filter { !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else {
            Issue.record("""
                The research notes were not found at \(Self.factsFolder.path): neither shared/facts \
                beside the repository nor the copy in Tests/AtlasCoreTests/ResearchNotes.
                """)
            return
        }
        let prose = Self.printedProse()
        #expect(prose.count > 50, "the printed story has too little prose to check: \(prose.count) paragraphs")
        var copies = 0
        for file in files {
            let text = try String(contentsOf: Self.factsFolder.appendingPathComponent(file), encoding: .utf8)
            let index = CopyCheck.Index(text)
            for sentence in prose.flatMap(CopyCheck.sentences) {
                if let run = CopyCheck.copiedRun(sentence, in: index) {
                    copies += 1
                    Issue.record("repeats \(CopyCheck.run) words of \(file) (\"\(run)\"); write it anew: \(sentence)")
                }
            }
        }
        #expect(copies == 0)
    }

    @Test func theMatcherCatchesACopiedSentence() {
        let notes = "- In 2011, about 95% of arrivals in South Korea reportedly came via Thailand."
        let index = CopyCheck.Index(notes)
        // Case, punctuation and line breaks do not hide a copy.
        let copied = "In 2011 about 95 per cent, er, of arrivals: in South Korea reportedly came via Thailand, it says."
        #expect(CopyCheck.copiedRun("In 2011, About 95% of arrivals in South\nKorea reportedly came via Thailand.", in: index) != nil)
        #expect(CopyCheck.copiedRun(copied, in: index) == nil, "a run broken by other words is not a copy")
        #expect(CopyCheck.copiedRun("About 95% of the 2011 arrivals in the South had come through Thailand, reportedly.",
                                    in: index) == nil)
    }

    @Test func quotationsAndOfficialTitlesAreNotCounted() {
        let index = CopyCheck.Index("hundreds of thousands are believed to have died in the camps over the decades of rule")
        #expect(CopyCheck.copiedRun("It said \"hundreds of thousands are believed to have died in the camps over the decades\".",
                                    in: index) == nil)
        #expect(CopyCheck.copiedRun("It said hundreds of thousands are believed to have died in the camps over the decades.",
                                    in: index) != nil)
        let titles = CopyCheck.Index("the UN Commission of Inquiry on human rights in North Korea said so")
        #expect(CopyCheck.copiedRun("In 2014 the UN Commission of Inquiry on human rights in North Korea said so.", in: titles) == nil)
    }

    @Test func sentencesSplitAtTheirEnds() {
        #expect(CopyCheck.sentences("One. Two? Three! 3.5 stays.") == ["One.", "Two?", "Three!", "3.5 stays."])
    }
}
