/// What a key asks for, once the keymap has read it in its context.
public enum Command: Equatable, Hashable, Sendable {
    case quit, help
    /// The other edition: English to Korean and back.
    case switchLanguage
    case nextChapter, previousChapter
    /// Jump to the chapter with this number, from 1.
    case goToChapter(Int)
    /// On a map: the nearest place that way.
    case move(Direction)
    /// The next or previous item of a list: a route, a camp; in a chart, a bar.
    case nextItem, previousItem
    case firstItem, lastItem
    case open, close
    case scrollUp, scrollDown, scrollPageUp, scrollPageDown, scrollTop, scrollEnd
    case zoomIn, zoomOut, zoomReset, zoomFit
}

/// Where a key is read: the keymap binds the same key to different commands in each.
public enum KeyContext: Hashable, Sendable {
    /// Everywhere, before anything else: quit and help.
    case anywhere
    /// Outside panels: moving between chapters.
    case chapters
    /// A map without its panel open (routes, camps).
    case map
    /// The route map's zoom.
    case zoom
    /// An open panel.
    case panel
    /// A chapter's scrolling text.
    case page
    /// A bar chart over a page.
    case chart
}
