import AtlasGeo

// How each record of the story is written in the compiled form: its fields in declaration order.

extension Citation: Compact {
    func write(to w: inout BinaryWriter) {
        w.string(publisher)
        w.optional(title) { $0.string($1) }
        w.optional(date) { $0.string($1) }
        w.optional(url) { $0.string($1) }
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        self.init(publisher: try r.string(), title: try r.optional { r throws(CompiledStoryError) in try r.string() },
                  date: try r.optional { r throws(CompiledStoryError) in try r.string() },
                  url: try r.optional { r throws(CompiledStoryError) in try r.string() })
    }
}

extension Sourcing: Compact {
    func write(to w: inout BinaryWriter) {
        w.list(sources)
        w.raw(certainty)
        w.optional(method) { $0.string($1) }
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        self.init(sources: try r.list(), certainty: try r.raw(),
                  method: try r.optional { r throws(CompiledStoryError) in try r.string() })
    }
}

extension Fact: Compact {
    func write(to w: inout BinaryWriter) {
        w.string(date)
        w.string(text)
        w.value(sourcing)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        self.init(date: try r.string(), text: try r.string(), sourcing: try r.value())
    }
}

extension GeoPoint: Compact {
    func write(to w: inout BinaryWriter) {
        w.double(lon)
        w.double(lat)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        self.init(lon: try r.double(), lat: try r.double())
    }
}

extension Route: Compact {
    func write(to w: inout BinaryWriter) {
        w.strings([code, name, country])
        w.raw(verdict)
        w.strings([verdictNote, account])
        w.list(facts)
        w.strings(waypoints)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let names = try r.strings(), verdict: Verdict = try r.raw(), texts = try r.strings()
        guard names.count == 3, texts.count == 2 else { throw CompiledStoryError(description: "a route's texts are not whole") }
        self.init(code: names[0], name: names[1], country: names[2], verdict: verdict, verdictNote: texts[0],
                  account: texts[1], facts: try r.list(), waypoints: try r.strings())
    }
}

extension Place: Compact {
    func write(to w: inout BinaryWriter) {
        w.strings([id, name, kind, country, located])
        w.value(point)
        w.value(sourcing)
        w.optional(marker) { $0.raw($1) }
        w.string(label)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let texts = try r.strings(), point: GeoPoint = try r.value()
        guard texts.count == 5 else { throw CompiledStoryError(description: "a place's texts are not whole") }
        self.init(id: texts[0], name: texts[1], kind: texts[2], point: point, country: texts[3], located: texts[4],
                  sourcing: try r.value(), marker: try r.optional { r throws(CompiledStoryError) in try r.raw() },
                  label: try r.string())
    }
}

extension CountryShape: Compact {
    func write(to w: inout BinaryWriter) {
        w.strings([iso, name])
        let languages = names.keys.sorted()
        w.strings(languages)
        w.strings(languages.map { names[$0]! })
        w.value(label)
        RingCoding.write(self, to: &w)
        for v in [bounds.minLon, bounds.minLat, bounds.maxLon, bounds.maxLat] { w.double(v) }
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let names = try r.strings(), languages = try r.strings(), local = try r.strings()
        let label: GeoPoint = try r.value()
        guard names.count == 2 else { throw CompiledStoryError(description: "a country's names are not whole") }
        let named = try BinaryReader.table(languages, local, what: "a country's names in other editions")
        let shape = try RingCoding.read(from: &r)
        let bounds = GeoRect(minLon: try r.double(), minLat: try r.double(), maxLon: try r.double(), maxLat: try r.double())
        self.init(iso: names[0], name: names[1], label: label, rings: shape.rings, mercatorRings: shape.mercator, bounds: bounds,
                  names: named)
    }
}

extension TourStep: Compact {
    func write(to w: inout BinaryWriter) {
        w.string(chapter.slug)
        for v in [route, camp, arrival] { w.optional(v) { $0.int($1) } }
        w.bool(panel)
        w.double(seconds)
    }
    init(from r: inout BinaryReader) throws(CompiledStoryError) {
        let chapter = Chapter(try r.string())
        let route = try r.optional { r throws(CompiledStoryError) in try r.int() }
        let camp = try r.optional { r throws(CompiledStoryError) in try r.int() }
        let arrival = try r.optional { r throws(CompiledStoryError) in try r.int() }
        self.init(chapter: chapter, route: route, camp: camp, arrival: arrival, panel: try r.bool(), seconds: try r.double())
    }
}
