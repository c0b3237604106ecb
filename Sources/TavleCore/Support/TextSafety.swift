/// Neutralises text that could drive a terminal: escape sequences, C0/C1 controls,
/// bidi overrides and invisible characters (see kubectl CVE-2021-25743, git's sideband).
public enum TextSafety {
    /// Cleans text a user typed or imported before it is stored: control characters become
    /// their visible caret form (ESC → `^[`), tabs become spaces. Newlines are kept only when
    /// `multiline` is true (notes); otherwise they become spaces.
    public static func clean(_ text: String, multiline: Bool = false) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A where multiline: out.unicodeScalars.append(s)
            case 0x09, 0x0A, 0x0D: out.unicodeScalars.append(" ")
            default: out += visible(s)
            }
        }
        return out
    }

    /// Text made safe to print on a terminal, on one line: every control, bidi override and
    /// zero-width character is shown as harmless visible text.
    public static func display(_ text: String) -> String {
        // Fast path: plain printable text needs no copy.
        if text.unicodeScalars.allSatisfy({ isPlain($0) }) { return text }
        var out = ""
        for s in text.unicodeScalars {
            if s.value == 0x0A || s.value == 0x09 { out += " "; continue }
            out += visible(s)
        }
        return out
    }

    /// Like `display`, but keeps newlines (for multi-line CLI output such as a note's text).
    public static func displayMultiline(_ text: String) -> String {
        // One line (nearly every field a listing prints): no splitting and joining.
        if !text.utf8.contains(0x0A) { return display(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { display(String($0)) }.joined(separator: "\n")
    }

    @inline(__always)
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return true }
        if v < 0xA0 { return false }           // C0, DEL, C1
        return !isInvisible(v)
    }

    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x00AD,
             0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    static func visible(_ s: Unicode.Scalar) -> String {
        let v = s.value
        switch v {
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F: return "^?"
        case 0x80..<0xA0: return "<U+" + hex(v) + ">"
        default:
            if isInvisible(v) { return "<U+" + hex(v) + ">" }
            return String(s)
        }
    }

    static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
