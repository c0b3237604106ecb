import TavleCore

/// Journal values as one short, safe line: `status: stable → crisis`, `notes: + "Hjemmebesøk …"`.
enum ValueText {
    /// The fields a `create` or `init` entry is summed up by (the rest: `tavle log --json`).
    static let createFields: Set<String> = ["name", "born", "intake", "mode", "status", "phase", "primaryContact", "language", "access"]

    /// One change; a note or contact that was taken back since is struck through and marked.
    static func change(_ c: FieldChange, retracted: [String: String] = [:]) -> String {
        // The field name comes from the journal file too, which may be foreign or damaged.
        let field = TextSafety.display(c.field)
        switch c.op {
        case .set:
            if let parts = narrowed(field, c.old, c.new) { return parts.joined(separator: "; ") }
            return field + ": " + value(c.old) + " → " + value(c.new)
        case .append:
            let items = c.new?.array ?? []
            return field + ": + " + items.map { item in
                guard c.field == "notes" || c.field == "contacts", let id = item.object?["id"]?.string, let mark = retracted[id] else {
                    return value(item)
                }
                return strike(value(item)) + " " + mark
            }.joined(separator: ", + ")
        }
    }

    /// A record or a list of records where only some inner fields changed (a setting in `rules`,
    /// a colleague's phone in `staff`): just those, as `rules.reviewIntervalDays: 180 → 200` or
    /// `staff[ole].phone: – → "900 00 002"`. Nil when the change is not of that shape.
    static func narrowed(_ field: String, _ old: JSONValue?, _ new: JSONValue?) -> [String]? {
        func inner(_ name: String, _ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String] {
            Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }.map {
                name + "." + TextSafety.display($0) + ": " + value(a[$0]) + " → " + value(b[$0])
            }
        }
        if let a = old?.object, let b = new?.object {
            let parts = inner(field, a, b)
            return parts.isEmpty || parts.count > 3 ? nil : parts
        }
        guard let a = old?.array, let b = new?.array, a.count == b.count else { return nil }
        var parts: [String] = []
        for (x, y) in zip(a, b) where x != y {
            guard let ox = x.object, let oy = y.object else { return nil }
            let name = field + "[" + TextSafety.display(oy["id"]?.string ?? ox["id"]?.string ?? "?") + "]"
            parts += inner(name, ox, oy)
        }
        return parts.isEmpty || parts.count > 3 ? nil : parts
    }

    /// Text struck through (a combining long stroke on every character), as terminals show it.
    static func strike(_ text: String) -> String {
        var out = ""
        for ch in text { out.append(ch); if ch != " " { out.unicodeScalars.append("\u{0336}") } }
        return out
    }

    /// A value in a few words: strings quoted, lists and records shortened to what names them.
    static func value(_ v: JSONValue?) -> String {
        guard let v else { return "–" }
        switch v {
        case .null: return "–"
        case .bool(let b): return b ? L.t(.showYes) : L.t(.showNo)
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .string(let s): return "\"" + TextSafety.display(s) + "\""
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
