import TavleCore

/// A one-line text entry: the text, a cursor between characters, and the edits a user makes.
/// Works on grapheme clusters, so æ, ø, å and a combined é are each one step for the cursor.
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// 0…count: the cursor sits before `characters[cursor]`.
    public private(set) var cursor: Int
    /// The most characters the field takes (a note is long; a time is 5).
    public let limit: Int

    public init(_ text: String = "", limit: Int = 2000) {
        self.limit = limit
        characters = Array(text.prefix(limit))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func insert(_ ch: Character) {
        // Typed or pasted control characters never reach the data (the core cleans them too).
        guard characters.count < limit, !ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return }
        characters.insert(ch, at: cursor)
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }
    public mutating func clear() { characters = []; cursor = 0 }

    /// What to draw in `width` columns so the cursor stays visible: the visible text and the
    /// cursor's column within it. Scrolls horizontally, never wraps.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        // Start far enough right that the text before the cursor fits, leaving one column for it.
        var start = cursor
        var used = 0
        while start > 0 {
            let w = DisplayWidth.of(characters[start - 1])
            if used + w > width - 1 { break }
            used += w
            start -= 1
        }
        var out = ""
        var cols = 0
        var cursorColumn = 0
        for i in start..<characters.count {
            if i == cursor { cursorColumn = cols }
            let w = DisplayWidth.of(characters[i])
            if cols + w > width { break }
            out.append(characters[i])
            cols += w
        }
        if cursor == characters.count { cursorColumn = min(cols, width - 1) }
        return (out, cursorColumn)
    }
}
