import Foundation

/// Purging a youth (retention has run out) must also remove what the meetings said about them:
/// decision texts, plan places and what the four questions said is needed, in meeting files and in
/// the meeting entries of the journal.
/// Both are scrubbed with the same function, so replaying the scrubbed journal still gives the
/// scrubbed files. Kinds, times and seconds stay; the youth is named by its tombstone id.
extension Store {
    /// Event fields that hold free text about a youth.
    static let meetingTextKeys = ["text", "place"]

    /// A meeting journal entry with the purged youths' free text removed; nil when it has none.
    func scrubbedMeetingEntry(_ e: JournalEntry, tombs: PurgeTombstones) -> JournalEntry? {
        guard e.target == "meeting" else { return nil }
        var out = e
        out.changes = e.changes.map { c in
            // A `board` change is the list of ids itself; anything else may hold objects naming a youth.
            let f: (JSONValue) -> JSONValue = c.field == "board" ? { Store.renamed($0, tombs) } : { Store.scrub($0, tombs) }
            return FieldChange(field: c.field, op: c.op, old: c.old.map(f), new: c.new.map(f))
        }
        return out == e ? nil : out
    }

    /// Rewrites every meeting file that mentions a purged youth without their free text. Called by
    /// `purge` under its lock, after the journal is scrubbed; not journaled (that would write the
    /// text into the journal again as the old value), and the version stays.
    func scrubMeetingFiles(_ tombs: PurgeTombstones, mode: mode_t) throws(TavleError) {
        for m in try meetings().meetings {
            let before = try object(m)
            let after = Store.scrub(.object(before), tombs)
            guard after != .object(before), let o = after.object else { continue }
            let scrubbed = try decodeObject(Meeting.self, o, path: meetingPath(m.day))
            try FileIO.writeAtomically(try Coding.encodeFile(scrubbed), to: meetingPath(m.day),
                                       tempPath: tmpDir + "/scrub.\(m.day.iso).new", mode: mode)
        }
        // The youth under discussion on a meeting's shared screen, if it was one of them.
        for name in (try? FileIO.list(meetingsDir)) ?? [] where name.hasSuffix(".current") {
            let path = meetingsDir + "/" + name
            guard let bytes = try? FileIO.read(path, limit: 1 << 16), let v = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
                  let y = v.object?["youth"]?.string, tombs.ids[y] != nil else { continue }
            FileIO.unlink(path)
        }
    }

    /// Any object naming a purged youth (`"youth": id`) loses its free-text keys and names the
    /// tombstone, at any depth; a `board` list names the tombstones.
    static func scrub(_ v: JSONValue, _ tombs: PurgeTombstones) -> JSONValue {
        switch v {
        case .array(let a): return .array(a.map { scrub($0, tombs) })
        case .object(var o):
            if let y = o["youth"]?.string, tombs.ids[y] != nil {
                for k in meetingTextKeys { o[k] = nil }
                // The four answers stay (ok or concern: the figure counts them); what is needed is text.
                if var answers = o["answers"]?.object { answers["needs"] = nil; o["answers"] = .object(answers) }
                o["youth"] = .string(tombs.map(y))
            }
            if let board = o["board"] { o["board"] = renamed(board, tombs) }
            return .object(o.mapValues { scrub($0, tombs) })
        default: return v
        }
    }

    /// A list of youth ids with the purged ones named by their tombstones.
    static func renamed(_ v: JSONValue, _ tombs: PurgeTombstones) -> JSONValue {
        guard case .array(let a) = v else { return v }
        return .array(a.map { if let s = $0.string, tombs.ids[s] != nil { .string(tombs.map(s)) } else { $0 } })
    }
}
