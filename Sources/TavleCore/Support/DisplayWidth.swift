/// Terminal column width of characters, independent of the C locale (tests run without one).
public enum DisplayWidth {
    /// Columns a character takes: 0 for combining marks, 2 for East Asian wide and emoji, else 1.
    public static func of(_ ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if ch.unicodeScalars.count > 1, ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if isCombining(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Columns a whole string takes.
    public static func of(_ s: String) -> Int { plainColumns(s) ?? ofCharacters(s) }

    /// The columns of plain text, read from its UTF-8 bytes: nil for any other text. Plain is
    /// every scalar printable and below U+0300 (most names, every date and number): one column
    /// each, never combining, so no grapheme walk is needed. Below U+0300 is a lead byte below
    /// 0xCC; the unprintable U+0080–U+009F are 0xC2 0x80–0x9F.
    public static func plainColumns(_ s: String) -> Int? {
        var n = 0, afterC2 = false
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || b >= 0xCC || (afterC2 && b < 0xA0) { return nil }
            afterC2 = b == 0xC2
            if b & 0xC0 != 0x80 { n += 1 }
        }
        return n
    }

    static func ofCharacters(_ s: String) -> Int {
        var n = 0
        for ch in s { n += of(ch) }
        return n
    }

    /// The string cut to at most `width` columns, with `…` when it was cut.
    public static func truncate(_ s: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        var out = ""
        var used = 0
        let room = ellipsis ? width - 1 : width
        for ch in s {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch); used += w
        }
        return ellipsis ? out + "…" : out
    }

    /// The string padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(s, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(t)))
        return alignRight ? fill + t : t + fill
    }

    static func isCombining(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
             0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0x1AB0...0x1AFF,
             0x1DC0...0x1DFF:
            return true
        default:
            return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1F680...0x1F6FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
