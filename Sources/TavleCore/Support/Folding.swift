import Foundation

/// Search folding: one key for a name however it is typed. The board's `/` search and the
/// command line's youth lookup both compare folded text, so `saebo` finds Sæbø and `oekland`
/// finds Økland in both.
///
/// Norwegian names are typed three ways on keyboards without æ, ø and å: with the letters,
/// with the old digraphs (ae, oe, aa) or with the bare vowel (Sabo, Okland, Braten). Folding
/// maps the letters and the digraphs to one form, so any of them matches:
/// æ → ae, ø → o, å → a, and the digraphs oe → o and aa → a (on both sides of a comparison, so
/// `Joel` still finds Joel). Case and other accents go (é → e, ü → u), and superscript digits
/// become digits (`KH²` → `kh2`).
public enum Folding {
    /// The folded form of `text`: lower case, without accents, æ/ø/å and their digraphs unified.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        func emit(_ s: Unicode.Scalar) {
            // oe → o and aa → a: the second letter of the digraph is dropped.
            if let p = previous, (p == "o" && s == "e") || (p == "a" && s == "a") {
                previous = nil
                return
            }
            out.append(s)
            previous = s
        }
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                emit(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : u)
                continue
            }
            switch v {
            case 0xE6, 0xC6, 0xE4, 0xC4: emit("a"); emit("e")   // æ Æ ä Ä
            case 0xF8, 0xD8, 0xF6, 0xD6: emit("o")              // ø Ø ö Ö
            case 0xE5, 0xC5: emit("a")                          // å Å
            case 0xB9: emit("1")
            case 0xB2: emit("2")
            case 0xB3: emit("3")
            case 0x2070, 0x2074...0x2079: emit(Unicode.Scalar(v - 0x2070 + 0x30)!)
            case 0x300...0x36F: continue                        // a combining accent on its own
            default:
                for f in String(Character(u)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars {
                    if f.value < 0x80 { emit(f.value >= 0x41 && f.value <= 0x5A ? Unicode.Scalar(f.value + 0x20)! : f) }
                    else if f.value == 0xE6 || f.value == 0xF8 || f.value == 0xE5 { for g in fold(String(f)).unicodeScalars { emit(g) } }
                    else if !(0x300...0x36F).contains(f.value) { emit(f) }
                }
            }
        }
        return String(out)
    }

    /// True when `query` occurs anywhere in `text`, both folded (an empty query matches).
    public static func contains(_ text: String, _ query: String) -> Bool {
        let q = fold(query)
        return q.isEmpty || fold(text).contains(q)
    }

    /// True when folded `text` starts with folded `query`.
    public static func hasPrefix(_ text: String, _ query: String) -> Bool {
        fold(text).hasPrefix(fold(query))
    }

    /// True when `query` starts the name or one of its words, folded (`kari`, `hansen`, `saebo`):
    /// how the command line finds a youth by name.
    public static func matchesPrefix(_ query: String, of name: String) -> Bool {
        let q = fold(query.trimmingCharacters(in: .whitespaces))
        guard !q.isEmpty else { return false }
        let f = fold(name)
        if f.hasPrefix(q) { return true }
        return f.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0.hasPrefix(q) }
    }
}
