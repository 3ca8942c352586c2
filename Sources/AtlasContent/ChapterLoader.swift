import AtlasGeo
import Yams

/// Reads the chapter files under `content/chapters/`, reporting every problem with its line.
enum ChapterLoader {
    static let folder = "content/chapters/"
    static let head: Set<String> = ["title", "kicker", "paragraphs"]

    /// Loads all chapters; nil when any file has a problem (the problems are in `problems`).
    /// `routes` is nil when the routes file itself was unreadable, so its codes are not checked.
    static func load(_ source: any ContentSource, places: Set<String>, placeNames: [String: String] = [:], routes: Set<String>?,
                     pages: [Chapter] = [], language: Language = .en, problems: inout [ContentProblem]) -> Chapters? {
        var collected: [ContentProblem] = []
        func file(_ name: String, _ fields: Set<String>) -> (YAMLReader, Fields)? {
            let path = folder + name
            guard let bytes = source.required(path, problems: &collected) else { return nil }
            let reader = YAMLReader(file: source.displayName(path), language: language)
            guard let root = reader.compose(bytes), let m = reader.record(root, "", allowed: head.union(fields)) else {
                collected += reader.problems
                return nil
            }
            return (reader, m)
        }
        func finish<T>(_ reader: YAMLReader, _ value: T?) -> T? {
            collected += reader.problems
            return reader.problems.isEmpty ? value : nil
        }

        let homeland = file("homeland.yaml", ["facts"]).flatMap { r, m in
            finish(r, r.chapterText(m, factsKey: "facts", factCount: 1...8))
        }
        let thae = file("thae.yaml", ["timeline"]).flatMap { r, m in
            finish(r, r.chapterText(m, factsKey: "timeline", factCount: 1...20))
        }
        let distances = file("distances.yaml", ["start", "destinations", "facts"]).flatMap { r, m in
            finish(r, readDistances(r, m, places: places, routes: routes))
        }
        let arrivals = file("arrivals.yaml", ["series", "notes"]).flatMap { r, m in
            finish(r, readArrivals(r, m))
        }
        let camps = file("camps.yaml", ["facts", "camps"]).flatMap { r, m in
            finish(r, readCamps(r, m, places: places, names: placeNames))
        }
        let balloons = file("balloons.yaml", ["timeline", "animation"]).flatMap { r, m in
            finish(r, readBalloons(r, m))
        }
        let workers = file("workers.yaml", ["facts", "hosts"]).flatMap { r, m in
            finish(r, readWorkers(r, m))
        }
        var pageTexts: [Chapter: ChapterText] = [:]
        for page in pages {
            pageTexts[page] = file("\(page.slug).yaml", ["name", "facts"]).flatMap { r, m in
                let name = r.words(m, "name", "", maxLength: 24)
                return finish(r, r.chapterText(m, factsKey: "facts", factCount: 1...20).map { text in
                    var text = text
                    text.name = name
                    return text
                })
            }
        }
        problems += collected
        guard let homeland, let thae, let distances, let arrivals, let camps, let balloons, let workers,
              pageTexts.count == pages.count else { return nil }
        return Chapters(homeland: homeland, distances: distances, thae: thae, arrivals: arrivals, camps: camps,
                        balloons: balloons, workers: workers, pages: pageTexts)
    }

    static func readDistances(_ r: YAMLReader, _ m: Fields, places: Set<String>, routes: Set<String>?) -> DistanceChapter? {
        let text = r.chapterText(m, factsKey: "facts", factCount: 0...6)
        let start = r.placeID(m, "start", "", known: places)
        var destinations: [Destination] = []
        for (i, node) in (r.list(m, "destinations", "", count: 1...20) ?? []).enumerated() {
            let path = "destinations[\(i)]"
            guard let d = r.record(node, path, allowed: ["place", "route", "via"]) else { continue }
            let place = r.placeID(d, "place", path, known: places)
            let route = r.text(d, "route", path, maxLength: 2)
            if let route, let routes, !routes.contains(route) {
                r.problem(d["route"], "\(path).route", "unknown route '\(route)' (not in routes.yaml)")
            }
            let via = r.placeIDs(d, "via", path, count: 2...12, known: places)
            if let start, let first = via.first, first != start {
                r.problem(d["via"], "\(path).via", "must begin at the start place '\(start)'")
            }
            if let place, let last = via.last, last != place {
                r.problem(d["via"], "\(path).via", "must end at the destination '\(place)'")
            }
            if let place, let route {
                destinations.append(Destination(place: place, route: route, via: via))
            }
        }
        guard let text, let start else { return nil }
        return DistanceChapter(text: text, start: start, destinations: destinations)
    }

    static func readArrivals(_ r: YAMLReader, _ m: Fields) -> ArrivalsChapter? {
        let text = r.chapterText(m, factsKey: "notes", factCount: 0...20)
        var series: [ArrivalRecord] = []
        let fields = YAMLReader.sourcingFields.union(["period", "axis", "kind", "total", "male", "female"])
        var seen: Set<String> = []
        for (i, node) in (r.list(m, "series", "", count: 1...200) ?? []).enumerated() {
            let path = "series[\(i)]"
            guard let s = r.record(node, path, allowed: fields) else { continue }
            let kind = r.choice(s, "kind", path, as: ArrivalRecord.Kind.self)
            // A bin's period is words ("up to 1998"), written per edition; a year's is its year.
            let period = kind == .bin ? r.words(s, "period", path, maxLength: 20) : r.text(s, "period", path, maxLength: 20)
            if let period, !seen.insert(period).inserted { r.problem(s["period"], "\(path).period", "'\(period)' appears twice") }
            if kind == .year, let translated = s.values.keys.first(where: { $0.hasPrefix("period_") }) {
                r.problem(s[translated], "\(path).\(translated)", "only a bin's period has a text per language; a year is written as it is")
            }
            let axis = r.text(s, "axis", path, maxLength: 5, required: kind == .bin)
            let total = r.integer(s, "total", path, range: 0...1_000_000)
            let male = r.integer(s, "male", path, range: 0...1_000_000, required: false)
            let female = r.integer(s, "female", path, range: 0...1_000_000, required: false)
            let sourcing = r.sourcing(s, path)
            if let total, let male, let female, male + female != total {
                r.problem(s["total"], "\(path).total", "\(total) is not men (\(male)) plus women (\(female))")
            }
            if kind == .year, axis != nil {
                r.problem(s["axis"], "\(path).axis", "only a bin has an axis label; a year's bar is named by its year")
            }
            if let kind, kind == .year, let period, Int(period) == nil {
                r.problem(s["period"], "\(path).period", "a year record needs a year, not '\(period)'")
            }
            if let period, let kind, let total, let sourcing {
                series.append(ArrivalRecord(period: period, axis: axis, kind: kind, total: total, male: male, female: female,
                                            sourcing: sourcing))
            }
        }
        guard let text else { return nil }
        return ArrivalsChapter(text: text, series: series)
    }

    /// `names` gives each place's name: a camp is called what its marker's place is called.
    static func readCamps(_ r: YAMLReader, _ m: Fields, places: Set<String>, names: [String: String]) -> CampsChapter? {
        let text = r.chapterText(m, factsKey: "facts", factCount: 1...8)
        var camps: [Camp] = []
        let fields = YAMLReader.sourcingFields.union(["place", "number", "name", "type", "province", "status", "summary",
                                                      "estimates"])
        for (i, node) in (r.list(m, "camps", "", count: 1...40) ?? []).enumerated() {
            let path = "camps[\(i)]"
            guard let c = r.record(node, path, allowed: fields) else { continue }
            let place = r.placeID(c, "place", path, known: places)
            let number = r.text(c, "number", path, maxLength: 6)
            let name = r.words(c, "name", path, maxLength: 40)
            let kind = r.choice(c, "type", path, as: Camp.Kind.self)
            let province = r.words(c, "province", path, maxLength: 60)
            let status = r.choice(c, "status", path, as: Camp.Status.self)
            let summary = r.words(c, "summary", path, maxLength: 800)
            let sourcing = r.sourcing(c, path)
            let estimates = r.facts(c, "estimates", path, count: 0...6)
            if let name, let kind, let number, case let ending = Camp.nameEnding(kind, number, r.language),
               !name.hasSuffix(ending) {
                let field = "\(path).name" + r.language.fieldSuffix
                r.problem(c["name" + r.language.fieldSuffix], field, "'\(name)' must end with its type and number, "
                          + "'\(ending.trimmingSpaces)', so that camps of the same name can be told apart")
            }
            if let place, let name, let placeName = names[place], placeName != name {
                r.problem(c["name" + r.language.fieldSuffix], "\(path).name" + r.language.fieldSuffix, "'\(name)' is not the name of its place '\(place)' ('\(placeName)')")
            }
            if let place, let number, let name, let kind, let province, let status, let summary, let sourcing {
                camps.append(Camp(place: place, number: number, name: name, kind: kind, province: province,
                                  status: status, summary: summary, sourcing: sourcing, estimates: estimates))
            }
        }
        guard let text else { return nil }
        return CampsChapter(text: text, camps: camps)
    }

    static func readBalloons(_ r: YAMLReader, _ m: Fields) -> BalloonsChapter? {
        let text = r.chapterText(m, factsKey: "timeline", factCount: 1...30)
        guard let node = m["animation"] else {
            r.problem(line: m.mark?.line, "animation", "missing")
            return nil
        }
        let prefixed = YAMLReader.sourcingFields.union(["method_ko"]).flatMap { ["altitude_\($0)", "timer_\($0)"] }
        guard let a = r.record(node, "animation", allowed: Set(["altitude", "timer_note", "timer_hours"] + prefixed)) else { return nil }
        let altitude = r.words(a, "altitude", "animation", maxLength: 40)
        let note = r.words(a, "timer_note", "animation", maxLength: 400)
        let hours = r.integer(a, "timer_hours", "animation", range: 1...48)
        // Each figure's sourcing under its own prefix: altitude_sources, timer_certainty ...
        func sourcing(_ prefix: String) -> Sourcing? {
            var values: [String: Node] = [:]
            for key in YAMLReader.sourcingFields.union(["method_ko"]) { values[key] = a["\(prefix)_\(key)"] }
            return r.sourcing(Fields(mark: a.mark, values: values), "animation.\(prefix)")
        }
        let altitudeSourcing = sourcing("altitude"), timerSourcing = sourcing("timer")
        guard let text, let altitude, let altitudeSourcing, let note, let hours, let timerSourcing else { return nil }
        return BalloonsChapter(text: text, animation: BalloonAnimation(
            altitude: altitude, altitudeSourcing: altitudeSourcing, timerNote: note, timerHours: hours,
            timerSourcing: timerSourcing))
    }

    static func readWorkers(_ r: YAMLReader, _ m: Fields) -> WorkersChapter? {
        let text = r.chapterText(m, factsKey: "facts", factCount: 1...10)
        var hosts: [WorkerHost] = []
        let fields = YAMLReader.sourcingFields.union(["code", "name", "note"])
        for (i, node) in (r.list(m, "hosts", "", count: 1...40) ?? []).enumerated() {
            let path = "hosts[\(i)]"
            guard let h = r.record(node, path, allowed: fields) else { continue }
            let code = r.text(h, "code", path, maxLength: 2)
            if let code, code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                r.problem(h["code"], "\(path).code", "expected a two-letter upper-case ISO code")
            }
            let name = r.words(h, "name", path, maxLength: 40)
            let note = r.words(h, "note", path, maxLength: 80)
            let sourcing = r.sourcing(h, path)
            if let code, let name, let note, let sourcing {
                hosts.append(WorkerHost(code: code, name: name, note: note, sourcing: sourcing))
            }
        }
        guard let text else { return nil }
        return WorkersChapter(text: text, hosts: hosts)
    }
}
