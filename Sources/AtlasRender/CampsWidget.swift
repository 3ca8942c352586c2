import AtlasContent
import AtlasGeo
import AtlasMachine

/// The punishment-places chapter: North Korea alone, its camps as markers, a list beside it,
/// and a panel on the selected camp.
enum CampsWidget {
    /// The row, inside the sidebar, of the first camp.
    static let firstListRow = 3

    struct Marker {
        var camp: Int
        var text: String
        var rect: Rect
    }

    /// The marker on the map: the first letter of the word in the camp's name, and its number
    /// ("C14" for "Kaechon (Camp 14)", "P1" for "Kaechon (Prison 1)").
    /// The camp's code on the map, in Latin letters in every edition: C14 (Camp 14), P1 (Prison 1).
    static func code(_ camp: Camp, _ t: Strings) -> String { (camp.kind == .kwanliso ? "C" : "P") + camp.number }

    static func kindName(_ kind: Camp.Kind, _ t: Strings) -> String {
        kind == .kwanliso ? t[.kwanlisoName] : t[.kyohwasoName]
    }

    static func locationNote(_ place: Place?, _ t: Strings) -> String {
        switch place?.certainty {
        case .verified?: t[.locationVerified]
        case .derived?: t[.locationApproximate]
        default: t[.locationUnverified]
        }
    }

    /// Where each camp's marker goes: at its place, or beside it when that spot is taken.
    static func markers(layout: ScreenLayout, atlas: Atlas, state: AppState) -> [Marker] {
        let m = layout.map
        let projection = atlas.raster(for: layout).projection
        var out: [Marker] = []
        // The selected camp is placed first so it always sits on its spot.
        for i in FreeSpot.selectedFirst(atlas.story.chapters.camps.camps.count, state.camp) {
            let camp = atlas.story.chapters.camps.camps[i]
            let text = code(camp, atlas.strings)
            let (px, py) = projection.project(atlas.campPoints[i])
            let x = m.x + Int(px.rounded(.down)), y = m.y + Int(py.rounded(.down))
            let w = CharWidth.of(text)
            let spots = [(0, 0), (-w + 1, 0), (0, -1), (0, 1), (-w + 1, -1), (-w + 1, 1), (w, 0), (-w - 1, 0), (0, -2), (0, 2)]
            if let r = FreeSpot.find(x: x, y: y, width: w, spots: spots, bounds: m, taken: out.map(\.rect)) {
                out.append(Marker(camp: i, text: text, rect: r))
            }
        }
        return out
    }

    static func draw(into canvas: inout Canvas, layout: ScreenLayout, atlas: Atlas, state: AppState) {
        let raster = atlas.raster(for: layout)
        let origin = atlas.originIndex.map(Int16.init) ?? -9
        atlas.fill(&canvas, at: layout.map, raster: raster, clip: layout.view) { owner in
            owner == origin ? .selectable : .land
        }
        for marker in markers(layout: layout, atlas: atlas, state: state) {
            canvas.text(x: marker.rect.x, y: marker.rect.y, marker.text, marker.camp == state.camp ? .campSelected : .camp)
        }
        if let sidebar = layout.sidebar { drawList(into: &canvas, rect: sidebar, atlas: atlas, state: state) }
    }

    static func drawList(into canvas: inout Canvas, rect: Rect, atlas: Atlas, state: AppState) {
        canvas.fill(rect, " ", .sidebar)
        let x = rect.x + 2, w = rect.width - 3
        let chapter = atlas.story.chapters.camps
        let t = atlas.strings
        canvas.text(x: x, y: rect.y + 1, t[.prisonCamps], .panelTitle, maxWidth: w)
        for (i, camp) in chapter.camps.enumerated() {
            let y = rect.y + firstListRow + i
            guard y < rect.maxY else { return }
            let selected = i == state.camp
            let role: StyleRole = selected ? .sidebarSelected : .sidebar
            if selected { canvas.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 1, height: 1), " ", role) }
            // The whole name, which carries type and number: two camps share "Kaechon".
            canvas.text(x: x, y: y, camp.name, selected ? role : .camp, maxWidth: 22)
            if w - 23 >= 8 { canvas.text(x: x + 23, y: y, t.campStatus(camp.status), role, maxWidth: w - 23) }
        }
        var y = rect.y + firstListRow + chapter.camps.count + 1
        let legend = [t[.campLegendCamp], t[.campLegendPrison], t[.campLegendCode]]
        for line in legend where y < rect.maxY {
            canvas.text(x: x, y: y, line, .sidebar, maxWidth: w)
            y += 1
        }
        y += 1
        if let fact = chapter.text.facts.first, y < rect.maxY - 2 {
            for line in TextWrap.wrap("\(fact.date): \(fact.text)", width: w) where y < rect.maxY - 1 {
                canvas.text(x: x, y: y, line, .sidebar, maxWidth: w)
                y += 1
            }
        }
    }

    static func panelLines(_ camp: Camp, story: Story, width: Int, _ t: Strings) -> [PanelLine] {
        var out: [PanelLine] = []
        let place = story.place(camp.place)
        let heading = t(.campHeading, ["word": t.campWord(camp.kind), "number": camp.number, "code": code(camp, t),
                                       "kind": kindName(camp.kind, t)])
        PageText.add(&out, heading, .panelTitle, width: width)
        PageText.add(&out, t(.campProvince, ["province": camp.province]), .panel, width: width)
        PageText.add(&out, t(.campStatus, ["status": t.campStatus(camp.status)]),
                     camp.status == .operating ? .verdictDeadly : .panel, width: width)
        PageText.add(&out, t(.campWhere, ["note": locationNote(place, t)]), .panel, width: width)
        if let place { PageText.add(&out, CitationText.location(place, t), .panelDim, width: width, indent: 2, citation: true) }
        out.append(PanelLine("", .panel))
        PageText.add(&out, camp.summary, .panel, width: width)
        CitationText.add(&out, camp.sourcing, t, width: width, indent: 2)
        out.append(PanelLine("", .panel))
        out.append(PanelLine(t[.prisonerEstimates], .panelTitle))
        if camp.estimates.isEmpty {
            PageText.add(&out, t[.noEstimate], .panelDim, width: width, indent: 2)
        } else {
            PageText.factLines(&out, camp.estimates, width: width, t)
        }
        // The chapter's own account of the camps, so it can be read in the atlas too.
        out.append(PanelLine("", .panel))
        out.append(PanelLine(t[.aboutCamps], .panelTitle))
        out += PageText.lines(story.chapters.camps.text, width: width, t, factsHeading: .allCamps, heading: false)
        return out
    }
}
