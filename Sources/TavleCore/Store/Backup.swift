import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A backup: every data file of the directory in one JSON document, taken under the lock so no
/// change is half in it. Restoring writes the files into a new, empty directory. (Written and
/// read as a stream, BackupStream.swift; this type documents the shape.)
struct BackupArchive: Codable {
    static let schemaVersion = 1
    struct File: Codable {
        /// Path relative to the data directory, e.g. `youths/sofie.json`.
        var path: String
        var base64: String
    }
    var schema = BackupArchive.schemaVersion
    var kind = "tavle-backup"
    var created: Timestamp
    var access: AccessMode
    /// The team's Unix group in team mode (absent in backups made before tavle recorded it).
    var group: String?
    /// The heads of the journal's and the access log's chains when the backup was made (`Chain`):
    /// an anchor outside the data directory. Absent in backups made before tavle sealed its logs.
    var heads: ChainHeads?
    var files: [File]
}

extension Store {
    /// Files that belong in a backup: everything but the lock, the index and its names, the journal's offsets,
    /// temp files and backups.
    func backupFiles() throws(TavleError) -> [String] {
        var out: [String] = []
        for name in try FileIO.list(root).sorted() {
            if ["lock", "index.json", "index.names", "journal.offsets", "tmp", "backups"].contains(name) { continue }
            let path = root + "/" + name
            guard let st = FileIO.status(path) else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFREG: out.append(name)
            case S_IFDIR:
                for sub in try FileIO.list(path).sorted() {
                    if let s2 = FileIO.status(path + "/" + sub), (s2.st_mode & S_IFMT) == S_IFREG { out.append(name + "/" + sub) }
                }
            default: continue   // symlinks and others are never followed
            }
        }
        return out
    }

    /// Writes a consistent snapshot of the whole directory to `file` (0600, or the data's own mode
    /// in its `backups/`; `checkBackupFolder`). An existing file is never replaced.
    public func backup(to file: String) throws(TavleError) {
        // A directory this user cannot write (a disk mounted read-only, a member without write
        // access) is backed up under the shared lock that every writer's excludes, as `tavle check`
        // reads it: a backup is wanted most then. A change a writer left half-done cannot be
        // finished without writing, so that one case is refused.
        if access(root, W_OK) != 0 {
            let lock = try DirectoryLock(sharedDirectory: root)
            defer { lock.release() }
            // A crashed writer's file in `tmp/` may be a change the journal already holds (the
            // next writer puts it in place): without it the backup would not match its journal.
            if hasUnfinishedWrite {
                throw .readOnly(path: root, reason: LocalizedMessage(.readonlyUnfinished))
            }
            try writeBackup(to: file)
            return
        }
        try withLock(allowOlderSchema: true) { () throws(TavleError) -> Void in try writeBackup(to: file) }
    }

    /// The team's group by name, as a backup records it: the one `team.json` names, else the
    /// directory's own (a directory made before tavle recorded it).
    func teamGroupName(_ team: Team) -> String? {
        guard team.access == .group else { return nil }
        return team.group ?? FileIO.status(root).map { Store.groupName($0.st_gid) }
    }

    /// The snapshot itself; the caller holds the lock. Streamed: each file is read and written
    /// as base64 a few megabytes at a time, so a journal of any size is backed up with bounded
    /// memory. The archive appears under its name only when complete (a killed backup leaves
    /// nothing) and never replaces an earlier one (`NewFile`).
    func writeBackup(to file: String) throws(TavleError) {
        let team = try loadTeam()
        // In the data directory's `backups/` a backup has the data's own mode (0660 for a team's
        // group), so any member's purge can rewrite it; anywhere else it is the maker's alone.
        let inBackups = try checkBackupFolder(for: file, team: team)
        if FileIO.status(file) != nil { throw .refused(LocalizedMessage(.refuseBackupExists, [file])) }
        let out = try NewFile(path: file, mode: inBackups ? Store.fileMode(team.access) : 0o600)
        var buffer: [UInt8] = []
        func flush(_ force: Bool = false) throws(TavleError) {
            if force || buffer.count >= 1 << 20 { try out.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        // `kind` and `schema` first, so a restore can tell at once what it reads (old tavles read
        // the keys in any order).
        buffer += Array(#"{"kind":"tavle-backup","schema":\#(BackupArchive.schemaVersion),"created":"#.utf8)
        buffer += try Coding.encodeCompact(Clock.now(zone: team.zone, environment: environment))
        buffer += Array(#","access":"#.utf8) + (try Coding.encodeCompact(team.access))
        if let g = teamGroupName(team) { buffer += Array(#","group":"#.utf8) + (try Coding.encodeCompact(g)) }
        buffer += Array(#","heads":"#.utf8) + (try Coding.encodeCompact(chainHeads()))
        buffer += Array(#","files":["#.utf8)
        for (i, rel) in try backupFiles().enumerated() {
            buffer += Array((i == 0 ? #"{"path":"# : #",{"path":"#).utf8) + (try Coding.encodeCompact(rel)) + Array(#","base64":""#.utf8)
            let fd = try FileIO.open(root + "/" + rel, O_RDONLY)
            defer { close(fd) }
            try Base64Stream.encode(fd: fd, path: root + "/" + rel) { (piece: [UInt8]) throws(TavleError) in
                buffer += piece
                try flush()
            }
            buffer += Array("\"}".utf8)
            try flush()
        }
        buffer += Array("]}".utf8)
        try flush(true)
        try out.publish()
    }

    /// Where a backup may go: outside the data directory, or in its `backups/` (made when missing),
    /// which purge rewrites. Anywhere else in the directory the next backup would hold this one,
    /// and a purge would leave the purged youth in it. A folder that does not exist is refused,
    /// not made (a mistyped path). Returns whether it goes in `backups/`.
    func checkBackupFolder(for file: String, team: Team) throws(TavleError) -> Bool {
        let typed = (file as NSString).deletingLastPathComponent
        let folder = typed.isEmpty ? "." : typed
        guard let data = FileIO.realPath(root) else { return false }
        let backups = data + "/backups"
        if let real = FileIO.realPath(folder) {
            if real != backups, real == data || real.hasPrefix(data + "/") {
                throw .refused(LocalizedMessage(.refuseBackupInsideData, [file, root + "/backups/"]))
            }
            return real == backups
        }
        let above = (folder as NSString).deletingLastPathComponent
        if (folder as NSString).lastPathComponent == "backups", FileIO.realPath(above.isEmpty ? "." : above) == data {
            try ensureModuleDirectory(folder, team: team)
            return true
        }
        throw .refused(LocalizedMessage(.refuseBackupNoFolder, [typed]))
    }

    /// Restores a backup into `root`, which must be missing or empty. Returns the opened store.
    ///
    /// Streamed like the backup: the archive is read a megabyte at a time and each file decoded
    /// into a staging directory beside `root`, which is renamed into place only when everything is
    /// in (a failed restore leaves `root` as it was). A team-mode backup is restored into the
    /// team's group — the one it records, or `group` for a backup made before tavle recorded it —
    /// never into the restorer's primary group; a group that does not exist here, or that the
    /// restorer is not in, is refused before anything is written.
    @discardableResult
    public static func restore(from file: String, into root: String, group: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(TavleError) -> Store {
        if let st = FileIO.status(root) {
            guard (st.st_mode & S_IFMT) == S_IFDIR, ((try? FileIO.list(root)) ?? ["x"]).isEmpty else {
                throw .dataDirectoryExists(path: root)
            }
        }
        let fd = try FileIO.open(file, O_RDONLY)
        defer { close(fd) }
        var reader = JSONPullReader(fd: fd, path: file)
        let parent = (root as NSString).deletingLastPathComponent
        let staging = (parent.isEmpty ? "." : parent) + "/." + (root as NSString).lastPathComponent + ".restoring-\(getpid())"
        FileIO.registerRoot(staging)
        var made = false, done = false
        defer { if made && !done { FileIO.removeTree(staging) } }

        var kind: String?, schema: Int?, access: AccessMode?, archivedGroup: String?
        var target: (dirMode: mode_t, fileMode: mode_t, gid: gid_t?)?
        var count = 0
        try reader.expect(0x7B)
        if !(try reader.take(0x7D)) {
            repeat {
                let key = try reader.smallString()
                try reader.expect(0x3A)
                switch key {
                case "kind":
                    kind = try reader.smallString()
                    guard kind == "tavle-backup" else { throw reader.bad(.backupBadKind, [TextSafety.display(kind ?? "")]) }
                case "schema":
                    schema = try reader.number()
                    // Only a backup's schema is a backup's: any other file's (a team file) is
                    // "not a backup", not "written by a newer tavle".
                    if kind != nil, let s = schema, s > BackupArchive.schemaVersion {
                        throw .newerSchema(path: file, found: s, supported: BackupArchive.schemaVersion)
                    }
                case "access":
                    guard let a = AccessMode(rawValue: try reader.smallString()) else { throw reader.bad(.backupBadAccess) }
                    access = a
                case "group": archivedGroup = try reader.smallString(limit: 256)
                case "files":
                    guard let access else { throw reader.bad(.backupBadAccessLate) }
                    let t = try restoreTarget(access: access, archived: archivedGroup, flag: group, file: file)
                    target = t
                    try makeRestoreDirectory(staging, t)
                    made = true
                    for sub in ["youths", "tmp"] { try makeRestoreDirectory(staging + "/" + sub, t) }
                    try reader.expect(0x5B)
                    if !(try reader.take(0x5D)) {
                        repeat {
                            try restoreOne(&reader, into: staging, number: count, t, file: file)
                            count += 1
                        } while try reader.take(0x2C)
                        try reader.expect(0x5D)
                    }
                default: try reader.skipValue()
                }
            } while try reader.take(0x2C)
            try reader.expect(0x7D)
        }
        guard try reader.atEnd() else { throw reader.bad(.backupBadTrailing) }
        if kind == "tavle-backup", let s = schema, s > BackupArchive.schemaVersion {
            throw .newerSchema(path: file, found: s, supported: BackupArchive.schemaVersion)
        }
        guard kind == "tavle-backup", schema != nil, target != nil else { throw reader.bad(.backupBadIncomplete) }
        try FileIO.fsyncDirectory(of: staging + "/youths/x")
        try FileIO.fsyncDirectory(of: staging + "/x")
        // Into place in one step: a missing `root`, or the empty directory there, is replaced.
        let from = try FileIO.parent(staging)
        defer { close(from.fd) }
        let to = try FileIO.parent(root)
        defer { close(to.fd) }
        guard renameat(from.fd, from.name, to.fd, to.name) == 0 else { throw .io(path: root, operation: "rename", errno: errno) }
        done = true
        try FileIO.fsyncDirectory(of: root)
        return try Store(root: root, environment: environment)
    }

    /// Modes and group of a restored directory; a team directory's group must be known, exist
    /// here, and be one the restorer belongs to (root may choose any).
    private static func restoreTarget(access: AccessMode, archived: String?, flag: String?, file: String) throws(TavleError)
        -> (dirMode: mode_t, fileMode: mode_t, gid: gid_t?) {
        guard access == .group else { return (0o700, 0o600, nil) }
        if let a = archived, let f = flag, a != f {
            throw .refused(LocalizedMessage(.refuseRestoreGroupDiffers, [TextSafety.display(f), TextSafety.display(a)]))
        }
        guard let name = archived ?? flag else { throw .refused(LocalizedMessage(.refuseRestoreNeedsGroup, [file])) }
        guard let g = getgrnam(name) else { throw .refused(LocalizedMessage(.refuseRestoreNoGroup, [TextSafety.display(name)])) }
        let gid = g.pointee.gr_gid
        if geteuid() != 0 && getegid() != gid {
            let n = getgroups(0, nil)
            var list = [gid_t](repeating: 0, count: Int(max(n, 0)))
            let got = getgroups(n, &list)
            if got < 0 || !list.prefix(Int(got)).contains(gid) {
                throw .refused(LocalizedMessage(.refuseRestoreNotInGroup, [TextSafety.display(name)]))
            }
        }
        return (0o2770, 0o660, gid)
    }

    private static func makeRestoreDirectory(_ path: String, _ t: (dirMode: mode_t, fileMode: mode_t, gid: gid_t?)) throws(TavleError) {
        try FileIO.makeDirectory(path, mode: t.dirMode)
        if let g = t.gid {
            let fd = try FileIO.openDirectory(path)
            defer { close(fd) }
            // Setgid directories must be given their group before the bit, which a chown clears.
            guard fchown(fd, uid_t.max, g) == 0 else { throw .io(path: path, operation: "chown", errno: errno) }
            guard fchmod(fd, t.dirMode) == 0 else { throw .io(path: path, operation: "chmod", errno: errno) }
        }
    }

    /// One `{"path", "base64"}` of the archive (in either order), decoded into a temp file in the
    /// staging directory and renamed into place once its path is known and safe.
    private static func restoreOne(_ reader: inout JSONPullReader, into staging: String, number: Int,
                                   _ t: (dirMode: mode_t, fileMode: mode_t, gid: gid_t?), file: String) throws(TavleError) {
        let temp = staging + "/tmp/restore.\(number).new"
        let fd = try FileIO.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: t.fileMode, operation: "create")
        var closed = false
        defer { if !closed { close(fd) }; FileIO.unlink(temp) }
        guard fchmod(fd, t.fileMode) == 0 else { throw .io(path: temp, operation: "chmod", errno: errno) }
        if let g = t.gid, fchown(fd, uid_t.max, g) != 0 { throw .io(path: temp, operation: "chown", errno: errno) }
        var rel: String?, sawData = false
        try reader.expect(0x7B)
        repeat {
            let key = try reader.smallString()
            try reader.expect(0x3A)
            switch key {
            case "path": rel = try reader.smallString(limit: 4096)
            case "base64":
                var decoder = Base64Stream.Decoder()
                let bad = reader.bad(.backupBadBase64)
                try reader.string { (piece: ArraySlice<UInt8>) throws(TavleError) in
                    guard let bytes = decoder.feed(piece) else { throw bad }
                    try FileIO.writeAll(fd, bytes, path: temp)
                }
                guard let rest = decoder.finish() else { throw bad }
                try FileIO.writeAll(fd, rest, path: temp)
                sawData = true
            default: try reader.skipValue()
            }
        } while try reader.take(0x2C)
        try reader.expect(0x7D)
        // Paths come from a file a user hands us: nothing may point outside the directory.
        guard let rel, sawData, Store.isSafeRelative(rel) else {
            throw .badFile(path: file, problem: LocalizedMessage(.fileBackupBadEntry, [TextSafety.display(rel ?? "-")]))
        }
        guard fsync(fd) == 0 else { throw .io(path: temp, operation: "fsync", errno: errno) }
        closed = true
        guard close(fd) == 0 else { throw .io(path: temp, operation: "close", errno: errno) }
        let parts = rel.split(separator: "/").map(String.init)
        if parts.count == 2 { try makeRestoreDirectory(staging + "/" + parts[0], t) }
        let target = staging + "/" + rel
        guard FileIO.status(target) == nil else { throw .badFile(path: file, problem: LocalizedMessage(.fileBackupTwice, [TextSafety.display(rel)])) }
        try FileIO.commit(tempPath: temp, to: target)
    }
}
