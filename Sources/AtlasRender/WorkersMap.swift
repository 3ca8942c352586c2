import AtlasContent
import AtlasGeo
import AtlasMachine

/// The overseas-labour chapter's map: the host countries the sources name, marked and labelled.
enum WorkersMap {
    static func draw(into canvas: inout Canvas, rect whole: Rect, atlas: Atlas) {
        guard whole.height >= 7, whole.width >= 30 else { return }
        let story = atlas.story
        let hosts = story.chapters.workers.hosts
        let onMap = hosts.filter { story.map.countryIndex(of: $0.code) != nil }
        let beyond = hosts.filter { story.map.countryIndex(of: $0.code) == nil }.map(\.name)
        // A title row, the map, and a row naming the hosts beyond the map's edge.
        canvas.text(x: whole.x + 2, y: whole.y, atlas.strings[.hostsTitle], .pageTitle,
                    maxWidth: whole.width - 4)
        let rect = Rect(x: whole.x, y: whole.y + 1, width: whole.width, height: whole.height - (beyond.isEmpty ? 1 : 2))
        let raster = atlas.raster(view: ScreenLayout.region, cols: rect.width, rows: rect.height)
        let hostIndexes = Set(onMap.compactMap { story.map.countryIndex(of: $0.code) }.map(Int16.init))
        let origin = atlas.originIndex.map(Int16.init) ?? -9
        atlas.fill(&canvas, at: rect, raster: raster, clip: ScreenLayout.region) { o in
            o == origin ? .origin : (hostIndexes.contains(o) ? .selectable : .land)
        }
        var taken: [Rect] = []
        for host in onMap {
            guard let c = story.map.countryIndex(of: host.code) else { continue }
            let (px, py) = raster.projection.project(story.map.countries[c].label)
            let w = CharWidth.of(host.name)
            let x = max(rect.x, min(rect.x + Int(px) - w / 2, rect.maxX - w))
            let spots = [0, 1, -1, 2, -2].map { (0, $0) }
            // A name wider than the map still goes at its left edge; the canvas clips it.
            let bounds = Rect(x: rect.x, y: rect.y, width: max(rect.width, w), height: rect.height)
            if let r = FreeSpot.find(x: x, y: rect.y + Int(py), width: w, spots: spots, bounds: bounds, taken: taken, pad: 0) {
                canvas.text(x: r.x, y: r.y, host.name, .labelSelected)
                taken.append(r)
            }
        }
        if !beyond.isEmpty {
            canvas.text(x: whole.x + 2, y: whole.maxY - 1, atlas.strings[.beyondMap] + beyond.joined(separator: ", "), .pageDim,
                        maxWidth: whole.width - 4)
        }
    }

    /// The hosts as text under the chapter, including those beyond the map's edge.
    static func hostLines(_ hosts: [WorkerHost], width: Int, _ t: Strings) -> [PanelLine] {
        var out: [PanelLine] = [PanelLine("", .panel), PanelLine(t[.hostCountries], .panelTitle)]
        for host in hosts {
            PageText.add(&out, "\(host.name): \(host.note)", .panel, width: width, indent: 0)
            CitationText.add(&out, host.sourcing, t, width: width, indent: 2)
        }
        return out
    }
}
