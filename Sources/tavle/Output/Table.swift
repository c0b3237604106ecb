import TavleCore

/// A plain-text table fitted to a width: columns as wide as their widest cell; when the line
/// would be too long the gaps narrow, then the flexible columns (names, reasons) are cut with `…`,
/// the lowest `shrinkOrder` first.
struct Table {
    struct Column {
        var header: String
        var alignRight = false
        /// Nil for a fixed column; flexible columns shrink in this order (0 first).
        var shrinkOrder: Int?
        var minWidth = 6

        init(header: String, alignRight: Bool = false, shrinkOrder: Int? = nil, minWidth: Int = 6) {
            self.header = header; self.alignRight = alignRight; self.shrinkOrder = shrinkOrder; self.minWidth = minWidth
        }
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// The lines: a header, then one line per row. Cells must already be display-safe.
    func render(width: Int, indent: Int = 2) -> [String] {
        var widths = columns.enumerated().map { i, c in
            rows.reduce(DisplayWidth.of(c.header)) { max($0, DisplayWidth.of(i < $1.count ? $1[i] : "")) }
        }
        let gaps = max(0, columns.count - 1)
        let natural = indent + widths.reduce(0, +)
        let gap = natural + 2 * gaps <= width ? 2 : 1
        var total = natural + gap * gaps
        for order in Set(columns.compactMap(\.shrinkOrder)).sorted() where total > width {
            while total > width {
                let candidates = columns.indices.filter { columns[$0].shrinkOrder == order && widths[$0] > columns[$0].minWidth }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                total -= 1
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, c) in columns.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                parts.append(DisplayWidth.pad(cell, to: widths[i], alignRight: c.alignRight))
            }
            let text = String(repeating: " ", count: indent) + parts.joined(separator: String(repeating: " ", count: gap))
            // Trailing spaces cut on the bytes: reversing Characters costs a grapheme walk per line.
            let u = text.utf8
            var end = u.endIndex
            while end > u.startIndex, u[u.index(before: end)] == UInt8(ascii: " ") { end = u.index(before: end) }
            return String(text[..<end])
        }
        return [line(columns.map(\.header))] + rows.map(line)
    }
}
