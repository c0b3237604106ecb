import Foundation
import Testing

/// Issue 27, point 2: the server's administrator (root, or the data directory's owner) runs
/// `backup`, `check`, `migrate` and `restore` without being on the team, journaled as `admin`;
/// everything else still needs a place on the team.
@Suite struct AdminTests {
    /// A team whose only member is another Unix user: the test's user is not on it, but owns
    /// the directory (or is root).
    func foreignTeam(_ s: Scratch) throws {
        let other = currentUser == "nobody" ? "root" : "nobody"
        let made = try CLI.run(["init", "--data", s.data, "--leader", other])
        #expect(made.status == 0, "\(made)")
        let notOn = try CLI.run(["add", "--name", "Kari Nordmann", "--born", "2010-05-05", "--data", s.data, "--lang", "en"])
        #expect(notOn.status == 2 && notOn.err.contains("not on the team"), "\(notOn)")
    }

    @Test func theAdministratorBacksUpAndTheReadIsLoggedAsAdmin() throws {
        let s = Scratch()
        try foreignTeam(s)
        let file = s.path + "/admin-backup.json"
        let r = try CLI.run(["backup", file, "--data", s.data])
        #expect(r.status == 0, "\(r)")
        #expect(FileManager.default.fileExists(atPath: file))
        let access = try CLI.run(["log", "--access", "--json", "--data", s.data]).jsonArray()
        let last = try #require(access.last)
        #expect(last["how"] as? String == "backup")
        #expect(last["staff"] as? String == "admin")
        #expect(last["user"] as? String == currentUser)
        // The backup restores elsewhere, as the administrator too.
        let back = try CLI.run(["restore", file, "--data", s.path + "/restored"])
        #expect(back.status == 0, "\(back)")
        #expect(try CLI.run(["check", "--data", s.path + "/restored"]).status == 0)
    }

    @Test func theAdministratorMigratesAndTheJournalSaysAdmin() throws {
        let s = Scratch()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TavleCoreTests/Fixtures/schema1").path
        try FileManager.default.copyItem(atPath: fixture, toPath: s.data)
        for sub in ["", "/youths"] { chmod(s.data + sub, 0o700) }
        try FileManager.default.createDirectory(atPath: s.data + "/tmp", withIntermediateDirectories: false)
        chmod(s.data + "/tmp", 0o700)
        for f in try FileManager.default.subpathsOfDirectory(atPath: s.data) where f.hasSuffix("json") || f.hasSuffix("jsonl") {
            chmod(s.data + "/" + f, 0o600)
        }
        let before = journalLines(s)
        let r = try CLI.run(["migrate", "--data", s.data, "--lang", "en"])
        #expect(r.status == 0, "\(r)")
        let log = try CLI.run(["log", "--json", "--data", s.data]).jsonArray()
        let added = log.suffix(log.count - before)
        #expect(!added.isEmpty)
        #expect(added.allSatisfy { $0["staff"] as? String == "admin" && $0["user"] as? String == currentUser }, "\(added)")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    @Test func aMemberWhoIsNotTheLeaderMayNotMigrate() throws {
        let s = Scratch()
        try demoTeam(s)
        // The demo's leader is the test's user: act as a case manager.
        let r = try CLI.run(["migrate", "--as", "ole", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("leader"), "\(r)")
    }
}
