/// The overseas-labour chapter's map: the host countries the sources name, marked and labelled.
enum WorkersMap {
    static func draw(into canvas: inout Canvas, rect: Rect, atlas: Atlas) {
        guard rect.height >= 6, rect.width >= 30 else { return }
        let story = atlas.story
        let raster = atlas.raster(view: ScreenLayout.region, cols: rect.width, rows: rect.height)
        let hosts = story.chapters.workers.hosts
        let hostIndexes = Set(hosts.compactMap { story.map.countryIndex(of: $0.code) }.map(Int16.init))
        let origin = atlas.originIndex.map(Int16.init) ?? -9
        atlas.fill(&canvas, at: rect, raster: raster, clip: ScreenLayout.region) { o in
            o == origin ? .origin : (hostIndexes.contains(o) ? .selectable : .land)
        }
        var taken: [Rect] = []
        for host in hosts {
            guard let c = story.map.countryIndex(of: host.code) else { continue }
            let (px, py) = raster.projection.project(story.map.countries[c].label)
            let text = "\(host.name): \(host.note)"
            let w = min(CharWidth.of(text), rect.width - 2)
            var x = rect.x + Int(px) - w / 2
            x = max(rect.x, min(x, rect.maxX - w))
            for dy in [0, 1, -1, 2, -2] {
                let r = Rect(x: x, y: rect.y + Int(py) + dy, width: w, height: 1)
                guard r.y > rect.y, r.maxY <= rect.maxY, !taken.contains(where: { $0.intersects(r) }) else { continue }
                canvas.text(x: r.x, y: r.y, text, .label, maxWidth: w)
                taken.append(r)
                break
            }
        }
        canvas.text(x: rect.x + 1, y: rect.y, " HOST COUNTRIES NAMED IN THE SOURCES ", .pageTitle)
    }

    /// The hosts as text under the chapter, including those beyond the map's edge.
    static func hostLines(_ hosts: [WorkerHost], width: Int) -> [PanelLine] {
        var out: [PanelLine] = [PanelLine("", .panel), PanelLine("HOST COUNTRIES", .panelTitle)]
        for host in hosts {
            PageText.add(&out, "\(host.name): \(host.note)", .panel, width: width, indent: 0)
            let mark = host.certainty == .verified ? "" : " [\(host.certainty.rawValue)]"
            PageText.add(&out, "Source\(mark): \(host.source)", .panelDim, width: width, indent: 2)
        }
        return out
    }
}
