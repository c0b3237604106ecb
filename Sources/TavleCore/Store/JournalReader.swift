/// Journal entries read straight from their line's bytes (`FastRead`), without `JSONDecoder`:
/// its `Decodable` path for a change's values (`JSONValue`) tries each kind of value in turn and
/// throws on every miss, which was four fifths of `tavle log` and `tavle check` (a 93 MB journal
/// took 28 s to print; issue 29). Each reader takes exactly what the synthesized `Decodable`
/// would, plus the line's `seal`, and returns nil on anything else, so `Journal.decode` falls back
/// to `JSONDecoder` and its error in the user's words.
extension JournalEntry: FastReadable {
    static func read(_ s: inout JSONScanner) -> JournalEntry? {
        var schema: Int?, at: Timestamp?, staff: String?, user: String?, target: String?, id: String?, version: Int?
        var action: String?, changes: [FieldChange]?, change: String??, why: String??, undoes: String??, seal: String?
        let ok = s.object { key, s in
            switch key {
            case "schema": s.take(&schema)
            case "at": s.take(&at)
            case "staff": s.take(&staff)
            case "user": s.take(&user)
            case "target": s.take(&target)
            case "id": s.take(&id)
            case "version": s.take(&version)
            case "action": s.take(&action)
            case "changes": s.take(&changes)
            case "change": s.take(&change)
            case "why": s.take(&why)
            case "undoes": s.take(&undoes)
            case "seal": s.take(&seal)   // the chain's (`Chain`), not the entry's
            default: false
            }
        }
        guard ok, let schema, let at, let staff, let user, let target, let id, let version, let action, let changes else { return nil }
        var e = JournalEntry(at: at, staff: staff, user: user, target: target, id: id, version: version, action: action,
                             changes: changes, change: change ?? nil, why: why ?? nil, undoes: undoes ?? nil)
        e.schema = schema
        return e
    }
}

extension FieldChange: FastReadable {
    static func read(_ s: inout JSONScanner) -> FieldChange? {
        var field: String?, op: Op?, old: JSONValue??, new: JSONValue??
        let ok = s.object { key, s in
            switch key {
            case "field": s.take(&field)
            case "op": s.take(&op)
            case "old": s.take(&old)
            case "new": s.take(&new)
            default: false
            }
        }
        guard ok, let field, let op else { return nil }
        // Null for `old` or `new` is nil, as `decodeIfPresent` reads it.
        return FieldChange(field: field, op: op, old: old ?? nil, new: new ?? nil)
    }
}

extension FieldChange.Op: FastReadable {
    static func read(_ s: inout JSONScanner) -> FieldChange.Op? { s.string().flatMap(Self.init(rawValue:)) }
}

extension JSONValue: FastReadable {
    static func read(_ s: inout JSONScanner) -> JSONValue? { JSONValueParser.value(&s) }
}
