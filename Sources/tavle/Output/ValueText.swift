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
            if let parts = words.narrowed(field, c.field, c.old, c.new) { return parts.joined(separator: "; ") }
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
                // (A contact's arena after whom it was with; school or work by its status and day.)
                let telling = ["day", "time", "kind", "with", "arena", "status", "since", "reason", "party", "givenBy", "source",
                               "service", "updated", "expires", "text", "note", "plan", "place", "name"]
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

        /// A record or a list of records where only some inner fields changed (a setting in `rules`,
        /// a colleague's phone in `staff`, a slot of a rota pattern): just those, as `innstillinger,
        /// reviewIntervalDays: 180 → 200`, `teamet, OB, telefon: – → "900 00 002"` or
        /// `helligdagsmønster, bakvakt: [IS] → [PS]` (a setting by the key `tavle settings` takes, a
        /// colleague by initials, a rota slot by its weekday and shift, a detail in words). Nil when
        /// the change is not of that shape.
        func narrowed(_ field: String, _ raw: String, _ old: JSONValue?, _ new: JSONValue?) -> [String]? {
            if raw == "pattern" || raw == "holidayPattern" { return rotaSlots(field, old, new) }
            func inner(_ name: String, _ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String] {
                Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }.map { k in
                    let word = raw == "staff" ? StaffField(rawValue: k)?.label(L.lang) ?? JournalWords.staffRecordField(k, L.lang)
                        : raw == "consents" && k == "withdrawn" ? L.t(.logConsentWithdrawn) : nil
                    return name + ", " + TextSafety.display(word ?? k) + ": "
                        + value(a[k], key: k, parent: raw) + " → " + value(b[k], key: k, parent: raw)
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
                // A consent has no id: it is named by its party; a goal or a network entry by its number.
                var id = oy["id"]?.string ?? ox["id"]?.string ?? "?"
                if id == "?", let party = oy["party"]?.string { id = word(party, key: "party", parent: raw) ?? party }
                if id == "?", case .number(let n)? = oy["number"] { id = "#" + String(Int(n)) }
                let who = raw == "staff" ? StaffMember.tag(team.member(id)?.initials ?? oy["initials"]?.string ?? id) : id
                parts += inner(field + ", " + TextSafety.display(who), ox, oy)
            }
            return parts.isEmpty || parts.count > 3 ? nil : parts
        }

        /// The slots of a rota pattern that changed, added or emptied, each by its weekday and
        /// shift (`ukemønster, torsdag bakvakt: [MD] → –`). Nil when a slot is not of that shape.
        func rotaSlots(_ field: String, _ old: JSONValue?, _ new: JSONValue?) -> [String]? {
            func slots(_ v: JSONValue?) -> [(key: String, name: String, staff: JSONValue?)]? {
                guard let v, v != .null else { return [] }
                guard let items = v.array else { return nil }
                var out: [(key: String, name: String, staff: JSONValue?)] = []
                for item in items {
                    guard let o = item.object, let shift = o["shift"]?.string.flatMap(Shift.init(rawValue:)) else { return nil }
                    let day = o["weekday"]?.string.flatMap(Weekday.init(rawValue:))
                    out.append(((day?.rawValue ?? "") + "/" + shift.rawValue,
                                [day?.label(L.lang), shift.label(L.lang)].compactMap { $0 }.joined(separator: " "), o["staff"]))
                }
                return out
            }
            guard let a = slots(old), let b = slots(new) else { return nil }
            let before = Dictionary(a.map { ($0.key, $0) }) { x, _ in x }
            let after = Dictionary(b.map { ($0.key, $0) }) { x, _ in x }
            var parts: [String] = []
            for s in b + a.filter({ after[$0.key] == nil }) where before[s.key]?.staff != after[s.key]?.staff {
                guard !parts.contains(where: { $0.hasPrefix(field + ", " + s.name + ":") }) else { continue }
                parts.append(field + ", " + s.name + ": " + value(before[s.key]?.staff, key: "staff") + " → "
                             + value(after[s.key]?.staff, key: "staff"))
            }
            return parts.isEmpty ? nil : parts
        }

        /// A stored word the user knows by another name: a choice's label or a colleague's initials.
        func word(_ raw: String, key: String, parent: String?) -> String? {
            if JournalWords.staffKeys.contains(key), let m = team.member(raw) { return TextSafety.display(m.tag) }
            if raw.count == 10, let day = Day(parsing: raw) { return Format.day(day) }
            return JournalWords.choice(key: key, parent: parent, raw: raw, L.lang)
        }
    }
}
