import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension JournalEntry {
    /// Whether this entry's values were removed by a purge (only field names and dates remain).
    public var isTombstone: Bool { action == "purge" || changes.contains { $0.field == "purged" } }
}

extension Store {
    /// Discharged youths whose retention period (`team.retentionMonths`) has run out by `today`,
    /// as board summaries (no notes or contacts): from the board index, so a dry run holds no
    /// youth's file in memory and reads none it need not.
    public func purgeCandidates(today: Day) throws(TavleError) -> [Youth] {
        let team = try loadTeam()
        return try loadBoard(today: today).youths.filter { y in
            guard y.phase == .discharged, let d = y.discharged else { return false }
            return d.adding(months: team.retentionMonths) <= today
        }.sorted { $0.id < $1.id }
    }

    /// Deletes the youths' files and replaces every value about them in the journal with a
    /// tombstone: the entries keep their id, dates, versions, actions and field names, and the
    /// values are gone. A final `purge` entry names who purged. Cannot be undone.
    ///
    /// Order: the board index (which holds names) goes first, then the journal is rewritten a
    /// line at a time into a temp file and renamed over the old one — the commit point — then the
    /// meeting files are scrubbed and the youths' files removed. A failure before the rename
    /// changed nothing; after it the purge is done, and what is left is finished by the next
    /// writer (`finishPurge`), so no message may say "nothing was changed".
    public func purge(_ ids: [String], actor: Actor) throws(TavleError) {
        guard !ids.isEmpty else { return }
        try withLock { () throws(TavleError) -> Void in
            let team = try loadTeam()
            let mode = Store.fileMode(team.access)
            let now = Clock.now(zone: team.zone, environment: environment)
            let purged = Set(ids)
            var versions: [String: Int] = [:]
            for id in ids { versions[id] = try loadYouth(id).version }   // every one must exist and parse
            if FileIO.unlink(indexPath) == 0 { try FileIO.fsyncDirectory(of: indexPath) }
            let temp = tmpDir + "/journal.\(getpid()).new"
            try rewriteJournal(to: temp, purged: purged, at: now, mode: mode) { () throws(TavleError) -> [UInt8] in
                var tail: [UInt8] = []
                for id in ids.sorted() {
                    tail += try Journal.line(JournalEntry(at: now, staff: actor.staff, user: actor.unixUser, target: "youth", id: id,
                                                          version: versions[id]! + 1, action: "purge", changes: []))
                }
                return tail
            }
            do throws(TavleError) {
                try FileIO.commit(tempPath: temp, to: journal.path)
            } catch {
                if case .io = error { FileIO.unlink(temp); throw error }   // not renamed: nothing changed
                stop(error); throw error                                    // renamed, not durable: done
            }
            do throws(TavleError) {
                try removePurged(ids, mode: mode)
            } catch {
                let told: TavleError = switch error {
                case .io(let p, "fsync", let e): .notDurable(path: p, errno: e)
                case .io(let p, _, let e): .unfinished(path: p, errno: e)
                default: error
                }
                stop(told); throw told
            }
        }
    }

    /// Writes the journal with the purged youths' values (and their meeting text) removed and
    /// `tail` appended, a line at a time (memory stays bounded whatever the journal's size).
    /// Lines about anyone else are copied byte for byte.
    private func rewriteJournal(to temp: String, purged: Set<String>, at now: Timestamp, mode: mode_t,
                                tail: () throws(TavleError) -> [UInt8]) throws(TavleError) {
        let fd = try FileIO.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: mode, operation: "create")
        var ok = false
        defer { if !ok { close(fd); FileIO.unlink(temp) } }
        guard fchmod(fd, mode) == 0 else { throw .io(path: temp, operation: "chmod", errno: errno) }
        let decoder = JSONDecoder()
        // Only lines that can concern a purged youth are decoded; the rest are copied as they are.
        let needles = purged.map { Array("\"id\":\"\($0)\"".utf8) } + [Array("\"target\":\"meeting\"".utf8)]
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        try journal.forEachLine { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            var written = false
            if needles.contains(where: { Store.contains(line, $0) }), case .success(var e) = Journal.decode(line, decoder: decoder) {
                if e.target == "youth", purged.contains(e.id) {
                    e.changes = e.changes.map { FieldChange(field: $0.field, op: $0.op, old: nil, new: nil) }
                        + [FieldChange(field: "purged", op: .set, old: nil, new: .string(now.iso))]
                    out += try Journal.line(e)
                    written = true
                } else if let scrubbed = scrubbedMeetingEntry(e, purged: purged) {
                    out += try Journal.line(scrubbed)
                    written = true
                }
            }
            if !written { out += line; out.append(0x0A) }
            if out.count >= 1 << 20 { try FileIO.writeAll(fd, out, path: temp); out.removeAll(keepingCapacity: true) }
        }
        out += try tail()
        try FileIO.writeAll(fd, out, path: temp)
        guard fsync(fd) == 0 else { throw .io(path: temp, operation: "fsync", errno: errno) }
        ok = true
        guard close(fd) == 0 else { let e = errno; FileIO.unlink(temp); throw .io(path: temp, operation: "close", errno: e) }
    }

    /// After the journal says they are purged: the meeting files scrubbed, the files removed.
    private func removePurged(_ ids: [String], mode: mode_t) throws(TavleError) {
        try scrubMeetingFiles(purged: Set(ids), mode: mode)
        for id in ids {
            let e = FileIO.unlink(youthPath(id))
            if e != 0 && e != ENOENT { throw .io(path: youthPath(id), operation: "unlink", errno: e) }
        }
        try FileIO.fsyncDirectory(of: youthPath("x"))
        if FileIO.unlink(indexPath) == 0 { try FileIO.fsyncDirectory(of: indexPath) }
    }

    /// Finishes a purge stopped after its journal was rewritten (called under the lock by
    /// `recover`): the journal ends with its `purge` entries, and any of those youths' files still
    /// there is removed (the index first, then the meetings scrubbed again).
    func finishPurge() throws(TavleError) {
        guard let last = journal.lastEntry(), last.action == "purge", last.target == "youth" else { return }
        let size = journal.size()
        var window: Int64 = 64 * 1024
        var trailing: [String] = []
        while true {
            let entries = try journal.read(from: max(0, size - window)).entries
            let run = entries.reversed().prefix { $0.action == "purge" && $0.target == "youth" }
            if run.count < entries.count || size - window <= 0 { trailing = run.map(\.id); break }
            window *= 4
        }
        let left = trailing.filter { FileIO.status(youthPath($0)) != nil }
        guard !left.isEmpty else { return }
        if FileIO.unlink(indexPath) == 0 { try FileIO.fsyncDirectory(of: indexPath) }
        try removePurged(left, mode: Store.fileMode((try? loadTeam().access) ?? .private))
    }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
