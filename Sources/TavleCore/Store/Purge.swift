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
        try purgeCandidatesAndProblems(today: today).youths
    }

    /// The candidates, and the youth files that could not be read: one of those may be past its
    /// retention period too, and a purge must say it could not tell (it said nothing).
    public func purgeCandidatesAndProblems(today: Day) throws(TavleError) -> (youths: [Youth], unreadable: [LoadProblem]) {
        let team = try loadTeam()
        let board = try loadBoard(today: today, openDecisions: false)
        let youths = board.youths.filter { y in
            guard y.phase == .discharged, let d = y.discharged else { return false }
            return d.adding(months: team.retentionMonths) <= today
        }.sorted { $0.id < $1.id }
        return (youths, board.problems)
    }

    /// Deletes the youths' files and replaces every value about them in the journal with a
    /// tombstone: the entries keep their dates, versions, actions and field names, the values are
    /// gone, and the youth's id becomes an opaque tombstone id (`PurgeTombstones`) in the journal,
    /// the meetings and the access log. A final `purge` entry names who purged. Cannot be undone.
    ///
    /// Order: the board index (which holds names) goes first, then the journal is rewritten a
    /// line at a time into a temp file and renamed over the old one — the commit point — then the
    /// meeting files are scrubbed and the youths' files removed. A failure before the rename
    /// changed nothing; after it the purge is done, and what is left is finished by the next
    /// writer (`finishPurge`), so no message may say "nothing was changed".
    ///
    /// Returns the files in `backups/` it could not rewrite (unreadable to this user, too large,
    /// or not readable as a backup although they say they are one): the purged youths may still
    /// be in them, and the caller must say so.
    @discardableResult
    public func purge(_ ids: [String], actor: Actor) throws(TavleError) -> [String] {
        guard !ids.isEmpty else { return [] }
        return try withLock { () throws(TavleError) -> [String] in
            let team = try loadTeam()
            let mode = Store.fileMode(team.access)
            let now = Clock.now(zone: team.zone, environment: environment)
            // Every one must exist and parse: a youth, or a referral that never became one.
            var versions: [String: Int] = [:], targets: [String: String] = [:]
            for id in ids {
                if FileIO.status(youthPath(id)) == nil, FileIO.status(referralPath(id)) != nil {
                    versions[id] = try loadReferral(id).version; targets[id] = "referral"
                } else {
                    versions[id] = try loadYouth(id).version; targets[id] = "youth"
                }
            }
            let tombs = PurgeTombstones.make(for: ids) { FileIO.status(youthPath($0)) != nil || FileIO.status(referralPath($0)) != nil }
            if FileIO.unlink(indexPath) == 0 { try FileIO.fsyncDirectory(of: indexPath) }
            if FileIO.unlink(indexNamesPath) == 0 { try FileIO.fsyncDirectory(of: indexNamesPath) }
            // The journal's offsets name the purged youths' ids: gone too (rebuilt by the next `log ID`).
            if FileIO.unlink(journalOffsetsPath) == 0 { try FileIO.fsyncDirectory(of: journalOffsetsPath) }
            try writePurgePending(tombs, mode: mode)
            let temp = tmpDir + "/journal.\(getpid()).new"
            do throws(TavleError) {
                try rewriteJournal(to: temp, tombs: tombs, at: now, mode: mode, actor: actor) { () throws(TavleError) -> [UInt8] in
                    var tail: [UInt8] = []
                    for id in ids.sorted() {
                        tail += try Journal.line(JournalEntry(at: now, staff: actor.staff, user: actor.unixUser, target: targets[id]!,
                                                              id: tombs.map(id), version: versions[id]! + 1, action: "purge", changes: []))
                    }
                    return tail
                }
            } catch {
                FileIO.unlink(temp); FileIO.unlink(purgePendingPath); throw error   // nothing changed
            }
            do throws(TavleError) {
                try FileIO.commit(tempPath: temp, to: journal.path)
            } catch {
                if case .io = error { FileIO.unlink(temp); FileIO.unlink(purgePendingPath); throw error }   // not renamed: nothing changed
                stop(error); throw error                                    // renamed, not durable: done
            }
            do throws(TavleError) {
                return try removePurged(tombs, mode: mode)
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
    /// Lines about anyone else keep their content. The chain is checked as the old journal is read
    /// (a break refuses the purge: resealing would hide it), the new journal is sealed from its
    /// first line, and a `seal` entry records the old head and the new one (`Chain`).
    func rewriteJournal(to temp: String, tombs: PurgeTombstones, at now: Timestamp, mode: mode_t, actor: Actor,
                                tail: () throws(TavleError) -> [UInt8]) throws(TavleError) {
        let fd = try FileIO.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: mode, operation: "create")
        var ok = false
        defer { if !ok { close(fd); FileIO.unlink(temp) } }
        guard fchmod(fd, mode) == 0 else { throw .io(path: temp, operation: "chmod", errno: errno) }
        let decoder = JSONDecoder()
        // Only lines that can concern a purged youth are decoded; the rest are copied as they are.
        let needles = tombs.purged.map { Array("\"id\":\"\($0)\"".utf8) } + [Array("\"target\":\"meeting\"".utf8)]
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var old = Chain.Walker(), sealer = Chain.Sealer(), number = 0
        let path = journal.path
        try journal.forEachLine { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            number += 1
            if case .broken = old.next(line) { throw .refused(LocalizedMessage(.refuseChainBroken, [path, String(number)])) }
            var written = false
            if needles.contains(where: { Store.contains(line, $0) }), case .success(let e) = Journal.decode(line, decoder: decoder),
               let scrubbed = scrubbedEntry(e, tombs: tombs, at: now) {
                sealer.add(try Journal.line(scrubbed), to: &out)
                written = true
            }
            if !written { sealer.add(line, to: &out) }
            if out.count >= 1 << 20 { try FileIO.writeAll(fd, out, path: temp); out.removeAll(keepingCapacity: true) }
        }
        for line in try tail().split(separator: 0x0A, omittingEmptySubsequences: true) { sealer.add(line, to: &out) }
        sealer.add(try Journal.line(Store.sealEntry(before: old.head, after: sealer.head, at: now, actor: actor)), to: &out)
        try FileIO.writeAll(fd, out, path: temp)
        guard fsync(fd) == 0 else { throw .io(path: temp, operation: "fsync", errno: errno) }
        ok = true
        guard close(fd) == 0 else { let e = errno; FileIO.unlink(temp); throw .io(path: temp, operation: "close", errno: e) }
    }

    /// After the journal says they are purged: the meeting files and the access log name the
    /// tombstones, drafts and backups lose them, the files are removed, and last the pending map.
    /// Returns the backups it could not rewrite (`rewriteBackups`).
    private func removePurged(_ tombs: PurgeTombstones, mode: mode_t) throws(TavleError) -> [String] {
        try scrubMeetingFiles(tombs, mode: mode)
        removePurgedDrafts(tombs.purged)
        try rewriteAccessLog(tombs, mode: mode)
        let skipped = try rewriteBackups(tombs)
        var referrals = false
        for id in tombs.ids.keys.sorted() {
            for path in [youthPath(id), referralPath(id)] {
                let e = FileIO.unlink(path)
                if e != 0 && e != ENOENT { throw .io(path: path, operation: "unlink", errno: e) }
                if e == 0, path == referralPath(id) { referrals = true }
            }
        }
        try FileIO.fsyncDirectory(of: youthPath("x"))
        if referrals { try FileIO.fsyncDirectory(of: referralPath("x")) }
        if FileIO.unlink(indexPath) == 0 { try FileIO.fsyncDirectory(of: indexPath) }
        if FileIO.unlink(indexNamesPath) == 0 { try FileIO.fsyncDirectory(of: indexNamesPath) }
        if FileIO.unlink(journalOffsetsPath) == 0 { try FileIO.fsyncDirectory(of: journalOffsetsPath) }
        if FileIO.unlink(purgePendingPath) == 0 { try FileIO.fsyncDirectory(of: purgePendingPath) }
        return skipped
    }

    /// The largest backup a purge reads whole to rewrite it.
    static let backupRewriteLimit = 1 << 30

    /// Files in `backups/` a purge could not rewrite, found without reading them (a dry run stays
    /// small): those this user cannot open, and those over `backupRewriteLimit`. A colleague's
    /// backup made at 0600 by an older tavle is the usual one. Their paths, sorted.
    public func backupsPurgeCannotRead() -> [String] {
        let dir = root + "/backups"
        guard let names = try? FileIO.list(dir) else { return [] }
        return names.sorted().map { dir + "/" + $0 }.filter { path in
            guard let st = FileIO.status(path), st.st_mode & S_IFMT == S_IFREG else { return false }
            if st.st_size > Store.backupRewriteLimit { return true }
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            if fd < 0 { return true }
            close(fd)
            return false
        }
    }

    /// Every backup under the data directory (`backups/`, where `migrate` writes one, or any other
    /// file there that is a tavle backup) is rewritten without the purged youths: their files are
    /// dropped, the journal inside gets the same tombstones as the live one, meeting files lose
    /// their text and name the tombstones, access-log lines name the tombstones, drafts about them
    /// go. Replaced in one step, mode kept. Returns the files it had to leave as they are although
    /// they may be backups: unreadable, too large, or saying `tavle-backup` without being one.
    private func rewriteBackups(_ tombs: PurgeTombstones) throws(TavleError) -> [String] {
        let purged = tombs.purged
        let dir = root + "/backups"
        guard let names = try? FileIO.list(dir) else { return [] }
        let now = Clock.now(zone: (try? loadTeam().zone) ?? TimeZone.current, environment: environment)
        var skipped: [String] = []
        for name in names.sorted() {
            let path = dir + "/" + name
            guard let st = FileIO.status(path), st.st_mode & S_IFMT == S_IFREG else { continue }
            guard let bytes = try? FileIO.read(path, limit: Store.backupRewriteLimit) else { skipped.append(path); continue }
            guard Store.contains(bytes[...], Array("tavle-backup".utf8)) else { continue }
            guard var archive = try? JSONDecoder().decode(BackupArchive.self, from: Data(bytes)), archive.kind == "tavle-backup" else {
                skipped.append(path); continue
            }
            var files: [BackupArchive.File] = []
            for f in archive.files {
                guard let content = Data(base64Encoded: f.base64) else { files.append(f); continue }
                if f.path.hasPrefix("youths/"), purged.contains(String(f.path.dropFirst(7).dropLast(5))) { continue }
                if f.path.hasPrefix("referrals/"), purged.contains(String(f.path.dropFirst(10).dropLast(5))) { continue }
                var out = Array(content)
                // The logs inside are sealed anew from their first line, and the archive's heads follow.
                if f.path == "journal.jsonl" {
                    out = []
                    var sealer = Chain.Sealer()
                    for line in content.split(separator: 0x0A, omittingEmptySubsequences: true) {
                        sealer.add(try scrubbedJournalLine(ArraySlice(line), tombs: tombs, at: now) ?? Array(line), to: &out)
                    }
                    archive.heads?.journal = sealer.head
                } else if f.path == "access.jsonl" {
                    out = []
                    var sealer = Chain.Sealer()
                    for line in content.split(separator: 0x0A, omittingEmptySubsequences: true) {
                        if var e = try? JSONDecoder().decode(AccessEntry.self, from: Data(line)), let y = e.youth, purged.contains(y) {
                            e.youth = tombs.map(y)
                            if let d = try? Journal.encoder.encode(e) { sealer.add(d, to: &out); continue }
                        }
                        sealer.add(line, to: &out)
                    }
                    archive.heads?.access = sealer.head
                } else if f.path.hasPrefix("drafts/") {
                    struct Probe: Decodable { var youthID: String }
                    if let p = try? JSONDecoder().decode(Probe.self, from: content), purged.contains(p.youthID) { continue }
                } else if f.path.hasPrefix("meetings/"), let v = try? JSONDecoder().decode(JSONValue.self, from: content) {
                    let after = Store.scrub(v, tombs)
                    if after != v {
                        let e = JSONEncoder(); e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                        if let d = try? e.encode(after) { out = Array(d) + [0x0A] }
                    }
                }
                files.append(.init(path: f.path, base64: Data(out).base64EncodedString()))
            }
            archive.files = files
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data: Data
            do { data = try encoder.encode(archive) } catch {
                throw .badFile(path: path, problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
            }
            try FileIO.writeAtomically(Array(data), to: path, tempPath: tmpDir + "/backup.\(getpid()).new", mode: st.st_mode & 0o777)
        }
        return skipped
    }

    /// A journal line about a purged youth (or a meeting naming one) as it is after the purge, or
    /// nil when the line is untouched.
    func scrubbedJournalLine(_ line: ArraySlice<UInt8>, tombs: PurgeTombstones, at now: Timestamp) throws(TavleError) -> [UInt8]? {
        guard case .success(let e) = Journal.decode(line, decoder: JSONDecoder()), let s = scrubbedEntry(e, tombs: tombs, at: now) else { return nil }
        return try Journal.line(s)
    }

    /// A journal entry about a purged youth as it is after the purge: its values gone, a `purged`
    /// field saying when, and the youth named by its tombstone; a meeting entry naming one, scrubbed;
    /// nil when the entry is untouched.
    func scrubbedEntry(_ entry: JournalEntry, tombs: PurgeTombstones, at now: Timestamp) -> JournalEntry? {
        if entry.target == "youth" || entry.target == "referral", tombs.ids[entry.id] != nil {
            var e = entry
            e.id = tombs.map(e.id)
            e.changes = e.changes.map { FieldChange(field: $0.field, op: $0.op, old: nil, new: nil) }
                + [FieldChange(field: "purged", op: .set, old: nil, new: .string(now.iso))]
            return e
        }
        return scrubbedMeetingEntry(entry, tombs: tombs)
    }

    /// Unsent drafts (`drafts/<user>.json`, the board's) about a purged youth are removed too:
    /// a colleague's draft (0600, unreadable here) by its marker `<user>@<youth>.about`
    /// (`DraftFiles`), one of ours or one without a marker by reading it.
    private func removePurgedDrafts(_ ids: Set<String>) {
        struct Probe: Decodable { var youthID: String }
        let dir = root + "/drafts"
        guard let names = try? FileIO.list(dir) else { return }
        var removed = false
        for name in names {
            guard let draft = DraftFiles.draft(forMarker: name, youths: ids) else { continue }
            if FileIO.unlink(dir + "/" + draft) == 0 { removed = true }
            if FileIO.unlink(dir + "/" + name) == 0 { removed = true }
        }
        for name in names where name.hasSuffix(".json") {
            let path = dir + "/" + name
            guard let bytes = try? FileIO.read(path, limit: 1 << 20),
                  let p = try? JSONDecoder().decode(Probe.self, from: Data(bytes)), ids.contains(p.youthID) else { continue }
            if FileIO.unlink(path) == 0 { removed = true }
        }
        if removed { try? FileIO.fsyncDirectory(of: dir + "/x") }
    }

    /// Finishes a purge stopped after its journal was rewritten (called under the lock by
    /// `recover`): the journal ends with its `purge` entries, and any of those youths' files still
    /// there is removed (the index first, then the meetings scrubbed again).
    func finishPurge() throws(TavleError) {
        if let tombs = readPurgePending() {
            // Stopped after the journal was renamed (its purge entries name the tombstones): finish;
            // stopped before: nothing was purged, the map goes.
            let tail = (try? journal.read(from: max(0, journal.size() - 64 * 1024)).entries) ?? []
            let done = Set(tail.filter { $0.action == "purge" && ($0.target == "youth" || $0.target == "referral") }.map(\.id))
            if !tombs.ids.isEmpty, tombs.ids.values.allSatisfy(done.contains) {
                if FileIO.unlink(indexPath) == 0 { try FileIO.fsyncDirectory(of: indexPath) }
                if FileIO.unlink(indexNamesPath) == 0 { try FileIO.fsyncDirectory(of: indexNamesPath) }
                try removePurged(tombs, mode: Store.fileMode((try? loadTeam().access) ?? .private))
            } else {
                FileIO.unlink(purgePendingPath)
            }
            return
        }
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
        if FileIO.unlink(indexNamesPath) == 0 { try FileIO.fsyncDirectory(of: indexNamesPath) }
        // A purge by an older tavle (its purge entries name the old ids): finish it as it began.
        try removePurged(PurgeTombstones(ids: Dictionary(uniqueKeysWithValues: left.map { ($0, $0) })),
                         mode: Store.fileMode((try? loadTeam().access) ?? .private))
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

/// What `tavle check --purged NAME` found: the files of the data directory that still hold the
/// name (directly, or inside base64-encoded data such as a backup), and those it could not read.
public struct PurgedSearch: Sendable, Equatable {
    public var holding: [String] = []
    public var unreadable: [String] = []
    public var searched = 0
}

extension Store {
    /// Searches every regular file under the data directory (symlinks never followed) for `text`,
    /// ignoring case, in the raw bytes and in every base64 run a JSON string holds (backups keep
    /// whole files that way). Line by line, so a journal of any size stays in bounded memory.
    public func searchPurged(_ text: String) -> PurgedSearch {
        var result = PurgedSearch()
        let needle = Array(text.lowercased().utf8)
        guard !needle.isEmpty else { return result }
        func holds(_ bytes: some Collection<UInt8>) -> Bool {
            let lower = ArraySlice(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
            return Store.contains(lower, needle)
        }
        func holdsEncoded(_ line: ArraySlice<UInt8>) -> Bool {
            // Runs of base64 between quotes, long enough to hold a name.
            var i = line.startIndex
            while i < line.endIndex {
                guard line[i] == 0x22 else { i += 1; continue }
                var j = i + 1
                while j < line.endIndex, Store.isBase64(line[j]) { j += 1 }
                if j < line.endIndex, line[j] == 0x22, j - i - 1 >= 8,
                   let data = Data(base64Encoded: Data(line[(i + 1)..<j])), holds(data) { return true }
                i = j
            }
            return false
        }
        func walk(_ dir: String) {
            guard let names = try? FileIO.list(dir) else { result.unreadable.append(dir); return }
            for name in names.sorted() {
                let path = dir + "/" + name
                guard let st = FileIO.status(path) else { continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: walk(path)
                case S_IFREG:
                    result.searched += 1
                    var found = false
                    do {
                        if st.st_size <= 256 << 20 {
                            // Whole (a backup may be one line with no newline at its end).
                            let bytes = try FileIO.read(path, limit: 256 << 20)[...]
                            for line in bytes.split(separator: 0x0A) where !found { found = holds(line) || holdsEncoded(line) }
                        } else {
                            try FileIO.forEachLine(path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
                                if !found, holds(line) || holdsEncoded(line) { found = true }
                            }
                        }
                    } catch { result.unreadable.append(path); continue }
                    if found { result.holding.append(path) }
                default: continue
                }
            }
        }
        walk(root)
        return result
    }

    static func isBase64(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F || b == 0x3D
    }
}
