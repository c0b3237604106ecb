import Foundation
import Testing
@testable import TavleCore

@Suite struct PermissionTests {
    func mode(_ path: String) -> Int { Int(FileIO.status(path)!.st_mode & 0o7777) }

    @Test func privateModeUnderAnyUmask() throws {
        for mask: mode_t in [0o000, 0o022, 0o077] {
            let old = umask(mask)
            defer { umask(old) }
            let dir = TempDir()
            let store = try demoStore(dir)
            try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
            #expect(mode(store.root) == 0o700, "umask \(mask)")
            #expect(mode(store.youthPath("noah")) == 0o600, "umask \(mask)")
            #expect(mode(store.teamPath) == 0o600)
            #expect(mode(store.journal.path) == 0o600)
            #expect(mode(store.lockPath) == 0o600)
        }
    }

    @Test func rewriteNeverWidens() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        chmod(store.youthPath("noah"), 0o644)
        try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        #expect(mode(store.youthPath("noah")) == 0o600)
    }

    @Test func groupModeIsSetgidWithGroupFiles() throws {
        let dir = TempDir()
        let store = try Store.create(root: dir.path + "/g", team: Team(name: "T"), group: getegid(),
                                     actor: leader, environment: testEnv)
        #expect(mode(store.root) == 0o2770)
        #expect(mode(store.teamPath) == 0o660)
        #expect(store.permissionProblems(access: .group) == [])
    }

    @Test func checkNamesATeamFileTheGroupCannotWrite() throws {
        let dir = TempDir()
        let store = try Store.create(root: dir.path + "/g", team: Team(name: "T"), group: getegid(),
                                     actor: leader, environment: testEnv)
        // What a member's umask 022 made of the lock before it was fchmod'ed: the others are locked out.
        close(open(store.lockPath, O_CREAT | O_WRONLY, 0o640))
        chmod(store.lockPath, 0o640)
        chmod(store.journal.path, 0o600)
        let problems = store.permissionProblems(access: .group).map { $0.text(.en) }
        #expect(problems.contains { $0.hasPrefix(store.lockPath + ": permissions are 640, expected 660") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix(store.journal.path + ": permissions are 600") }, "\(problems)")
        #expect(problems.count == 2, "\(problems)")
        // 0600 is right for a private directory's files, and 0640 there lets the group read.
        let asPrivate = store.permissionProblems(access: .private).map { $0.text(.en) }
        #expect(!asPrivate.contains { $0.hasPrefix(store.journal.path + ":") }, "\(asPrivate)")
        #expect(asPrivate.contains { $0.hasPrefix(store.lockPath + ": permissions are 640, expected 600") }, "\(asPrivate)")
    }
}
