import Foundation
import Testing
@testable import TavleCore

/// Issue 28, findings 10, 12 and 13: backups are streamed (no size limit, bounded memory), never
/// replace an earlier one (an interrupted `migrate` and its rerun kept overwriting the
/// pre-migration backup), leave nothing behind when killed, and a team backup is restored into the
/// team's group, not the restorer's.
@Suite(.serialized) struct BackupSafetyTests {
    @Test func aBackupNeverReplacesAnEarlierOne() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let file = dir.path + "/first.backup"
        try store.backup(to: file)
        let first = try FileIO.read(file, limit: 1 << 30)
        try store.updateYouth("noah", actor: leader, action: "note") { $0.warning = "after the first backup" }
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseBackupExists, [file]))) { try store.backup(to: file) }
        #expect(try FileIO.read(file, limit: 1 << 30) == first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["data", "first.backup"], "no temp file left")
    }

    /// A backup inside the data directory would be in every later backup and out of a purge's
    /// reach: refused, but for `backups/` (made when missing). A folder that does not exist is
    /// refused, not made.
    @Test func aBackupGoesInBackupsOrOutsideTheDataDirectory() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let data = dir.path + "/data"
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: data)
        for typed in [data + "/inside.backup", data + "/youths/x.backup", data + "/./youths/../inside.backup", dir.path + "/link/inside.backup"] {
            #expect(throws: TavleError.refused(LocalizedMessage(.refuseBackupInsideData, [typed, data + "/backups/"])), "\(typed)") {
                try store.backup(to: typed)
            }
        }
        let missing = dir.path + "/typo/x.backup"
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseBackupNoFolder, [dir.path + "/typo"]))) { try store.backup(to: missing) }
        #expect(FileIO.status(dir.path + "/typo") == nil, "no folder made")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).contains { $0.hasSuffix(".backup") || $0 == "backups" } == false)
        try store.backup(to: data + "/backups/first.backup")
        try store.backup(to: dir.path + "/outside.backup")
        #expect(FileIO.status(data + "/backups/first.backup") != nil && FileIO.status(dir.path + "/outside.backup") != nil)
        #expect(try !store.backupFiles().contains { $0.hasSuffix(".backup") }, "a backup is never in the next one")
    }

    @Test func aRerunMigrateKeepsThePreMigrationBackup() throws {
        let dir = TempDir()
        let root = try MigrationTests().copyFixture(dir)
        let store = try Store(root: root, environment: testEnv)
        let original = try FileIO.read(root + "/youths/fkzntz.json")
        let backup = dir.path + "/before.backup"
        try store.migrate(actor: Actor(staff: "ingrid", unixUser: "ingrid"), backupPath: backup)
        let first = try FileIO.read(backup, limit: 1 << 30)
        // As if the first run had stopped before the team file: the directory still says schema 1.
        var raw = try store.rawObject(store.teamPath)
        raw["schema"] = .number(1)
        try FileIO.writeAtomically(try Coding.encodeFile(JSONValue.object(raw)), to: store.teamPath, tempPath: store.tmpDir + "/t", mode: 0o600)
        #expect(throws: TavleError.self) {
            try store.migrate(actor: Actor(staff: "ingrid", unixUser: "ingrid"), backupPath: backup)
        }
        #expect(try FileIO.read(backup, limit: 1 << 30) == first, "the pre-migration backup is untouched")
        let restored = try Store.restore(from: backup, into: dir.path + "/back", environment: testEnv)
        #expect(try FileIO.read(restored.youthPath("fkzntz")) == original)
    }

    @Test func aBackupOfOldAndNewShapeRestoresTheSameFiles() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let file = dir.path + "/new.backup"
        try store.backup(to: file)
        // The shape older tavles wrote: keys sorted, each file's base64 before its path.
        var files: [BackupArchive.File] = []
        for rel in try store.backupFiles() {
            files.append(.init(path: rel, base64: Data(try FileIO.read(store.root + "/" + rel, limit: 1 << 30)).base64EncodedString()))
        }
        let old = BackupArchive(created: Timestamp(seconds: 0, offset: 3600), access: .private, files: files)
        try FileIO.writeNew(try Coding.encodeCompact(old), to: dir.path + "/old.backup", mode: 0o600)
        let a = try Store.restore(from: file, into: dir.path + "/a", environment: testEnv)
        let b = try Store.restore(from: dir.path + "/old.backup", into: dir.path + "/b", environment: testEnv)
        for rel in try store.backupFiles() {
            #expect(try FileIO.read(a.root + "/" + rel, limit: 1 << 30) == (try FileIO.read(store.root + "/" + rel, limit: 1 << 30)), "\(rel)")
            #expect(try FileIO.read(b.root + "/" + rel, limit: 1 << 30) == (try FileIO.read(store.root + "/" + rel, limit: 1 << 30)), "\(rel)")
        }
        #expect(a.verify() == [] && b.verify() == [])
    }

    @Test func aDamagedBackupLeavesNoDirectoryBehind() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let file = dir.path + "/cut.backup"
        try store.backup(to: file)
        let bytes = try FileIO.read(file, limit: 1 << 30)
        try FileIO.writeNew(Array(bytes.prefix(bytes.count / 2)), to: dir.path + "/half.backup", mode: 0o600)
        #expect(throws: TavleError.self) { try Store.restore(from: dir.path + "/half.backup", into: dir.path + "/r", environment: testEnv) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["cut.backup", "data", "half.backup"])
        // A file that is no backup at all is named as such, with the advice for a backup (not a data file's).
        do {
            try Store.restore(from: dir.path + "/data/team.json", into: dir.path + "/r", environment: testEnv)
            Issue.record("a team file was restored from")
        } catch {
            #expect(error.message(.en).hasPrefix("Cannot restore from \(dir.path)/data/team.json: not a tavle backup"), "\(error.message(.en))")
            #expect(error.message(.nb).contains("velg en hel fil laget med `tavle backup`") && !error.message(.nb).contains("tavle check"))
        }
    }

    /// As root (the tests' usual user here): a team directory of group `adm` restored by root
    /// must belong to `adm`, not to root's own group; `check` names files of another group.
    @Test(.enabled(if: geteuid() == 0 && getgrnam("adm") != nil))
    func aTeamBackupIsRestoredIntoTheTeamsGroup() throws {
        let dir = TempDir()
        let gid = getgrnam("adm")!.pointee.gr_gid
        let store = try Store.create(root: dir.path + "/team", team: Team(name: "Gruppe"), group: gid, actor: leader, environment: testEnv)
        #expect(try store.loadTeam().group == "adm")
        _ = try store.createYouth(Youth(id: "", name: "Kari Nordmann", born: Day(year: 2010, month: 1, day: 1)!, intake: fixedToday), actor: leader)
        let file = dir.path + "/team.backup"
        try store.backup(to: file)
        let restored = try Store.restore(from: file, into: dir.path + "/restored", environment: testEnv)
        let e = FileManager.default.enumerator(atPath: restored.root)
        var checked = 0
        while let rel = e?.nextObject() as? String {
            let st = try #require(FileIO.status(restored.root + "/" + rel))
            #expect(st.st_gid == gid, "\(rel) belongs to group \(st.st_gid)")
            let want: mode_t = (st.st_mode & S_IFMT) == S_IFDIR ? 0o2770 : 0o660
            #expect(st.st_mode & 0o7777 == want, "\(rel) mode \(String(st.st_mode & 0o7777, radix: 8))")
            checked += 1
        }
        #expect(checked >= 5)
        #expect(restored.verify() == [])
        // The whole directory moved to another group (as a restore into root's group did): check says so.
        for rel in ["", "/team.json", "/journal.jsonl", "/youths"] { chown(restored.root + rel, uid_t.max, 0) }
        let problems = restored.verify()
        #expect(problems.contains { $0.contains("team.json") && $0.contains("not the team's group adm") }, "\(problems)")
    }


    /// A team's backup in its `backups/` has the data's mode and group (so the leader's purge can
    /// rewrite any member's); outside the data directory it is the maker's alone (0600).
    @Test(.enabled(if: geteuid() == 0 && getgrnam("adm") != nil))
    func aTeamBackupInBackupsIsTheTeamsToPurge() throws {
        let dir = TempDir()
        let gid = getgrnam("adm")!.pointee.gr_gid
        let store = try Store.create(root: dir.path + "/team", team: Team(name: "Gruppe"), group: gid, actor: leader, environment: testEnv)
        try store.backup(to: store.root + "/backups/first.backup")
        try store.backup(to: dir.path + "/outside.backup")
        let folder = try #require(FileIO.status(store.root + "/backups")), inside = try #require(FileIO.status(store.root + "/backups/first.backup"))
        #expect(folder.st_mode & 0o7777 == 0o2770 && folder.st_gid == gid)
        #expect(inside.st_mode & 0o777 == 0o660 && inside.st_gid == gid)
        #expect(try #require(FileIO.status(dir.path + "/outside.backup")).st_mode & 0o777 == 0o600)
        #expect(store.verify() == [])
    }
    @Test(.enabled(if: geteuid() == 0 && getgrnam("adm") != nil))
    func aTeamBackupWithoutARecordedGroupNeedsOne() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var files: [BackupArchive.File] = []
        for rel in try store.backupFiles() {
            files.append(.init(path: rel, base64: Data(try FileIO.read(store.root + "/" + rel, limit: 1 << 30)).base64EncodedString()))
        }
        let old = BackupArchive(created: Timestamp(seconds: 0, offset: 3600), access: .group, files: files)
        try FileIO.writeNew(try Coding.encodeCompact(old), to: dir.path + "/old.backup", mode: 0o600)
        #expect(throws: TavleError.self) { try Store.restore(from: dir.path + "/old.backup", into: dir.path + "/r", environment: testEnv) }
        #expect(FileIO.status(dir.path + "/r") == nil)
        let r = try Store.restore(from: dir.path + "/old.backup", into: dir.path + "/r", group: "adm", environment: testEnv)
        #expect(FileIO.status(r.teamPath)?.st_gid == getgrnam("adm")!.pointee.gr_gid)
    }
}
