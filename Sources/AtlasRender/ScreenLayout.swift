import AtlasContent
import AtlasGeo
import AtlasMachine

/// Where everything goes at one terminal size: title row, map, sidebar, status row, panel.
public struct ScreenLayout: Equatable, Sendable {
    public static let minWidth = AppState.minWidth
    public static let minHeight = AppState.minHeight

    public let width: Int
    public let height: Int
    public let tooSmall: Bool
    public let map: Rect
    /// The route list beside the map, when there is room for it.
    public let sidebar: Rect?
    public let statusRow: Int

    /// The region the map shows when not zoomed: every route, from Thailand to Japan.
    public static let region = GeoRect.atlasRegion
    /// North Korea alone, for the camps chapter.
    public static let northKorea = GeoRect.northKorea

    /// The geographic view the map shows.
    public let view: GeoRect

    public init(width: Int, height: Int, view: GeoRect = ScreenLayout.region) {
        self.width = width
        self.height = height
        self.view = view
        tooSmall = width < Self.minWidth || height < Self.minHeight
        statusRow = max(0, height - 1)
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        let fit = Projection(fitting: view, cols: body.width, rows: body.height)
        let needed = fit.usedWidth(of: view)
        let spare = body.width - needed
        if spare >= 28 {
            let side = min(48, spare)
            map = Rect(x: 0, y: body.y, width: body.width - side, height: body.height)
            sidebar = Rect(x: body.width - side, y: body.y, width: side, height: body.height)
        } else {
            map = body
            sidebar = nil
        }
    }

    /// The route panel's box: on the side away from the route, as tall as its text needs.
    public func panelRect(contentLines: Int, routeOnEast: Bool) -> Rect {
        let w = min(width - 2, max(44, min(66, width * 9 / 20)))
        let h = min(map.height, contentLines + 4)
        let x = routeOnEast ? 1 : width - w - 1
        let y = map.y + max(0, (map.height - h) / 2)
        return Rect(x: x, y: y, width: w, height: h)
    }

    /// The part of the body above a chapter's text: its chart, scene or map, `share` of the height.
    public func upperRect(rows wanted: Int) -> Rect {
        let bodyHeight = max(0, height - 2)
        return Rect(x: 0, y: 1, width: width, height: min(wanted, bodyHeight))
    }

    /// The column a chapter's text scrolls in, below `top` rows of the body.
    public func pageRect(below top: Int) -> Rect {
        let w = min(width - 4, 86)
        let y = 1 + top
        return Rect(x: (width - w) / 2, y: y + (top == 0 ? 1 : 0), width: w, height: max(0, height - 1 - y - (top == 0 ? 1 : 0)))
    }

    /// Columns of text inside a panel of this box.
    public static func panelTextWidth(_ rect: Rect) -> Int { max(1, rect.width - 4) }

    public func helpRect(lines: Int) -> Rect {
        let w = min(width - 2, 72)
        let h = min(height - 2, lines + 4)
        return Rect(x: (width - w) / 2, y: max(1, (height - h) / 2), width: w, height: h)
    }
}
