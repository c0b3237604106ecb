import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who makes a change: the staff member it is made as, and the real Unix user behind it.
public struct Actor: Sendable, Equatable {
    public var staff: StaffID
    public var unixUser: String
    public init(staff: StaffID, unixUser: String) { self.staff = staff; self.unixUser = unixUser }

    /// The staff field of the server's administrator acting without being on the team.
    public static let adminStaff: StaffID = "admin"
    /// The administrator (root or the data directory's owner), by Unix user.
    public static func admin(unixUser: String) -> Actor { Actor(staff: adminStaff, unixUser: unixUser) }
}

/// A file that could not be loaded; everything else still loads.
public struct LoadProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var error: TavleError
    public var description: String { error.message(.en) }
    public init(path: String, error: TavleError) { self.path = path; self.error = error }
}

/// The data directory: a team file, one file per youth, an append-only journal, a lock file,
/// and a board index. Readers take no lock; writers hold the lock for one change at a time.
///
/// Layout: `team.json`, `youths/<id>.json`, `journal.jsonl`, `index.json`, `lock`, `tmp/`.
public final class Store: @unchecked Sendable {
    public let root: String
    public var teamPath: String { root + "/team.json" }
    public var youthsDir: String { root + "/youths" }
    public var tmpDir: String { root + "/tmp" }
    public var lockPath: String { root + "/lock" }
    public var indexPath: String { root + "/index.json" }
    public let journal: Journal
    /// Set after a failed write: the store then refuses to write (loud failure beats silent loss).
    public private(set) var stoppedWriting: TavleError?
    let environment: [String: String]

    /// Opens an existing data directory; a missing one says how to create it.
    public init(root: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(TavleError) {
        self.root = root
        self.environment = environment
        journal = Journal(path: root + "/journal.jsonl")
        FileIO.registerRoot(root)
        guard let st = FileIO.status(root) else { throw .noDataDirectory(path: root) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .badFile(path: root, problem: LocalizedMessage(.fileNotDirectory)) }
        guard access(root, R_OK | X_OK) == 0 else { throw .io(path: root, operation: "open", errno: errno) }
        guard FileIO.status(teamPath) != nil else { throw .noDataDirectory(path: root) }
        for sub in [youthsDir, tmpDir] where FileIO.status(sub).map({ ($0.st_mode & S_IFMT) != S_IFDIR }) ?? false {
            throw .badFile(path: sub, problem: LocalizedMessage(.fileNotDirectoryLink))
        }
    }

    // MARK: Creating

    /// Creates a new data directory with `team`. Private (0700/0600) by default; with `group`,
    /// a setgid directory of that group with files 0660.
    @discardableResult
    public static func create(root: String, team: Team, group: gid_t? = nil, actor: Actor,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws(TavleError) -> Store {
        FileIO.registerRoot(root)
        if let st = FileIO.status(root) {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .dataDirectoryExists(path: root) }
            let existing = (try? FileIO.list(root)) ?? []
            guard existing.isEmpty else { throw .dataDirectoryExists(path: root) }
        }
        let parent = (root as NSString).deletingLastPathComponent
        if !parent.isEmpty && FileIO.status(parent) == nil {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw .io(path: parent, operation: "mkdir", errno: EACCES)
            }
        }
        let dirMode: mode_t = group == nil ? 0o700 : 0o2770
        try FileIO.makeDirectory(root, mode: dirMode)
        if let g = group {
            guard chown(root, uid_t.max, g) == 0 else { throw .io(path: root, operation: "chown", errno: errno) }
            guard chmod(root, dirMode) == 0 else { throw .io(path: root, operation: "chmod", errno: errno) }
        }
        try FileIO.makeDirectory(root + "/youths", mode: dirMode)
        try FileIO.makeDirectory(root + "/tmp", mode: dirMode)
        var t = team
        t.access = group == nil ? .private : .group
        t.group = group.map(Store.groupName)
        t.schema = Team.schemaVersion
        let mode = Store.fileMode(t.access)
        // The team file is written directly (nothing to race with yet), then journaled.
        t.version = 1
        t.updated = Clock.now(zone: t.zone, environment: environment)
        let bytes = try Coding.encodeFile(t)
        try FileIO.writeAtomically(bytes, to: root + "/team.json", tempPath: root + "/tmp/team.json.new", mode: mode)
        let store = try Store(root: root, environment: environment)
        let changes = RecordDiff.changes(from: [:], to: (try? JSONValue.from(t).object) ?? [:])
        try store.journal.append(JournalEntry(at: t.updated!, staff: actor.staff, user: actor.unixUser, target: "team",
                                              id: "team", version: 1, action: "init", changes: changes), mode: mode)
        return store
    }

    static func fileMode(_ access: AccessMode) -> mode_t { access == .group ? 0o660 : 0o600 }

    // MARK: Reading

    public func loadTeam() throws(TavleError) -> Team {
        try Coding.decodeFile(Team.self, from: try FileIO.read(teamPath), path: teamPath, supported: Team.schemaVersion,
                              upgrade: Migration.upgradeTeam)
    }

    public func youthPath(_ id: String) -> String { youthsDir + "/" + id + ".json" }

    /// Loads one youth in full (notes, contacts and all).
    public func loadYouth(_ id: String) throws(TavleError) -> Youth { try loadYouth(id, in: nil) }

    /// `loadYouth` with the youths' directory already opened (`youthsFD`, from `openDirectory`), for
    /// reading many: each path is then not walked from the root again.
    func loadYouth(_ id: String, in youthsFD: Int32?) throws(TavleError) -> Youth {
        guard Identifier.isValidYouthID(id) else { throw .invalidID(id) }
        let path = youthPath(id)
        let bytes: [UInt8]
        if let youthsFD {
            guard FileIO.status(in: youthsFD, name: id + ".json") != nil else { throw .youthNotFound(id) }
            bytes = try FileIO.read(in: youthsFD, name: id + ".json", path: path)
        } else {
            guard FileIO.status(path) != nil else { throw .youthNotFound(id) }
            bytes = try FileIO.read(path)
        }
        let y = try Coding.decodeFile(Youth.self, from: bytes, path: path, supported: Youth.schemaVersion,
                                      upgrade: Migration.upgradeYouth)
        guard y.id == id else { throw .badFile(path: path, problem: LocalizedMessage(.fileWrongID, [y.id, id])) }
        return y
    }

    /// The ids of every youth file, from the directory listing. Names that are not valid ids are problems.
    public func youthIDs() throws(TavleError) -> (ids: [String], problems: [LoadProblem]) {
        var ids: [String] = [], problems: [LoadProblem] = []
        guard FileIO.status(youthsDir) != nil else { return ([], []) }
        for name in try FileIO.list(youthsDir) {
            guard name.hasSuffix(".json") else { continue }
            let id = String(name.dropLast(5))
            if Identifier.isValidYouthID(id) { ids.append(id) } else {
                problems.append(LoadProblem(path: youthsDir + "/" + name, error: .invalidID(id)))
            }
        }
        return (ids.sorted(), problems)
    }

    /// Every youth in full, and a problem for each file that could not be read. With `keep`,
    /// each youth is cut down to what the caller needs as it is read (only a few are ever held in
    /// full), so memory follows what is kept rather than every note ever written.
    public func loadAllYouths(keep: (@Sendable (Youth) -> Youth)? = nil) throws(TavleError) -> (youths: [Youth], problems: [LoadProblem]) {
        var youths: [Youth] = []
        let problems = try forEachYouth(keep: keep) { youths.append($0) }
        return (youths, problems)
    }

    /// Every youth, one at a time in the order of their ids, handed to `body` and then let go: what
    /// a figure counts over every youth reads in memory that does not grow with the team (issue 29).
    /// The files are read and decoded on both cores `chunk` at a time; with `keep`, each youth is
    /// cut down as it is read. Returns a problem for each file that could not be read (the
    /// directory's own first, then in the order of the ids).
    public func forEachYouth(keep: (@Sendable (Youth) -> Youth)? = nil, chunk: Int = 256,
                             _ body: (Youth) -> Void) throws(TavleError) -> [LoadProblem] {
        var (ids, problems) = try youthIDs()
        let youthsFD = ids.isEmpty ? nil : try? FileIO.openDirectory(youthsDir)
        defer { if let youthsFD { close(youthsFD) } }
        var start = 0
        while start < ids.count {
            let part = Array(ids[start..<min(start + max(1, chunk), ids.count)])
            start += part.count
            let read = Parallel.map(part.count, minimum: 16) { i -> Result<Youth, TavleError> in
                do throws(TavleError) {
                    let y = try self.loadYouth(part[i], in: youthsFD)
                    return .success(keep.map { $0(y) } ?? y)
                } catch { return .failure(error) }
            }
            for (i, r) in read.enumerated() {
                switch r {
                case .success(let y): body(y)
                case .failure(let e): problems.append(LoadProblem(path: youthPath(part[i]), error: e))
                }
            }
        }
        ids.removeAll()
        return problems
    }

    // MARK: Writing

    /// Changes one youth under the lock: re-reads the file, applies `change`, checks for
    /// conflicts, journals the field changes, and replaces the file atomically.
    ///
    /// With `basedOn`, the change is refused as a conflict when a field it touches was changed
    /// by anyone after that version; changes to other fields since then are merged.
    /// (Internal: a person's change goes through `apply`, which validates and words it.)
    @discardableResult
    func updateYouth(_ id: String, basedOn: Int? = nil, actor: Actor, action: String,
                            _ change: (inout Youth) throws -> Void) throws(TavleError) -> Youth {
        try withLock { () throws(TavleError) -> Youth in
            let current = try loadYouth(id)
            var next = current
            try Store.run { try change(&next) }
            return try commitYouth(old: current, new: next, basedOn: basedOn, actor: actor, action: action)
        }
    }

    /// Changes the team file under the lock (staff, settings).
    @discardableResult
    public func updateTeam(actor: Actor, action: String, basedOn: Int? = nil,
                           _ change: (inout Team) throws -> Void) throws(TavleError) -> Team {
        try withLock { () throws(TavleError) -> Team in
            let current = try loadTeam()
            if let b = basedOn, b != current.version { throw .versionMismatch(youth: "team", expected: b, actual: current.version) }
            var next = current
            try Store.run { try change(&next) }
            let changes = RecordDiff.changes(from: try object(current), to: try object(next))
            if changes.isEmpty { return current }
            next.version = current.version + 1
            next.updated = Clock.now(zone: current.zone, environment: environment)
            try commit(next, changes: changes, target: "team", id: "team", version: next.version, path: teamPath,
                       actor: actor, action: action, mode: Store.fileMode(current.access))
            return next
        }
    }

    func commitYouth(old: Youth?, new: Youth, basedOn: Int?, actor: Actor, action: String, change: String? = nil,
                     why: String? = nil, undoes: String? = nil) throws(TavleError) -> Youth {
        guard let (next, changes) = try prepareYouth(old: old, new: new, basedOn: basedOn, actor: actor) else { return old ?? new }
        let mode = Store.fileMode((try? loadTeam().access) ?? .private)
        try commit(next, changes: changes, target: "youth", id: next.id, version: next.version, path: youthPath(next.id),
                   actor: actor, action: old == nil ? "create" : action, mode: mode, change: change, why: why, undoes: undoes)
        return next
    }

    /// The record a youth's change writes (version, time and field bookkeeping set) and its
    /// journaled changes, after the conflict check; nil when nothing changed.
    func prepareYouth(old: Youth?, new: Youth, basedOn: Int?, actor: Actor) throws(TavleError) -> (Youth, [FieldChange])? {
        var next = new
        let oldObject = try old.map { (o: Youth) throws(TavleError) in try object(o) } ?? [:]
        let changes = RecordDiff.changes(from: oldObject, to: try object(next))
        if old != nil, changes.isEmpty { return nil }
        if let old, let base = basedOn {
            if base > old.version { throw .versionMismatch(youth: old.id, expected: base, actual: old.version) }
            for c in changes where c.op == .set {
                if let v = old.fieldVersions[c.field], v > base {
                    throw .conflict(youth: old.id, field: c.field, by: staffDisplay(old.fieldAuthors[c.field]), version: v)
                }
            }
        }
        let version = (old?.version ?? 0) + 1
        next.version = version
        next.schema = Youth.schemaVersion
        let zone = (try? loadTeam().zone) ?? TimeZone(identifier: "Europe/Oslo")!
        next.updated = Clock.now(zone: zone, environment: environment)
        for c in changes { next.fieldVersions[c.field] = version; next.fieldAuthors[c.field] = actor.staff }
        return (next, changes)
    }

    /// The write path (store-facts.md): temp file written and fsynced, journal entry appended and
    /// fsynced, rename over the old file, directory fsynced. A crash before the journal append
    /// leaves only a temp file (removed on the next write); after it, the next writer finishes
    /// the rename (roll forward), so journal and files always agree.
    func commit<T: Encodable>(_ record: T, changes: [FieldChange], target: String, id: String, version: Int,
                              path: String, actor: Actor, action: String, mode: mode_t, change: String? = nil,
                              why: String? = nil, undoes: String? = nil) throws(TavleError) {
        // Refused before anything is written: a record tavle could not read back (a number out
        // of range, a file past the size every reader accepts) would lock its youth out.
        let bytes = try checkedBytes(record, path: path)
        let temp = tmpDir + "/\(target).\(id).\(version).\(getpid()).tmp"
        do {
            try FileIO.writeNew(bytes, to: temp, mode: mode)
        } catch {
            stop(error); throw error
        }
        let zone = TimeZone(identifier: "Europe/Oslo")!
        let entry = JournalEntry(at: Clock.now(zone: zone, environment: environment), staff: actor.staff,
                                 user: actor.unixUser, target: target, id: id, version: version, action: action, changes: changes,
                                 change: change, why: why, undoes: undoes)
        do {
            try journal.append(entry, mode: mode)
        } catch {
            FileIO.unlink(temp); stop(error); throw error
        }
        do {
            try FileIO.commit(tempPath: temp, to: path)
        } catch {
            // The temp file stays: the next writer rolls the change forward.
            let told: TavleError = if case .io(_, "rename", let e) = error { .unfinished(path: path, errno: e) } else { error }
            stop(told); throw told
        }
    }

    /// Runs a change closure (closures cannot infer typed throws yet) and keeps its TavleError.
    static func run(_ body: () throws -> Void) throws(TavleError) {
        do { try body() } catch let e as TavleError { throw e } catch {
            throw .refused(LocalizedMessage(.refuseOther, [String(describing: error)]))
        }
    }

    /// A colleague as a person reads them in a conflict: `Ole Bråten (OB)`, or the id of a former one.
    func staffDisplay(_ id: StaffID?) -> String {
        guard let id else { return "?" }
        guard let m = (try? loadTeam())?.member(id) else { return id }
        return m.name + " (" + m.initials + ")"
    }

    func stop(_ error: TavleError) { if stoppedWriting == nil { stoppedWriting = error } }

    func object<T: Encodable>(_ v: T) throws(TavleError) -> [String: JSONValue] {
        do { return try JSONValue.from(v).object ?? [:] } catch { throw .badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"])) }
    }

    /// Runs `body` holding the directory lock, after recovering from any crashed writer.
    public func withLock<R>(allowOlderSchema: Bool = false, _ body: () throws(TavleError) -> R) throws(TavleError) -> R {
        if let e = stoppedWriting { throw .stopped(path: root, after: e) }
        if FileIO.status(root).map({ _ in access(root, W_OK) != 0 }) ?? true {
            throw .readOnly(path: root, reason: LocalizedMessage(.readonlyDirectory))
        }
        // A team file from a newer tavle makes the whole directory read-only; an older one
        // must be upgraded explicitly with `tavle migrate` before anything is written.
        let team = try loadTeam()
        if !allowOlderSchema, try directorySchema() < Team.schemaVersion {
            throw .readOnly(path: root, reason: LocalizedMessage(.readonlyNeedsMigrate, [String(try directorySchema())]))
        }
        let mode = Store.fileMode(team.access)
        let lock = try DirectoryLock(path: lockPath, mode: mode)
        defer { lock.release() }
        try ensureTmpDirectory()
        try recover()
        let result = try body()
        // The meeting-room screen's feed (a team directory with `<data>-screen` only), still under
        // the lock; its failure never fails the change.
        if team.access == .group { ScreenFeedFiles.refreshAfterWrite(self) }
        return result
    }

    /// Every write goes through `tmp/`: one removed (by hand, by a cleaner) is made again, with the
    /// data directory's own mode and group (a setgid team directory passes its group on). `check`
    /// says when it was gone. Called under the lock.
    func ensureTmpDirectory() throws(TavleError) {
        guard FileIO.status(tmpDir) == nil, let st = FileIO.status(root) else { return }
        try FileIO.makeDirectory(tmpDir, mode: st.st_mode & 0o7777)
        if let t = FileIO.status(tmpDir), t.st_gid != st.st_gid { _ = chown(tmpDir, uid_t.max, st.st_gid) }
        try FileIO.fsyncDirectory(of: tmpDir)
    }

    /// Finishes or discards what a crashed writer left behind. Called under the lock.
    public func recover() throws(TavleError) {
        try journal.repairTornTail()
        guard FileIO.status(tmpDir) != nil else { return }
        try finishTransaction()
        try finishPurge()
        let temps = try FileIO.list(tmpDir)
        guard !temps.isEmpty else { return }
        let last = journal.lastEntry()
        for name in temps {
            let temp = tmpDir + "/" + name
            let parts = name.split(separator: ".")
            if parts.count == 5, parts[4] == "tmp", let last, last.target == parts[0], last.id == parts[1],
               last.version == Int(parts[2]) {
                // Other record kinds (meetings, the rota) name their own files; an unknown kind is never
                // rolled forward to a guessed path.
                let path: String? = switch last.target {
                case "team": teamPath
                case "youth": youthPath(last.id)
                default: meetingRecordPath(target: last.target, id: last.id)
                }
                if let path, rollForwardIsSafe(temp: temp, path: path, version: last.version, target: last.target) {
                    try FileIO.commit(tempPath: temp, to: path)
                    continue
                }
            }
            FileIO.unlink(temp)
        }
    }

    private struct VersionProbe: Decodable { var version: Int }

    private func rollForwardIsSafe(temp: String, path: String, version: Int, target: String) -> Bool {
        guard let bytes = try? FileIO.read(temp), let t = try? JSONDecoder().decode(VersionProbe.self, from: Data(bytes)),
              t.version == version else { return false }
        guard FileIO.status(path) != nil else { return version == 1 }
        guard let cur = try? FileIO.read(path), let c = try? JSONDecoder().decode(VersionProbe.self, from: Data(cur)) else { return false }
        return c.version == version - 1
    }
}
