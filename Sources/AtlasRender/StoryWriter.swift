import AtlasContent
import AtlasGeo
import AtlasMachine

/// The printed story as it is written: lines, headings, tables, in text or Markdown.
public struct StoryWriter {
    public let markdown: Bool
    public let width: Int
    public private(set) var out: [StoryPrinter.Line] = []

    init(markdown: Bool, width: Int) {
        self.markdown = markdown
        self.width = width
    }

    /// Headings, tables and citations are not prose.
    mutating func emit(_ text: String, prose: Bool = false) { out.append(StoryPrinter.Line(text: text, prose: prose)) }

    mutating func heading(number: Int, name: String) {
        emit("")
        emit(markdown ? "## \(number). \(name)" : "\(number). \(name.uppercased())")
        if !markdown { emit(String(repeating: "=", count: min(width, CharWidth.of(name) + 3))) }
        emit("")
    }

    /// A section heading inside a chapter: a route, a camp.
    mutating func subheading(_ text: String) { emit(markdown ? "### \(text)" : text.uppercased()) }

    mutating func lines(_ list: [PanelLine]) {
        for line in list {
            if markdown && line.role == .panelTitle && !line.text.hasPrefix(" ") && line.text == line.text.uppercased()
                && line.text.contains(where: \.isLetter) {
                emit("")
                emit("### " + line.text.capitalized)
            } else if markdown && line.role == .panelTitle {
                emit("**" + line.text + "**")
            } else {
                emit(line.text, prose: !line.citation && line.role != .panelTitle && !line.text.isEmpty)
            }
        }
    }

    mutating func table(_ header: [String], _ rows: [[String]]) {
        if markdown {
            emit("| " + header.joined(separator: " | ") + " |")
            emit("|" + header.map { _ in " --- |" }.joined())
            for row in rows { emit("| " + row.joined(separator: " | ") + " |") }
        } else {
            var widths = header.map { CharWidth.of($0) }
            for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], CharWidth.of(cell)) } }
            func pad(_ cells: [String]) -> String {
                cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - CharWidth.of(c)) }
                    .joined(separator: "  ").trimmingSpaces.description
            }
            emit(pad(header))
            emit(pad(widths.map { String(repeating: "-", count: $0) }))
            for row in rows { emit(pad(row)) }
        }
        emit("")
    }
}
