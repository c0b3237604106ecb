import Foundation

extension Store {
    /// Undoes a journaled change to a youth, as a new journaled change (the journal only grows).
    /// Fields set by the change go back to their old values; entries it appended are removed.
    /// If someone has changed one of those fields since, it is a conflict and nothing changes.
    @discardableResult
    public func undo(_ entry: JournalEntry, actor: Actor) throws(TavleError) -> Youth {
        guard entry.target == "youth", entry.action != "create" else {
            throw .refused(LocalizedMessage(.refuseCannotUndo))
        }
        return try withLock { () throws(TavleError) -> Youth in
            let current = try loadYouth(entry.id)
            var record = try object(current)
            for c in entry.changes {
                if let v = current.fieldVersions[c.field], v > entry.version {
                    throw .conflict(youth: entry.id, field: c.field, by: current.fieldAuthors[c.field] ?? "?", version: v)
                }
                switch c.op {
                case .set:
                    record[c.field] = c.old
                case .append:
                    let added = Set((c.new?.array ?? []).compactMap { $0.object?["id"]?.string })
                    let kept = (record[c.field]?.array ?? []).filter { item in
                        guard let id = item.object?["id"]?.string else { return true }
                        return !added.contains(id)
                    }
                    record[c.field] = .array(kept)
                }
            }
            var restored: Youth
            do {
                restored = try JSONDecoder().decode(Youth.self, from: JSONEncoder().encode(JSONValue.object(record)))
            } catch {
                throw .badFile(path: youthPath(entry.id), problem: Coding.describe(error))
            }
            // lastContact is derived: recompute it from what remains.
            restored.lastContact = restored.contacts.map(\.at).max()
            return try commitYouth(old: current, new: restored, basedOn: nil, actor: actor, action: "undo")
        }
    }

    /// The last change `actor` made to any youth in this data directory since `offset` (a
    /// session's start), for the board's `u`. Reads only the journal written since then.
    public func lastChange(by actor: Actor, since offset: Int64) -> JournalEntry? {
        guard let tail = try? journal.read(from: offset) else { return nil }
        return tail.entries.last { $0.target == "youth" && $0.staff == actor.staff && $0.user == actor.unixUser
            && $0.action != "undo" && $0.action != "create" }
    }
}
