import TavleCore

/// A colour a cell may ask for; the terminal backend maps it, or ignores it under NO_COLOR.
public enum CellColor: UInt8, Sendable, Equatable, CaseIterable {
    case normal, red, yellow, green, blue, cyan, magenta, gray
}

/// How a cell is drawn. Colour is never the only carrier of meaning: views add symbols too.
public struct CellStyle: Sendable, Equatable, Hashable {
    public var color: CellColor
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(color: CellColor = .normal, bold: Bool = false, reverse: Bool = false,
                dim: Bool = false, underline: Bool = false) {
        self.color = color; self.bold = bold; self.reverse = reverse; self.dim = dim; self.underline = underline
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(bold: true)
    public static let reverse = CellStyle(reverse: true)
    public static let dim = CellStyle(dim: true)
}


/// One screen cell. A wide character occupies its cell and marks the next as a continuation.
public struct Cell: Sendable, Equatable {
    /// The grapheme shown here; empty for the right half of a wide character.
    public var text: String
    public var style: CellStyle

    public init(_ text: String = " ", style: CellStyle = .plain) {
        self.text = text; self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }
}

/// A grid of cells: what a view function returns and what the terminal backend paints.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (text entry), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorStorage.map { (x: $0[0], y: $0[1]) } }
        set { cursorStorage = newValue.map { [$0.x, $0.y] } }
    }
    private var cursorStorage: [Int]?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at (x, y), cut cleanly at `maxWidth` columns (or the screen edge); never wraps.
    /// Returns the number of columns written. Control characters are shown escaped, never sent raw.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in TextSafety.display(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(String(ch), style: style)
                if w == 2 { self[col + 1, y] = Cell("", style: style) }
            }
            col += w
        }
        return col - x
    }

    /// Fills a run of cells with a style (e.g. the selected row's reverse bar).
    public mutating func fill(x: Int, y: Int, width w: Int, style: CellStyle, char: String = " ") {
        guard y >= 0, y < height, max(0, x) < min(width, x + w) else { return }
        for col in max(0, x)..<min(width, x + w) { self[col, y] = Cell(char, style: style) }
    }

    /// Applies `style` to the existing characters of a run (keeps the text).
    public mutating func restyle(x: Int, y: Int, width w: Int, style: CellStyle) {
        guard y >= 0, y < height, max(0, x) < min(width, x + w) else { return }
        for col in max(0, x)..<min(width, x + w) { cells[y * width + col].style = style }
    }

    /// The text of row `y` (continuation cells skipped), for tests and tmux-free checks.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for col in 0..<width where !self[col, y].isContinuation { s += self[col, y].text }
        return s
    }

    /// Every row as text, trailing spaces kept, joined by newlines.
    public var text: String { (0..<height).map { line($0) }.joined(separator: "\n") }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorStorage == b.cursorStorage
    }
}
