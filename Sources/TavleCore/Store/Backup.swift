import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A backup: every data file of the directory in one JSON document, taken under the lock so no
/// change is half in it. Restoring writes the files into a new, empty directory.
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
    var files: [File]
}

extension Store {
    /// Files that belong in a backup: everything but the lock, the index, temp files and backups.
    func backupFiles() throws(TavleError) -> [String] {
        var out: [String] = []
        for name in try FileIO.list(root).sorted() {
            if ["lock", "index.json", "tmp", "backups"].contains(name) { continue }
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

    /// Writes a consistent snapshot of the whole directory to `file` (private, 0600).
    public func backup(to file: String) throws(TavleError) {
        try withLock(allowOlderSchema: true) { () throws(TavleError) -> Void in try writeBackup(to: file) }
    }

    /// The snapshot itself; the caller holds the lock.
    func writeBackup(to file: String) throws(TavleError) {
        let team = try loadTeam()
        var files: [BackupArchive.File] = []
        for rel in try backupFiles() {
            files.append(BackupArchive.File(path: rel, base64: Data(try FileIO.read(root + "/" + rel, limit: 1 << 30)).base64EncodedString()))
        }
        let archive = BackupArchive(created: Clock.now(zone: team.zone, environment: environment), access: team.access, files: files)
        let bytes = try Coding.encodeCompact(archive)
        let dir = (file as NSString).deletingLastPathComponent
        if !dir.isEmpty, FileIO.status(dir) == nil { try FileIO.makeDirectory(dir, mode: 0o700) }
        try FileIO.writeAtomically(bytes, to: file, tempPath: file + ".\(getpid()).new", mode: 0o600)
    }

    /// Restores a backup into `root`, which must be missing or empty. Returns the opened store.
    @discardableResult
    public static func restore(from file: String, into root: String,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(TavleError) -> Store {
        let bytes = try FileIO.read(file, limit: 1 << 30)
        let archive: BackupArchive
        do { archive = try JSONDecoder().decode(BackupArchive.self, from: Data(bytes)) } catch {
            throw .badFile(path: file, problem: "not a tavle backup (\(Coding.describe(error)))")
        }
        guard archive.kind == "tavle-backup" else { throw .badFile(path: file, problem: "not a tavle backup") }
        if archive.schema > BackupArchive.schemaVersion {
            throw .newerSchema(path: file, found: archive.schema, supported: BackupArchive.schemaVersion)
        }
        if let st = FileIO.status(root) {
            guard (st.st_mode & S_IFMT) == S_IFDIR, ((try? FileIO.list(root)) ?? ["x"]).isEmpty else {
                throw .dataDirectoryExists(path: root)
            }
        }
        let dirMode: mode_t = archive.access == .group ? 0o2770 : 0o700
        let fileMode = Store.fileMode(archive.access)
        try FileIO.makeDirectory(root, mode: dirMode)
        for sub in ["youths", "tmp"] { try FileIO.makeDirectory(root + "/" + sub, mode: dirMode) }
        for f in archive.files {
            let parts = f.path.split(separator: "/").map(String.init)
            // Paths come from a file a user hands us: nothing may point outside the directory.
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }),
                  let data = Data(base64Encoded: f.base64) else {
                throw .badFile(path: file, problem: "a bad entry: \(TextSafety.display(f.path))")
            }
            if parts.count == 2 { try FileIO.makeDirectory(root + "/" + parts[0], mode: dirMode) }
            let target = root + "/" + f.path
            try FileIO.writeAtomically(Array(data), to: target, tempPath: root + "/tmp/restore.\(getpid()).new", mode: fileMode)
        }
        return try Store(root: root, environment: environment)
    }
}
