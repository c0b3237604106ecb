import Foundation

/// Purging a youth (retention has run out) must also remove what the meetings said about them:
/// decision texts and plan places in meeting files and in the meeting entries of the journal.
/// Both are scrubbed with the same function, so replaying the scrubbed journal still gives the
/// scrubbed files. Ids, kinds, times and seconds stay, like the tombstones of a purged youth.
extension Store {
    /// Event fields that hold free text about a youth.
    static let meetingTextKeys = ["text", "place"]

    /// A meeting journal entry with the purged youths' free text removed; nil when it has none.
    func scrubbedMeetingEntry(_ e: JournalEntry, purged: Set<String>) -> JournalEntry? {
        guard e.target == "meeting" else { return nil }
        var out = e
        out.changes = e.changes.map { c in
            FieldChange(field: c.field, op: c.op, old: c.old.map { Store.scrub($0, purged) }, new: c.new.map { Store.scrub($0, purged) })
        }
        return out == e ? nil : out
    }

    /// Rewrites every meeting file that mentions a purged youth without their free text. Called by
    /// `purge` under its lock, after the journal is scrubbed; not journaled (that would write the
    /// text into the journal again as the old value), and the version stays.
    func scrubMeetingFiles(purged: Set<String>, mode: mode_t) throws(TavleError) {
        for m in try meetings().meetings {
            let before = try object(m)
            let after = Store.scrub(.object(before), purged)
            guard after != .object(before), let o = after.object else { continue }
            let scrubbed = try decodeObject(Meeting.self, o, path: meetingPath(m.day))
            try FileIO.writeAtomically(try Coding.encodeFile(scrubbed), to: meetingPath(m.day),
                                       tempPath: tmpDir + "/scrub.\(m.day.iso).new", mode: mode)
        }
    }

    /// Any object naming a purged youth (`"youth": id`) loses its free-text keys, at any depth.
    static func scrub(_ v: JSONValue, _ purged: Set<String>) -> JSONValue {
        switch v {
        case .array(let a): return .array(a.map { scrub($0, purged) })
        case .object(var o):
            if let y = o["youth"]?.string, purged.contains(y) { for k in meetingTextKeys { o[k] = nil } }
            return .object(o.mapValues { scrub($0, purged) })
        default: return v
        }
    }
}
