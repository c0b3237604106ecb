import Foundation

/// How a typed name is compared with a stored one, so that people can type Norwegian names on any
/// keyboard: case and accents do not matter, and `æ ø å` may be typed `ae oe aa` or `a o a`
/// (`saebo` finds Sæbø, `oekland` and `okland` find Økland). One definition, used by the command
/// line's youth lookup and the board's search.
public enum Folding {
    /// The spellings a name can be typed as: with `æ ø å` written out (`saeboe`) and with each
    /// reduced to one letter (`sabo`), both lower-case and without accents.
    public static func forms(_ text: String) -> [String] {
        let double = fold(text, single: false)
        let single = fold(text, single: true)
        return double == single ? [double] : [double, single]
    }

    /// What a person typed, folded the same way (`æ ø å` written out).
    public static func query(_ text: String) -> String { fold(text, single: false) }

    /// Whether `query` starts the name or any of its words (`kari`, `hansen`, `saebo`).
    public static func matchesPrefix(_ query: String, of name: String) -> Bool {
        let q = Folding.query(query).trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return false }
        for form in forms(name) {
            if form.hasPrefix(q) { return true }
            for word in form.split(whereSeparator: { $0 == " " || $0 == "-" }) where word.hasPrefix(q) { return true }
        }
        return false
    }

    /// Whether `query` occurs anywhere in `text` (the board's search narrows by this).
    public static func contains(_ query: String, in text: String) -> Bool {
        let q = Folding.query(query)
        guard !q.isEmpty else { return true }
        return forms(text).contains { $0.contains(q) }
    }

    static func fold(_ text: String, single: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.lowercased() {
            switch ch {
            case "æ": out += single ? "a" : "ae"
            case "ø", "ö": out += single ? "o" : "oe"
            case "å": out += single ? "a" : "aa"
            case "ä": out += single ? "a" : "ae"
            case "ü": out += single ? "u" : "ue"
            default:
                if ch.isASCII { out.append(ch); continue }
                // Other accents are dropped (é → e).
                let plain = String(ch).folding(options: .diacriticInsensitive, locale: nil)
                out += plain
            }
        }
        return out
    }
}
