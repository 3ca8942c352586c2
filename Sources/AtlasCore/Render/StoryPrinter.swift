/// The plain-text edition: every chapter, route panel, chart (as a table) and source, for
/// screen readers, editors and pipes. Text wraps with the same code as the screen.
public enum StoryPrinter {
    public enum Format: String, CaseIterable, Sendable { case text, markdown }

    public static func render(_ story: Story, format: Format, width: Int = 78) -> String {
        var out: [String] = []
        let md = format == .markdown
        func heading(_ chapter: Chapter) {
            out.append("")
            out.append(md ? "## \(chapter.rawValue). \(chapter.name)" : "\(chapter.rawValue). \(chapter.name.uppercased())")
            if !md { out.append(String(repeating: "=", count: min(width, CharWidth.of(chapter.name) + 3))) }
            out.append("")
        }
        func lines(_ list: [PanelLine]) {
            for line in list {
                if md && line.role == .panelTitle && !line.text.hasPrefix(" ") && line.text == line.text.uppercased()
                    && line.text.contains(where: \.isLetter) {
                    out.append("")
                    out.append("### " + line.text.capitalized)
                } else if md && line.role == .panelTitle {
                    out.append("**" + line.text + "**")
                } else {
                    out.append(line.text)
                }
            }
        }
        func table(_ header: [String], _ rows: [[String]]) {
            if md {
                out.append("| " + header.joined(separator: " | ") + " |")
                out.append("|" + header.map { _ in " --- |" }.joined())
                for row in rows { out.append("| " + row.joined(separator: " | ") + " |") }
            } else {
                var widths = header.map { CharWidth.of($0) }
                for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], CharWidth.of(cell)) } }
                func pad(_ cells: [String]) -> String {
                    cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - CharWidth.of(c)) }
                        .joined(separator: "  ").trimmingSpaces.description
                }
                out.append(pad(header))
                out.append(pad(widths.map { String(repeating: "-", count: $0) }))
                for row in rows { out.append(pad(row)) }
            }
            out.append("")
        }

        out.append(md ? "# Fleeing the homeland" : "FLEEING THE HOMELAND")
        out.append("Escape routes of North Korean defectors, as told by the nk-defectors atlas.")
        let c = story.chapters

        heading(.homeland)
        lines(PageText.lines(c.homeland, width: width, heading: false))

        heading(.routes)
        for route in story.routes {
            out.append(md ? "### \(route.name) (\(route.country))" : "\(route.name.uppercased()) (\(route.country))")
            lines(PanelText.lines(for: route, story: story, width: width))
            out.append("")
        }

        heading(.distances)
        lines(PageText.lines(c.distances.text, width: width, heading: false))
        out.append("")
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
            let mark = r.certainty == .verified ? "" : " [\(r.certainty.rawValue)]"
            return [r.period + (r.kind == .bin ? " (bin)" : ""), NumberFormat.grouped(r.total),
                    r.female.map(NumberFormat.grouped) ?? "", r.male.map(NumberFormat.grouped) ?? "",
                    (md ? r.source : note(r.source)) + mark]
        })
        for (i, source) in notes.enumerated() {
            for (k, line) in TextWrap.wrap(source, width: width - 5).enumerated() {
                out.append((k == 0 ? "[\(i + 1)]" : "").padding(toLength: 5, withPad: " ", startingAt: 0) + line)
            }
        }
        if !notes.isEmpty { out.append("") }
        lines(PageText.lines(c.arrivals.text, width: width, factsHeading: "NOTES ON THE FIGURES", heading: false))

        heading(.camps)
        lines(PageText.lines(c.camps.text, width: width, heading: false))
        for camp in c.camps.camps {
            out.append("")
            out.append(md ? "### \(camp.title)" : camp.title.uppercased())
            lines(CampsWidget.panelLines(camp, story: story, width: width).filter { _ in true })
        }

        heading(.balloons)
        lines(PageText.lines(c.balloons.text, width: width, factsHeading: "TIMELINE", heading: false))
        lines(BalloonScene.noteLines(c.balloons.animation, width: width))

        heading(.workers)
        lines(PageText.lines(c.workers.text, width: width, heading: false))
        lines(WorkersMap.hostLines(c.workers.hosts, width: width))

        heading(.sources)
        lines(Array(SourcesText.lines(story, width: width).dropFirst()))
        return out.joined(separator: "\n") + "\n"
    }
}
