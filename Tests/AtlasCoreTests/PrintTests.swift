import AtlasCore
import Testing

/// The plain-text edition carries the whole story.
@Suite struct PrintTests {
    @Test(arguments: StoryPrinter.Format.allCases)
    func printCarriesEveryChapterFigureAndSource(_ format: StoryPrinter.Format) {
        let story = Fixtures.story
        let text = StoryPrinter.render(story, format: format, width: 78)
        let flat = String(text.filter { !$0.isWhitespace })
        for chapter in ChapterRegistry.chapters {
            let heading = "\(ChapterRegistry.number(of: chapter)). \(format == .markdown ? ChapterRegistry.name(of: chapter, in: Fixtures.atlas().book) : ChapterRegistry.name(of: chapter, in: Fixtures.atlas().book).uppercased())"
            #expect(text.contains(heading), "no heading \(heading)")
        }
        for route in story.routes {
            #expect(text.lowercased().contains(route.name.lowercased()), "no route \(route.name)")
            for citation in route.facts.flatMap(\.sources) {
                let found = flat.contains(String(CitationText.format(citation).filter { !$0.isWhitespace }))
                #expect(found, "source missing: \(CitationText.format(citation))")
            }
        }
        for record in story.chapters.arrivals.series {
            let found = text.contains(record.period) && text.contains(NumberFormat.grouped(record.total))
            #expect(found, "\(record.period)")
        }
        for camp in story.chapters.camps.camps {
            let found = text.contains(format == .markdown ? camp.title : camp.title.uppercased())
            #expect(found, "\(camp.title)")
        }
        // Only printable text: nothing that could drive a terminal.
        #expect(TextSafety.firstControl(in: text, allowNewlines: true) == nil)
        if format == .text {
            let widest = text.split(separator: "\n").map { CharWidth.of($0) }.max() ?? 0
            #expect(widest <= 78, "a line of \(widest) columns")
        } else {
            #expect(text.contains("| Period | Total | Women | Men | Source |"))
        }
    }
}

/// Journalism: every number written in prose also stands in a sourced record (a fact, a series
/// row, an estimate, a host note), so no figure reaches the screen without its source.
@Suite struct SourcedNumberTests {
    static func isYearOrDigit(_ n: String) -> Bool {
        guard let v = Int(n) else { return false }
        return v < 10 || (n.count == 4 && (1900...2030).contains(v))
    }

    static func numbers(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text + " " {
            if c.isNumber || (c == "," || c == ".") && !current.isEmpty {
                current.append(c)
            } else {
                while let last = current.last, last == "," || last == "." { current.removeLast() }
                if !current.isEmpty { out.append(current.replacingOccurrences(of: ",", with: "")) }
                current = ""
            }
        }
        return out
    }

    /// Each route's prose against that route's own facts, and each chapter's paragraphs against
    /// that chapter's own sourced records: a figure must be backed where it is told.
    @Test func everyNumberInProseHasASourcedRecordInItsOwnChapter() {
        let story = Fixtures.story
        let c = story.chapters
        func facts(_ list: [Fact]) -> [String] { list.map { $0.text + " " + $0.date } }
        var checks: [(String, [String], [String])] = story.routes.map { route in
            (route.code, [route.account, route.verdictNote], facts(route.facts))
        }
        checks.append((c.homeland.title, c.homeland.paragraphs, facts(c.homeland.facts)))
        checks.append((c.thae.title, c.thae.paragraphs, facts(c.thae.facts)))
        checks.append((c.distances.text.title, c.distances.text.paragraphs, facts(c.distances.text.facts)))
        checks.append((c.arrivals.text.title, c.arrivals.text.paragraphs,
                       facts(c.arrivals.text.facts) + c.arrivals.series.map { "\($0.period) \($0.total) \($0.male ?? 0) \($0.female ?? 0)" }))
        checks.append((c.camps.text.title, c.camps.text.paragraphs,
                       facts(c.camps.text.facts) + c.camps.camps.flatMap { facts($0.estimates) + [$0.summary, $0.number] }))
        checks.append((c.balloons.text.title, c.balloons.text.paragraphs,
                       facts(c.balloons.text.facts) + [c.balloons.animation.altitude, "\(c.balloons.animation.timerHours)"]))
        checks.append((c.workers.text.title, c.workers.text.paragraphs, facts(c.workers.text.facts) + c.workers.hosts.map(\.note)))
        // Shared by every chapter: the ministry's arrival series (cited wherever arrivals are
        // counted) and the camps' numbers (names, not figures).
        let shared = Set((c.arrivals.series.map { "\($0.total) \($0.male ?? 0) \($0.female ?? 0)" }
            + c.camps.camps.map(\.number)).flatMap(Self.numbers))
        for (name, prose, sourced) in checks {
            let known = Set(sourced.flatMap(Self.numbers)).union(shared)
            for text in prose {
                // Years are dates, and single digits are words; neither is a figure to source.
                for n in Self.numbers(in: text) where !known.contains(n) && !Self.isYearOrDigit(n) {
                    Issue.record("\(name): the figure \(n) has no sourced record in its own chapter")
                }
            }
        }
    }
}
