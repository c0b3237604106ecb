import TavleCore

/// Journal values as one short, safe line: `status: stable → crisis`, `notes: + "Hjemmebesøk …"`.
enum ValueText {
    /// The fields a `create` or `init` entry is summed up by (the rest: `tavle log --json`).
    static let createFields: Set<String> = ["name", "born", "intake", "mode", "status", "phase", "primaryContact", "language", "access"]

    static func change(_ c: FieldChange) -> String {
        // The field name comes from the journal file too, which may be foreign or damaged.
        let field = TextSafety.display(c.field)
        switch c.op {
        case .set:
            return field + ": " + value(c.old) + " → " + value(c.new)
        case .append:
            let items = c.new?.array ?? []
            return field + ": + " + items.map(value).joined(separator: ", + ")
        }
    }

    /// A value in a few words: strings quoted, lists and records shortened to what names them.
    static func value(_ v: JSONValue?) -> String {
        guard let v else { return "–" }
        switch v {
        case .null: return "–"
        case .bool(let b): return b ? L.t("show.yes") : L.t("show.no")
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s):
            // A line shows a few hundred characters at most: a long text (a whole note, goals
            // pasted from a letter) is cut before it is made safe, not after.
            if s.utf8.count > 2048 { return "\"" + TextSafety.display(String(s.prefix(500))) + "…\"" }
            return "\"" + TextSafety.display(s) + "\""
        case .array(let a): return "[" + a.map(value).joined(separator: ", ") + "]"
        case .object(let o):
            // Notes, contacts, plans and periods are named by their most telling fields.
            let telling = ["day", "time", "kind", "with", "reason", "party", "givenBy", "source", "service", "updated",
                           "expires", "text", "note", "plan", "place", "name"]
            let parts = telling.compactMap { k -> String? in
                guard let inner = o[k], inner != .null, inner != .string("") else { return nil }
                if case .string(let s) = inner { return TextSafety.display(s) }
                return value(inner)
            }
            if !parts.isEmpty { return parts.prefix(4).joined(separator: " · ") }
            return "{" + o.keys.sorted().map { TextSafety.display($0) + ": " + value(o[$0]) }.joined(separator: ", ") + "}"
        }
    }
}
