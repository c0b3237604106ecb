import Foundation
import Testing
@testable import TavleCore

/// A data directory written by the first tavle (schema 1) is upgraded explicitly, never silently.
@Suite struct MigrationTests {
    func copyFixture(_ dir: TempDir) throws -> String {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/schema1").path
        let root = dir.path + "/old"
        try FileManager.default.copyItem(atPath: fixture, toPath: root)
        chmod(root, 0o700); chmod(root + "/youths", 0o700)
        try FileManager.default.createDirectory(atPath: root + "/tmp", withIntermediateDirectories: false)
        chmod(root + "/tmp", 0o700)
        for f in try FileManager.default.subpathsOfDirectory(atPath: root) where f.hasSuffix(".json") || f.hasSuffix(".jsonl") {
            chmod(root + "/" + f, 0o600)
        }
        return root
    }

    @Test func olderDirectoryIsReadableButNotWritableUntilMigrated() throws {
        let dir = TempDir()
        let store = try Store(root: try copyFixture(dir), environment: testEnv)
        #expect(try store.directorySchema() == 1)
        let board = try store.loadBoard(today: fixedToday, maintainIndex: false)
        #expect(board.youths.count == 2 && board.problems.isEmpty)
        #expect(board.youths.first { $0.name == "Kari Nordmann" }?.services == [.outreach], "upgraded in memory")
        let kari = board.youths.first { $0.name == "Kari Nordmann" }!.id
        do {
            try store.updateYouth(kari, actor: leader, action: "status") { $0.setStatus(.worried) }
            Issue.record("a write to an older directory must be refused")
        } catch {
            #expect(error.message(.en).contains("tavle migrate"))
        }
    }

    @Test func migrateBacksUpJournalsAndChecksClean() throws {
        let dir = TempDir()
        let root = try copyFixture(dir)
        let store = try Store(root: root, environment: testEnv)
        let before = try FileIO.read(root + "/youths/fkzntz.json")
        let count = try store.migrate(actor: Actor(staff: "ingrid", unixUser: "ingrid"), backupPath: dir.path + "/pre-migrate.backup")
        #expect(count == 3, "two youths and the team file")
        #expect(try store.directorySchema() == Team.schemaVersion)
        #expect(try store.loadYouth("fkzntz").schema == Youth.schemaVersion)
        #expect(try store.loadYouth("fkzntz").services == [.outreach])
        #expect(store.verify() == [])
        // The old data's logs were not sealed: migrate seals them last (issue 26).
        #expect(try store.journal.read().entries.suffix(2).map(\.action) == ["migrate", Chain.sealAction])
        try store.updateYouth("fkzntz", actor: Actor(staff: "ingrid", unixUser: "ingrid"), action: "status") { $0.setStatus(.worried) }
        // The backup holds the old files exactly.
        let restored = try Store.restore(from: dir.path + "/pre-migrate.backup", into: dir.path + "/back", environment: testEnv)
        #expect(try FileIO.read(restored.youthPath("fkzntz")) == before)
        #expect(try restored.directorySchema() == 1)
    }

    @Test func newerDirectoryIsReadOnlyAndSaysWhichVersionItNeeds() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var raw = try store.rawObject(store.teamPath)
        raw["schema"] = .number(99)
        try Data(try Coding.encodeFile(JSONValue.object(raw))).write(to: URL(fileURLWithPath: store.teamPath))
        #expect(throws: TavleError.newerSchema(path: store.teamPath, found: 99, supported: Team.schemaVersion)) {
            _ = try store.loadTeam()
        }
        #expect(throws: TavleError.self) { try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) } }
    }
}
