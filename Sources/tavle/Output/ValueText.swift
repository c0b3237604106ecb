import TavleCore

/// Journal values as one short, safe line in the user's words: `status: stabil → krise`,
/// `notater: + "Hjemmebesøk …"`; colleagues by their initials.
enum ValueText {
    /// The fields a `create` or `init` entry is summed up by (the rest: `tavle log --json`).
    static let createFields: Set<String> = ["name", "born", "intake", "mode", "status", "phase", "primaryContact", "language", "access"]

    /// One change; a note or contact that was taken back since is struck through and marked.
    static func change(_ c: FieldChange, target: String = "youth", team: Team, retracted: [String: String] = [:]) -> String {
        // The field name comes from the journal file too, which may be foreign or damaged.
        let field = TextSafety.display(JournalWords.field(c.field, target: target, L.lang))
        let words = Words(team: team)
        switch c.op {
        case .set:
            return field + ": " + words.value(c.old, key: c.field) + " → " + words.value(c.new, key: c.field)
        case .append:
            let items = c.new?.array ?? []
            return field + ": + " + items.map { item in
                guard c.field == "notes" || c.field == "contacts", let id = item.object?["id"]?.string, let mark = retracted[id] else {
                    return words.value(item, key: c.field)
                }
                return strike(words.value(item, key: c.field)) + " " + mark
            }.joined(separator: ", + ")
        }
    }

    /// Text struck through (a combining long stroke on every character), as terminals show it.
    static func strike(_ text: String) -> String {
        var out = ""
        for ch in text { out.append(ch); if ch != " " { out.unicodeScalars.append("\u{0336}") } }
        return out
    }

    /// Values in the user's words: a stored choice by its label, a colleague by initials.
    struct Words {
        let team: Team

        /// A value in a few words under `key` (the field or record key it is stored at); `parent` is
        /// the list it belongs to. Strings are quoted, lists and records shortened to what names them.
        func value(_ v: JSONValue?, key: String, parent: String? = nil) -> String {
            guard let v else { return "–" }
            switch v {
            case .null: return "–"
            case .bool(let b): return b ? L.t(.showYes) : L.t(.showNo)
            case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
            case .string(let s):
                if let w = word(s, key: key, parent: parent) { return w }
                // A line shows a few hundred characters at most: a long text (a whole note, goals
                // pasted from a letter) is cut before it is made safe, not after.
                if s.utf8.count > 2048 { return "\"" + TextSafety.display(String(s.prefix(500))) + "…\"" }
                return "\"" + TextSafety.display(s) + "\""
            case .array(let a): return "[" + a.map { value($0, key: key, parent: parent) }.joined(separator: ", ") + "]"
            case .object(let o):
                // Notes, contacts, plans and periods are named by their most telling fields.
                let telling = ["day", "time", "kind", "with", "reason", "party", "givenBy", "source", "service", "updated",
                               "expires", "text", "note", "plan", "place", "name"]
                let parts = telling.compactMap { k -> String? in
                    guard let inner = o[k], inner != .null, inner != .string("") else { return nil }
                    if case .string(let s) = inner, s.utf8.count <= 2048 { return word(s, key: k, parent: key) ?? TextSafety.display(s) }
                    return value(inner, key: k, parent: key)
                }
                if !parts.isEmpty { return parts.prefix(4).joined(separator: " · ") }
                return "{" + o.keys.sorted().map { TextSafety.display($0) + ": " + value(o[$0], key: $0, parent: key) }
                    .joined(separator: ", ") + "}"
            }
        }

        /// A stored word the user knows by another name: a choice's label or a colleague's initials.
        func word(_ raw: String, key: String, parent: String?) -> String? {
            if JournalWords.staffKeys.contains(key), let m = team.member(raw) { return TextSafety.display(m.initials) }
            if raw.count == 10, let day = Day(parsing: raw) { return Format.day(day) }
            return JournalWords.choice(key: key, parent: parent, raw: raw, L.lang)
        }
    }
}
