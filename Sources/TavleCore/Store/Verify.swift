import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `tavle check` found, and how much it looked at.
public struct CheckReport: Sendable {
    /// One problem, naming its file: a file's error, or a finding of the check. Both are typed
    /// values the front end words in the user's language.
    public struct Problem: Sendable, Equatable {
        public var error: TavleError?
        public var finding: LocalizedMessage?

        public init(error: TavleError) { self.error = error; self.finding = nil }
        public init(finding: LocalizedMessage) { self.error = nil; self.finding = finding }

        public func text(_ lang: Language) -> String { error?.message(lang) ?? finding?.text(lang) ?? "" }
        /// In English (tests and tools compare these).
        public var text: String { text(.en) }
    }

    public var problems: [Problem] = []
    /// Youth files found.
    public var youths = 0
    /// Journal entries read.
    public var entries = 0
}

extension Store {
    /// Checks the whole directory: every file parses, the journal replayed from empty gives the
    /// files' content, versions agree, and permissions are private (or the team group's).
    /// Returns one line per problem, each naming the file; empty when all is well.
    public func verify() -> [String] { check().problems.map(\.text) }

    /// `verify`, with what was checked. Reads without blocking writers, with memory that does not
    /// grow with the journal (it is streamed, and replayed as digests); whatever then looks wrong
    /// between the journal and the files — which a change made during the check would also show —
    /// is read again under the lock (shared with other readers, exclusive of writers), so only
    /// what holds in a consistent snapshot is reported. A cron job that mails `check` must never
    /// send an admin to restore good data over a change that was simply in progress.
    public func check() -> CheckReport {
        var report = checkFiles()
        report.problems += ScreenFeedFiles.problems(self).map { .init(finding: $0) }
        return report
    }

    func checkFiles() -> CheckReport {
        var pass = VerifyPass(store: self)
        pass.run()
        guard pass.hasSuspects else { return pass.report }
        let lock: DirectoryLock
        do { lock = try DirectoryLock(sharedDirectory: root) } catch {
            var r = pass.report
            r.problems.append(.init(error: error))
            return r
        }
        defer { lock.release() }
        if pass.journalWasReplaced {
            // Rewritten as a whole (a purge) since the first pass: check again, now under the lock.
            var again = VerifyPass(store: self)
            again.run()
            return again.report
        }
        pass.confirm()
        return pass.report
    }

    /// Files readable by others, or a directory that is not private / the team group's. In team
    /// mode a file the group cannot write, or that belongs to another group, is a problem too:
    /// the next member to write is refused (a umask narrows what `open` creates).
    func permissionProblems(access: AccessMode) -> [LocalizedMessage] {
        var out: [LocalizedMessage] = []
        let wantDir: mode_t = access == .group ? 0o2770 : 0o700
        let wantFile: mode_t = access == .group ? 0o660 : 0o600
        let teamGroup = access == .group ? expectedGroup(dirGroup: FileIO.status(root)?.st_gid) : nil
        for dir in [root, youthsDir, tmpDir] {
            guard let st = FileIO.status(dir) else {
                // Every write needs `tmp/`; the next one recreates it, but say it is gone.
                if dir == tmpDir { out.append(LocalizedMessage(.checkTmpMissing, [dir])) }
                continue
            }
            if st.st_mode & 0o7777 != wantDir {
                out.append(LocalizedMessage(.checkPermissions, [dir, String(st.st_mode & 0o7777, radix: 8), String(wantDir, radix: 8)]))
            }
            if let g = teamGroup?.gid, st.st_gid != g {
                out.append(LocalizedMessage(.checkWrongGroup, [dir, Store.groupName(st.st_gid), teamGroup?.name ?? String(g)]))
            }
        }
        var files = [teamPath, journal.path, lockPath, indexPath, indexNamesPath, journalOffsetsPath, accessLogPath, rotaPath]
        files += ((try? FileIO.list(youthsDir)) ?? []).map { youthsDir + "/" + $0 }
        for f in files {
            guard let st = FileIO.status(f) else { continue }
            if (st.st_mode & S_IFMT) == S_IFLNK { out.append(LocalizedMessage(.checkSymlink, [f])); continue }
            let bits = st.st_mode & 0o777
            let tooWide = st.st_mode & 0o007 != 0 || bits & ~wantFile != 0
            let groupCannotWrite = access == .group && bits & 0o060 != 0o060
            if tooWide || groupCannotWrite {
                out.append(LocalizedMessage(.checkPermissions, [f, String(bits, radix: 8), String(wantFile, radix: 8)]))
            }
            if let g = teamGroup?.gid, st.st_gid != g {
                out.append(LocalizedMessage(.checkWrongGroup, [f, Store.groupName(st.st_gid), teamGroup?.name ?? String(g)]))
            }
        }
        out += othersCanReach(skipping: Set(files + [root, youthsDir, tmpDir, meetingsDir, referralsDir]), wantDir: wantDir, wantFile: wantFile)
        return out
    }

    /// Anything else in the directory (meetings, referrals, drafts, backups, a file someone put
    /// there) that others than the user or the team can read, write or enter: privacy.md says
    /// `check` reports any such file. Links are not followed; the youths' files are checked above,
    /// the meetings' and referrals' by `meetingPermissionProblems`.
    func othersCanReach(skipping known: Set<String>, wantDir: mode_t, wantFile: mode_t) -> [LocalizedMessage] {
        var out: [LocalizedMessage] = []
        var stack = [root]
        while let dir = stack.popLast() {
            for name in ((try? FileIO.list(dir)) ?? []).sorted() {
                let path = dir + "/" + name
                guard let st = FileIO.status(path) else { continue }
                let kind = st.st_mode & S_IFMT
                if kind == S_IFLNK { continue }
                if kind == S_IFDIR, ![youthsDir, meetingsDir, referralsDir].contains(path) { stack.append(path) }
                guard !known.contains(path), st.st_mode & 0o007 != 0 else { continue }
                out.append(LocalizedMessage(.checkPermissions, [path, String(st.st_mode & 0o7777, radix: 8),
                                                                String(kind == S_IFDIR ? wantDir : wantFile, radix: 8)]))
            }
        }
        return out
    }

    /// The team's group: the one `team.json` names (`group`), else, for a directory made before
    /// tavle recorded it, the directory's own group.
    func expectedGroup(dirGroup: gid_t?) -> (gid: gid_t, name: String?)? {
        if let name = (try? loadTeam())?.group {
            guard let g = getgrnam(name) else { return nil }
            return (g.pointee.gr_gid, name)
        }
        return dirGroup.map { ($0, nil) }
    }

    static func groupName(_ gid: gid_t) -> String {
        if let g = getgrgid(gid), let n = g.pointee.gr_name { return String(cString: n) }
        return String(gid)
    }
}

/// One run of the check: the journal streamed into digests, every file compared with them.
struct VerifyPass {
    let store: Store
    var report = CheckReport()
    /// Problems between the journal and the files, by record ("youth/sofie"): checked again under the lock.
    var suspects: [String: [LocalizedMessage]] = [:]
    /// Other suspect problems (an unfinished import, an index naming youths with no file), by key.
    var other: [String: LocalizedMessage] = [:]
    var replay: [String: RecordDigest] = [:]
    var versions: [String: Int] = [:]
    var purged: Set<String> = []
    /// A purge stopped half-way (`tmp/purge.pending`): its youths' files are purged ones, though
    /// the journal names them by their tombstones.
    let pendingPurge: PurgeTombstones?
    var journalEnd: Int64 = 0
    var journalID: (dev: UInt64, ino: UInt64)?
    var access: AccessMode = .private

    init(store: Store) { self.store = store; self.pendingPurge = store.readPurgePending() }

    var hasSuspects: Bool { !suspects.isEmpty || !other.isEmpty }

    var journalWasReplaced: Bool {
        guard let st = FileIO.status(store.journal.path), let id = journalID else { return journalID != nil }
        return UInt64(st.st_dev) != id.dev || UInt64(st.st_ino) != id.ino || Int64(st.st_size) < journalEnd
    }

    mutating func run() {
        var fixed: [CheckReport.Problem] = []
        let team: Team?
        do { team = try store.loadTeam() } catch { team = nil; fixed.append(.init(error: error)) }
        access = team?.access ?? .private
        if let st = FileIO.status(store.journal.path) { journalID = (UInt64(st.st_dev), UInt64(st.st_ino)) }
        do {
            let r = try store.journal.forEach { (e: JournalEntry) throws(TavleError) in self.apply(e) }
            journalEnd = r.end
            fixed += r.problems.map { .init(finding: $0) }
        } catch { fixed.append(.init(error: error)) }

        // Youth files, one at a time.
        var onDisk: Set<String> = []
        var bad: Set<String> = []
        do {
            let listing = try store.youthIDs()
            fixed += listing.problems.map { .init(error: $0.error) }
            report.youths = listing.ids.count
            for id in listing.ids {
                do {
                    let y = try store.loadYouth(id)
                    onDisk.insert("youth/" + id)
                    compareYouth(y)
                    if let team, let m = y.municipality, !team.municipalities.contains(m) {
                        fixed.append(.init(finding: LocalizedMessage(.checkMunicipalityUnknown, [store.youthPath(id), m])))
                    }
                } catch {
                    bad.insert("youth/" + id)
                    fixed.append(.init(error: error))
                }
            }
        } catch { fixed.append(.init(error: error)) }
        if let team { compareTeam(team) }
        for key in replay.keys.sorted() where key.hasPrefix("youth/") && !onDisk.contains(key) && !bad.contains(key) {
            if replay[key]?.fields.isEmpty == false { suspects[key, default: []].append(namesNoFile(key)) }
        }
        fixed += compareMeetings()
        fixed += store.chainFindings().map { .init(finding: $0) }
        checkPending()
        checkIndex()
        fixed += (store.permissionProblems(access: access) + store.meetingPermissionProblems(access: access))
            .map { .init(finding: $0) }
        // Data written by an older tavle: its files differ from the journal replayed with today's
        // rules only because they are not upgraded yet. The one thing to say is `tavle migrate`.
        if let schema = try? store.directorySchema(), schema < Team.schemaVersion {
            for key in suspects.keys where key.hasPrefix("youth/") || key.hasPrefix("team/") {
                suspects[key] = suspects[key]!.filter { $0.key != .checkDiffers && $0.key != .checkVersionDiffers }
                if suspects[key]!.isEmpty { suspects[key] = nil }
            }
            fixed.insert(.init(finding: LocalizedMessage(.checkNeedsMigrate, [store.teamPath, String(schema), String(Team.schemaVersion)])), at: 0)
        }
        report.problems = fixed
        appendSuspects()
    }

    /// Under the lock: the journal written since the first pass is replayed too, and every
    /// suspect record is read again; what is still wrong is wrong.
    mutating func confirm() {
        let before = suspects
        let otherBefore = other
        report.problems.removeAll { p in
            guard let f = p.finding else { return false }
            return before.values.contains { $0.contains(f) } || otherBefore.values.contains(f)
        }
        suspects = [:]
        other = [:]
        do {
            let r = try store.journal.forEach(from: journalEnd) { (e: JournalEntry) throws(TavleError) in self.apply(e) }
            journalEnd = r.end
        } catch { report.problems.append(.init(error: error)) }
        for key in before.keys.sorted() {
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "youth":
                if FileIO.status(store.youthPath(parts[1])) == nil {
                    if replay[key]?.fields.isEmpty == false { suspects[key, default: []].append(namesNoFile(key)) }
                } else {
                    do { compareYouth(try store.loadYouth(parts[1])) } catch {
                        report.problems.append(.init(error: error))
                    }
                }
            case "team":
                if let t = try? store.loadTeam() { compareTeam(t) }
            default:
                _ = compareMeetings(only: key)
            }
        }
        if otherBefore.keys.contains("transaction") { checkPending() }
        if otherBefore.keys.contains("index") { checkIndex() }
        appendSuspects()
    }

    private mutating func appendSuspects() {
        for key in suspects.keys.sorted() { report.problems += suspects[key]!.map { .init(finding: $0) } }
        for key in other.keys.sorted() { report.problems.append(.init(finding: other[key]!)) }
    }

    mutating func apply(_ e: JournalEntry) {
        report.entries += 1
        let key = e.target + "/" + e.id
        if e.isTombstone { purged.insert(key); replay[key] = nil; return }
        let fresh = e.action == "create" || e.action == "init" || (Store.meetingTargets.contains(e.target) && e.version == 1)
        if fresh { replay[key] = RecordDigest() }
        replay[key, default: RecordDigest()].apply(e.changes)
        versions[key] = e.version
    }

    private func namesNoFile(_ key: String) -> LocalizedMessage {
        key.hasPrefix("youth/")
            ? LocalizedMessage(.checkNamesNoFilePath, [store.journal.path, String(key.dropFirst(6)), store.youthPath(String(key.dropFirst(6)))])
            : LocalizedMessage(.checkNamesNoFile, [store.journal.path, key])
    }

    private mutating func compare(_ key: String, _ record: [String: JSONValue], version: Int, path: String) {
        suspects[key] = nil
        guard let replayed = replay[key] else {
            suspects[key] = [LocalizedMessage(.checkNoEntries, [path])]
            return
        }
        var out: [LocalizedMessage] = []
        if versions[key] != version {
            out.append(LocalizedMessage(.checkVersionDiffers, [path, String(version), String(versions[key] ?? 0)]))
        }
        let fields = replayed.differences(RecordDigest(record))
        if !fields.isEmpty {
            let target = String(key.split(separator: "/").first ?? "")
            out.append(LocalizedMessage(.checkDiffers, [path, LocalizedMessage.list(fields.map { JournalWords.fieldWord($0, target: target) })]))
        }
        if !out.isEmpty { suspects[key] = out }
    }

    private mutating func compareYouth(_ y: Youth) {
        let key = "youth/" + y.id
        let tombstone = pendingPurge?.ids[y.id].map { purged.contains("youth/" + $0) } ?? false
        if tombstone || (purged.contains(key) && replay[key] == nil) {
            suspects[key] = [LocalizedMessage(.checkPurgedStillThere, [store.youthPath(y.id)])]
            return
        }
        if let obj = try? JSONValue.from(y).object { compare(key, obj, version: y.version, path: store.youthPath(y.id)) }
    }

    private mutating func compareTeam(_ t: Team) {
        if let obj = try? JSONValue.from(t).object { compare("team/team", obj, version: t.version, path: store.teamPath) }
    }

    /// Meeting and rota files against the journal (few and small: read whole). With `only`,
    /// just that record. Returns the problems that are not journal disagreements.
    mutating func compareMeetings(only: String? = nil) -> [CheckReport.Problem] {
        var fixed: [CheckReport.Problem] = []
        var present: Set<String> = []
        if only == nil || only?.hasPrefix("meeting/") == true {
            do {
                let all = try store.meetings()
                fixed += all.problems.map { .init(error: $0.error) }
                for m in all.meetings {
                    let key = "meeting/" + m.day.iso
                    present.insert(key)
                    if let only, only != key { continue }
                    if let o = try? JSONValue.from(m).object { compare(key, o, version: m.version, path: store.meetingPath(m.day)) }
                }
                for p in all.problems { present.insert("meeting/" + ((p.path as NSString).lastPathComponent as NSString).deletingPathExtension) }
            } catch { fixed.append(.init(error: error)) }
        }
        if (only == nil || only == "rota/rota"), FileIO.status(store.rotaPath) != nil {
            present.insert("rota/rota")
            do {
                let r = try store.loadRota()
                if let o = try? JSONValue.from(r).object { compare("rota/rota", o, version: r.version, path: store.rotaPath) }
            } catch { fixed.append(.init(error: error)) }
        }
        if only == nil || only?.hasPrefix("referral/") == true {
            do {
                let all = try store.referrals()
                fixed += all.problems.map { .init(error: $0.error) }
                for r in all.referrals {
                    let key = "referral/" + r.id
                    present.insert(key)
                    if let only, only != key { continue }
                    if let o = try? JSONValue.from(r).object { compare(key, o, version: r.version, path: store.referralPath(r.id)) }
                }
                for p in all.problems { present.insert("referral/" + ((p.path as NSString).lastPathComponent as NSString).deletingPathExtension) }
            } catch { fixed.append(.init(error: error)) }
        }
        for key in replay.keys.sorted() where Store.meetingTargets.contains(String(key.split(separator: "/").first ?? "")) {
            if let only, only != key { continue }
            guard !present.contains(key) else { continue }
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            let path = store.meetingRecordPath(target: parts[0], id: parts.count > 1 ? parts[1] : "") ?? key
            if FileIO.status(path) == nil {
                suspects[key] = [LocalizedMessage(.checkNamesNoFilePath, [store.journal.path, key, path])]
            } else if only != nil {
                suspects[key] = nil
            }
        }
        return fixed
    }

    /// An import stopped after its commit point: the next change finishes it.
    private mutating func checkPending() {
        other["transaction"] = store.hasPendingTransaction
            ? LocalizedMessage(.checkPendingImport, [store.transactionPath])
            : nil
    }

    /// The board index must not keep youths whose files are gone (a purged youth's name).
    private mutating func checkIndex() {
        other["index"] = nil
        guard let bytes = try? FileIO.readFirstPart(store.indexPath, limit: 512 * 1024 * 1024, length: IndexCodec.firstPartLength),
              let names = IndexCodec.decodeNames(bytes)?.names else { return }
        let gone = names.filter { FileIO.status(store.youthPath($0.id)) == nil }.map(\.id)
        if !gone.isEmpty {
            other["index"] = LocalizedMessage(.checkIndexStale, count: gone.count,
                                              [store.indexPath, String(gone.count), gone.prefix(5).joined(separator: ", ")])
        }
    }
}
