import AtlasContent
import AtlasMachine

/// `nk-defectors stats FILE`: the counts as a table a curator can read.
public enum StatsSummary {
    /// `chapterTitles` names each chapter by slug ("2 Escape routes"), as the chapter registry does.
    public static func text(_ log: StatsLog, story: Story, chapterTitles: [String: String]) -> String {
        let days = log.days.keys.sorted()
        guard let first = days.first, let last = days.last else { return "No visits counted yet.\n" }
        var total = DayCounts()
        for day in days { total.merge(log.days[day]!) }
        let perDay = days.map { log.days[$0]!.sessions }
        var out = [
            "Visitor statistics, \(first) to \(last) (\(days.count) day\(days.count == 1 ? "" : "s") with counts)",
            "",
            "Visitor sessions     \(NumberFormat.grouped(total.sessions))",
            "Sessions a day       median \(NumberFormat.grouped(median(perDay))), most \(NumberFormat.grouped(perDay.max() ?? 0))",
            "Session length       median \(medianText(total.sessionLength))",
            "Attract tour loops   \(NumberFormat.grouped(total.tourLoops))",
            "Languages            " + total.languages.sorted { $0.key < $1.key }.map { "\($0.key) \(NumberFormat.grouped($0.value))" }.joined(separator: ", "),
        ]
        let names: [String: (String) -> String] = [
            "route": { code in story.routes.first { $0.code == code }.map { "\($0.country) (\(code))" } ?? code },
            "chapter": { slug in chapterTitles[slug] ?? slug },
            "camp": { id in story.chapters.camps.camps.first { $0.place == id }?.title ?? id },
        ]
        for (kind, heading) in [("route", "Route panels"), ("chapter", "Chapters"), ("camp", "Camp panels")] {
            guard let items = total.opened[kind], !items.isEmpty else { continue }
            out += ["", pad(heading, 34) + pad("opened", 8, right: true) + pad("time open", 12, right: true) + "   median"]
            let ranked = items.sorted { ($0.value.opens, $1.key) > ($1.value.opens, $0.key) }
            for (key, h) in ranked {
                out.append("  " + pad(names[kind]!(key), 32) + pad(NumberFormat.grouped(h.opens), 8, right: true)
                           + pad(duration(h.seconds), 12, right: true) + "   " + medianText(h))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The median as the bucket it falls in: "20-30 s", "10 min or more".
    static func medianText(_ h: DwellHistogram) -> String {
        guard let (lower, upper) = h.medianBucket else { return "-" }
        guard let upper else { return "\(duration(lower)) or more" }
        return lower < 60 || upper <= 60 ? "\(lower)-\(upper) s" : "\(lower / 60)-\(upper / 60) min"
    }

    static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        return "\(seconds / 3600) h \(seconds % 3600 / 60) min"
    }

    static func median(_ values: [Int]) -> Int {
        let s = values.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    private static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
