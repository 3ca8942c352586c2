import AtlasCore
import Testing

/// The plain-text edition carries the whole story.
@Suite struct PrintTests {
    @Test(arguments: StoryPrinter.Format.allCases)
    func printCarriesEveryChapterFigureAndSource(_ format: StoryPrinter.Format) {
        let story = Fixtures.story
        let text = StoryPrinter.render(story, format: format, width: 78)
        let flat = String(text.filter { !$0.isWhitespace })
        for chapter in Chapter.allCases {
            let heading = "\(chapter.rawValue). \(format == .markdown ? chapter.name : chapter.name.uppercased())"
            #expect(text.contains(heading), "no heading \(heading)")
        }
        for route in story.routes {
            #expect(text.lowercased().contains(route.name.lowercased()), "no route \(route.name)")
            for fact in route.facts {
                let found = flat.contains(String(fact.source.filter { !$0.isWhitespace }))
                #expect(found, "source missing: \(fact.source)")
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

    @Test func everyNumberInProseHasASourcedRecord() {
        let story = Fixtures.story
        let c = story.chapters
        var sourced: [String] = story.routes.flatMap { $0.facts.map { $0.text + " " + $0.date } }
        for text in [c.homeland, c.thae, c.distances.text, c.arrivals.text, c.camps.text, c.balloons.text, c.workers.text] {
            sourced += text.facts.map { $0.text + " " + $0.date }
        }
        sourced += c.arrivals.series.map { "\($0.period) \($0.total) \($0.male ?? 0) \($0.female ?? 0)" }
        sourced += c.camps.camps.flatMap { $0.estimates.map { $0.text + " " + $0.date } + [$0.summary] }
        sourced += c.workers.hosts.map(\.note)
        sourced += [c.balloons.animation.altitude, "\(c.balloons.animation.timerHours)"]
        let known = Set(sourced.flatMap(Self.numbers))
        var prose: [(String, String)] = story.routes.flatMap { [($0.code, $0.account), ($0.code, $0.verdictNote)] }
        for text in [c.homeland, c.thae, c.distances.text, c.arrivals.text, c.camps.text, c.balloons.text, c.workers.text] {
            prose += text.paragraphs.map { (text.title, $0) }
        }
        for (where_, text) in prose {
            for n in Self.numbers(in: text) where !known.contains(n) {
                Issue.record("\(where_): the figure \(n) has no sourced record")
            }
        }
    }
}
