import AtlasContent
import AtlasGeo
import AtlasMachine

/// The plain-text edition: every chapter, route panel, chart (as a table) and source, for
/// screen readers, editors and pipes. Text wraps with the same code as the screen.
public enum StoryPrinter {
    public enum Format: String, CaseIterable, Sendable { case text, markdown }

    /// One printed line, and whether it is the project's own prose (not a heading, a table or a
    /// citation): the lines the copy test holds to the rule of our own words.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var prose: Bool
    }

    public static func render(_ story: Story, format: Format, width: Int = 78) -> String {
        lines(story, format: format, width: width).map(\.text).joined(separator: "\n") + "\n"
    }

    public static func lines(_ story: Story, format: Format, width: Int = 78) -> [Line] {
        var out: [Line] = []
        let md = format == .markdown
        /// Headings, tables and citations are not prose.
        func emit(_ text: String, prose: Bool = false) { out.append(Line(text: text, prose: prose)) }
        func heading(_ chapter: Chapter) {
            emit("")
            emit(md ? "## \(chapter.rawValue). \(chapter.name)" : "\(chapter.rawValue). \(chapter.name.uppercased())")
            if !md { emit(String(repeating: "=", count: min(width, CharWidth.of(chapter.name) + 3))) }
            emit("")
        }
        func lines(_ list: [PanelLine]) {
            for line in list {
                if md && line.role == .panelTitle && !line.text.hasPrefix(" ") && line.text == line.text.uppercased()
                    && line.text.contains(where: \.isLetter) {
                    emit("")
                    emit("### " + line.text.capitalized)
                } else if md && line.role == .panelTitle {
                    emit("**" + line.text + "**")
                } else {
                    emit(line.text, prose: !line.citation && line.role != .panelTitle && !line.text.isEmpty)
                }
            }
        }
        func table(_ header: [String], _ rows: [[String]]) {
            if md {
                emit("| " + header.joined(separator: " | ") + " |")
                emit("|" + header.map { _ in " --- |" }.joined())
                for row in rows { emit("| " + row.joined(separator: " | ") + " |") }
            } else {
                var widths = header.map { CharWidth.of($0) }
                for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], CharWidth.of(cell)) } }
                func pad(_ cells: [String]) -> String {
                    cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - CharWidth.of(c)) }
                        .joined(separator: "  ").trimmingSpaces.description
                }
                emit(pad(header))
                emit(pad(widths.map { String(repeating: "-", count: $0) }))
                for row in rows { emit(pad(row)) }
            }
            emit("")
        }

        emit(md ? "# Fleeing the homeland" : "FLEEING THE HOMELAND")
        emit("Escape routes of North Korean defectors, as told by the nk-defectors atlas.", prose: true)
        let c = story.chapters

        heading(.homeland)
        lines(PageText.lines(c.homeland, width: width, heading: false))

        heading(.routes)
        for route in story.routes {
            emit(md ? "### \(route.name) (\(route.country))" : "\(route.name.uppercased()) (\(route.country))")
            lines(PanelText.lines(for: route, story: story, width: width))
            emit("")
        }

        heading(.distances)
        lines(PageText.lines(c.distances.text, width: width, heading: false))
        emit("")
        table(["To", "Straight line (km)", "Along the waypoints (km)"], DistanceChart.rows(story).map {
            [$0.label, NumberFormat.grouped(Int($0.straightKm.rounded())), NumberFormat.grouped(Int($0.routeKm.rounded()))]
        })

        heading(.thae)
        lines(PageText.lines(c.thae, width: width, factsHeading: "TIMELINE", heading: false))

        heading(.arrivals)
        // In text the sources follow the table as numbered notes, so rows stay within the width.
        var notes: [String] = []
        func note(_ source: String) -> String {
            if let i = notes.firstIndex(of: source) { return "[\(i + 1)]" }
            notes.append(source)
            return "[\(notes.count)]"
        }
        table(["Period", "Total", "Women", "Men", "Source"], c.arrivals.series.map { r in
            let source = ([r.sourcing.method] + [CitationText.line(r.sourcing)]).compactMap { $0 }.joined(separator: " ")
            return [r.period + (r.kind == .bin ? " (bin)" : ""), NumberFormat.grouped(r.total),
                    r.female.map(NumberFormat.grouped) ?? "", r.male.map(NumberFormat.grouped) ?? "",
                    md ? source : note(source)]
        })
        for (i, source) in notes.enumerated() {
            for (k, line) in TextWrap.wrap(source, width: width - 5).enumerated() {
                emit((k == 0 ? "[\(i + 1)]" : "").padding(toLength: 5, withPad: " ", startingAt: 0) + line)
            }
        }
        if !notes.isEmpty { emit("") }
        lines(PageText.lines(c.arrivals.text, width: width, factsHeading: "NOTES ON THE FIGURES", heading: false))

        heading(.camps)
        lines(PageText.lines(c.camps.text, width: width, heading: false))
        for camp in c.camps.camps {
            emit("")
            emit(md ? "### \(camp.title)" : camp.title.uppercased())
            lines(CampsWidget.panelLines(camp, story: story, width: width))
        }

        heading(.balloons)
        lines(PageText.lines(c.balloons.text, width: width, factsHeading: "TIMELINE", heading: false))
        lines(BalloonScene.noteLines(c.balloons.animation, width: width))

        heading(.workers)
        lines(PageText.lines(c.workers.text, width: width, heading: false))
        lines(WorkersMap.hostLines(c.workers.hosts, width: width))

        heading(.sources)
        lines(Array(SourcesText.lines(story, width: width).dropFirst()))
        return out
    }
}
