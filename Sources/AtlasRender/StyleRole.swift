import AtlasContent
import AtlasGeo
import AtlasMachine

/// What a cell means, not what colour it is: the terminal maps each role to colours and
/// attributes for the terminal it finds (256 colours, 8, or none).
public enum StyleRole: UInt8, CaseIterable, Sendable {
    case background
    case sea
    case land
    /// North Korea, where every route starts.
    case origin
    /// A country with an escape route.
    case selectable
    case selected
    case border
    case label
    case labelSelected
    case route
    case waypoint
    case title
    case chapterCurrent
    /// Bars and markers of charts: two series, and the selected item.
    case chartA
    case chartB
    case chartSelected
    case axis
    case pageTitle
    case pageDim
    case camp
    case campSelected
    case balloon
    case dmz
    case marker
    case status
    case statusKey
    case sidebar
    case sidebarSelected
    case panel
    case panelBorder
    case panelTitle
    case panelDim
    case verdictDeadly
    case verdictRepatriated
    case verdictUncertain
    case verdictSeoul
    case verdictTransit
    case warning

    public static func verdict(_ v: Verdict) -> StyleRole {
        switch v {
        case .deadlyCrossing: .verdictDeadly
        case .repatriated: .verdictRepatriated
        case .uncertain: .verdictUncertain
        case .sentToSeoul: .verdictSeoul
        case .transitAllowed: .verdictTransit
        }
    }
}
