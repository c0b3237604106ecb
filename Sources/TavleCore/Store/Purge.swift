import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension JournalEntry {
    /// Whether this entry's values were removed by a purge (only field names and dates remain).
    public var isTombstone: Bool { action == "purge" || changes.contains { $0.field == "purged" } }
}

extension Store {
    /// Discharged youths whose retention period (`team.retentionMonths`) has run out by `today`.
    public func purgeCandidates(today: Day) throws(TavleError) -> [Youth] {
        let team = try loadTeam()
        let all = try loadAllYouths()
        return all.youths.filter { y in
            guard y.phase == .discharged, let d = y.discharged else { return false }
            return d.adding(months: team.retentionMonths) <= today
        }.sorted { $0.id < $1.id }
    }

    /// Deletes the youths' files and replaces every value about them in the journal with a
    /// tombstone: the entries keep their id, dates, versions, actions and field names, and the
    /// values are gone. A final `purge` entry names who purged. Cannot be undone.
    public func purge(_ ids: [String], actor: Actor) throws(TavleError) {
        guard !ids.isEmpty else { return }
        try withLock { () throws(TavleError) -> Void in
            let team = try loadTeam()
            let mode = Store.fileMode(team.access)
            let now = Clock.now(zone: team.zone, environment: environment)
            let purged = Set(ids)
            for id in ids { _ = try loadYouth(id) }   // every one must exist and parse
            // Rewrite the journal line by line; lines about other records stay byte for byte.
            let bytes = try FileIO.read(journal.path, limit: 1 << 34)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let decoder = JSONDecoder()
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                guard !line.isEmpty else { continue }
                if var e = try? decoder.decode(JournalEntry.self, from: Data(line)), e.target == "youth", purged.contains(e.id) {
                    e.changes = e.changes.map { FieldChange(field: $0.field, op: $0.op, old: nil, new: nil) }
                        + [FieldChange(field: "purged", op: .set, old: nil, new: .string(now.iso))]
                    do { out += Array(try Journal.encoder.encode(e)) } catch { throw .badFile(path: journal.path, problem: "\(error)") }
                } else if let e = try? decoder.decode(JournalEntry.self, from: Data(line)),
                          let scrubbed = scrubbedMeetingEntry(e, purged: purged) {
                    do { out += Array(try Journal.encoder.encode(scrubbed)) } catch { throw .badFile(path: journal.path, problem: "\(error)") }
                } else {
                    out += line
                }
                out.append(0x0A)
            }
            for id in ids.sorted() {
                let version = (try loadYouth(id).version) + 1
                let entry = JournalEntry(at: now, staff: actor.staff, user: actor.unixUser, target: "youth", id: id,
                                         version: version, action: "purge", changes: [])
                do { out += Array(try Journal.encoder.encode(entry)) + [0x0A] } catch { throw .badFile(path: journal.path, problem: "\(error)") }
            }
            try FileIO.writeAtomically(out, to: journal.path, tempPath: tmpDir + "/journal.\(getpid()).new", mode: mode)
            // Before the youths' files go, so a purge interrupted here can simply be run again.
            try scrubMeetingFiles(purged: purged, mode: mode)
            for id in ids { FileIO.unlink(youthPath(id)) }
            try FileIO.fsyncDirectory(of: youthPath("x"))
            FileIO.unlink(indexPath)
        }
    }
}
