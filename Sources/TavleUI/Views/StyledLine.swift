import TavleCore

/// A line of text made of styled pieces, for views that build lists of lines (detail, help).
struct StyledLine: Equatable {
    var segments: [(String, CellStyle)]

    init(_ segments: [(String, CellStyle)] = []) { self.segments = segments }
    init(_ text: String, _ style: CellStyle = .plain) { segments = [(text, style)] }

    static let blank = StyledLine()

    static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.segments.count == b.segments.count && zip(a.segments, b.segments).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    var text: String { segments.map(\.0).joined() }

    /// Draws the line at (x, y), cut at `width` columns.
    func draw(into screen: inout Screen, x: Int, y: Int, width: Int) {
        var col = x
        for (text, style) in segments {
            let room = x + width - col
            if room <= 0 { break }
            let t = DisplayWidth.of(text) > room ? DisplayWidth.truncate(text, to: room) : text
            col += screen.put(t, x: col, y: y, style: style, maxWidth: room)
        }
    }
}
