import AtlasGeo

// How each chapter's content is written in the compiled form: its fields in declaration order.

extension ChapterText: Compact {
    func write(to w: inout BinaryWriter) {
        w.optional(name) { $0.string($1) }
        w.strings([title, kicker])
        w.strings(paragraphs)
        w.list(facts)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let name = try r.optional { r throws(CompiledStoryError) in try r.string() }, head = try r.strings()
        guard head.count == 2 else { throw CompiledStoryError(description: "a chapter's head is not whole") }
        self.init(name: name, title: head[0], kicker: head[1], paragraphs: try r.strings(), facts: try r.list())
    }
}

extension Destination: Compact {
    func write(to w: inout BinaryWriter) {
        w.strings([place, route])
        w.strings(via)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let names = try r.strings()
        guard names.count == 2 else { throw CompiledStoryError(description: "a destination is not whole") }
        self.init(place: names[0], route: names[1], via: try r.strings())
    }
}

extension ArrivalRecord: Compact {
    func write(to w: inout BinaryWriter) {
        w.string(period)
        w.optional(axis) { $0.string($1) }
        w.raw(kind)
        w.int(total)
        w.optional(male) { $0.int($1) }
        w.optional(female) { $0.int($1) }
        w.value(sourcing)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        self.init(period: try r.string(), axis: try r.optional { r throws(CompiledStoryError) in try r.string() },
                  kind: try r.raw(), total: try r.int(), male: try r.optional { r throws(CompiledStoryError) in try r.int() },
                  female: try r.optional { r throws(CompiledStoryError) in try r.int() }, sourcing: try r.value())
    }
}

extension Camp: Compact {
    func write(to w: inout BinaryWriter) {
        w.strings([place, number, name])
        w.raw(kind)
        w.string(province)
        w.raw(status)
        w.string(summary)
        w.value(sourcing)
        w.list(estimates)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let names = try r.strings()
        guard names.count == 3 else { throw CompiledStoryError(description: "a camp's names are not whole") }
        self.init(place: names[0], number: names[1], name: names[2], kind: try r.raw(), province: try r.string(),
                  status: try r.raw(), summary: try r.string(), sourcing: try r.value(), estimates: try r.list())
    }
}

extension WorkerHost: Compact {
    func write(to w: inout BinaryWriter) {
        w.strings([code, name, note])
        w.value(sourcing)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let names = try r.strings()
        guard names.count == 3 else { throw CompiledStoryError(description: "a host country is not whole") }
        self.init(code: names[0], name: names[1], note: names[2], sourcing: try r.value())
    }
}

extension Chapters: Compact {
    func write(to w: inout BinaryWriter) {
        w.value(homeland)
        w.value(distances.text); w.string(distances.start); w.list(distances.destinations)
        w.value(thae)
        w.value(arrivals.text); w.list(arrivals.series)
        w.value(camps.text); w.list(camps.camps)
        w.value(balloons.text)
        let a = balloons.animation
        w.string(a.altitude); w.value(a.altitudeSourcing); w.string(a.timerNote); w.int(a.timerHours); w.value(a.timerSourcing)
        w.value(workers.text); w.list(workers.hosts)
        let slugs = pages.keys.map(\.slug).sorted()
        w.int(slugs.count)
        for slug in slugs { w.string(slug); w.value(pages[Chapter(slug)]!) }
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let homeland: ChapterText = try r.value()
        let distances = DistanceChapter(text: try r.value(), start: try r.string(), destinations: try r.list())
        let thae: ChapterText = try r.value()
        let arrivals = ArrivalsChapter(text: try r.value(), series: try r.list())
        let camps = CampsChapter(text: try r.value(), camps: try r.list())
        let balloonText: ChapterText = try r.value()
        let animation = BalloonAnimation(altitude: try r.string(), altitudeSourcing: try r.value(), timerNote: try r.string(),
                                         timerHours: try r.int(), timerSourcing: try r.value())
        let workers = WorkersChapter(text: try r.value(), hosts: try r.list())
        var pages: [Chapter: ChapterText] = [:]
        for _ in 0..<(try r.count()) { pages[Chapter(try r.string())] = try r.value() }
        self.init(homeland: homeland, distances: distances, thae: thae, arrivals: arrivals, camps: camps,
                  balloons: BalloonsChapter(text: balloonText, animation: animation), workers: workers, pages: pages)
    }
}
