import Foundation
import Testing
@testable import TavleCore

@Suite struct RetentionAndBackupTests {
    func discharge(_ store: Store, _ id: String, on day: Day) throws {
        try store.updateYouth(id, actor: leader, action: "discharge") {
            try $0.discharge(by: "ingrid", today: day, at: Timestamp.local(day: day, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!))
        }
    }

    @Test func purgeLeavesTombstonesAndACleanCheck() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try discharge(store, "oskar", on: fixedToday.adding(months: -13))
        try discharge(store, "lukas", on: fixedToday.adding(months: -2))
        let candidates = try store.purgeCandidates(today: fixedToday)
        #expect(candidates.map(\.id) == ["oskar"], "only past the 12-month retention")
        try store.purge(["oskar"], actor: leader)
        #expect(FileIO.status(store.youthPath("oskar")) == nil)
        let journalText = String(decoding: try FileIO.read(store.journal.path), as: UTF8.self)
        #expect(!journalText.contains("Oskar"), "the person is gone from the journal")
        #expect(!journalText.contains("Brekke"))
        #expect(journalText.contains("Lukas Berg"), "others are untouched")
        // The old id is gone too: the entries name an opaque tombstone id.
        #expect(!journalText.contains("\"oskar\""), "the old id is gone from the journal")
        let all = try store.journal.read().entries
        let tomb = try #require(all.last { $0.action == "purge" }?.id)
        #expect(all.last?.action == Chain.sealAction, "the rewritten journal ends with its seal entry")
        #expect(tomb.hasPrefix(PurgeTombstones.prefix) && tomb.count == PurgeTombstones.prefix.count + 12)
        let entries = all.filter { $0.id == tomb }
        #expect(entries.count > 1 && entries.allSatisfy { $0.isTombstone })
        #expect(entries.last?.action == "purge" && entries.last?.staff == "ingrid")
        #expect(FileIO.status(store.purgePendingPath) == nil, "the map from old to new id is gone when the purge is done")
        #expect(store.verify() == [])
        #expect(try store.loadBoard(today: fixedToday).youths.count == 13)
    }

    @Test func backupRestoreRoundTrip() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.updateYouth("noah", actor: leader, action: "note") {
            try $0.addNote("Før sikkerhetskopi", kind: .note, by: "ingrid", at: Timestamp(seconds: 0, offset: 3600))
        }
        try store.logAccess(AccessEntry(at: Timestamp(seconds: 0, offset: 0), staff: "ingrid", user: "tester", youth: "noah", how: "show"))
        try FileIO.makeDirectory(dir.path + "/backup", mode: 0o700)
        let file = dir.path + "/backup/tavle.backup"
        try store.backup(to: file)
        #expect(Int(FileIO.status(file)!.st_mode & 0o777) == 0o600)
        let restored = try Store.restore(from: file, into: dir.path + "/restored", environment: testEnv)
        #expect(restored.verify() == [])
        #expect(try restored.loadYouth("noah") == (try store.loadYouth("noah")))
        #expect(try restored.accessLog().entries.count == 1)
        #expect(throws: TavleError.dataDirectoryExists(path: dir.path + "/restored")) {
            try Store.restore(from: file, into: dir.path + "/restored", environment: testEnv)
        }
    }

    @Test func restoreRefusesPathsOutsideTheDirectory() throws {
        let dir = TempDir()
        let evil = #"{"schema":1,"kind":"tavle-backup","created":"2026-11-22T08:00:00+01:00","access":"private","files":[{"path":"../escaped","base64":"eA=="}]}"#
        try Data(evil.utf8).write(to: URL(fileURLWithPath: dir.path + "/evil.backup"))
        #expect(throws: TavleError.self) { try Store.restore(from: dir.path + "/evil.backup", into: dir.path + "/r", environment: testEnv) }
        #expect(FileIO.status(dir.path + "/escaped") == nil)
    }

    @Test func accessLogRecordsWhoViewedWhom() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        for (youth, how) in [("noah", "show"), ("ida", "detail"), ("noah", "export")] {
            try store.logAccess(AccessEntry(at: Timestamp(seconds: 0, offset: 0), staff: "ole", user: "ole", youth: youth, how: how))
        }
        try store.logAccess(AccessEntry(at: Timestamp(seconds: 0, offset: 0), staff: nil, user: "projector", youth: nil, how: "shared-screen"))
        #expect(try store.accessLog(youth: "noah").entries.map(\.how) == ["show", "export"])
        #expect(try store.accessLog().entries.count == 4)
        #expect(Int(FileIO.status(store.accessLogPath)!.st_mode & 0o777) == 0o600)
    }
}
