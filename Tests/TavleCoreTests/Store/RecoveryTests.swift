import Foundation
import Testing
@testable import TavleCore

/// What a writer killed mid-write leaves behind is finished or discarded by the next writer.
@Suite struct RecoveryTests {
    @Test func tornJournalLineIsCutByTheNextWriter() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = store.journal.size()
        let fh = FileHandle(forWritingAtPath: store.journal.path)!
        fh.seekToEndOfFile(); fh.write(Data(#"{"schema":1,"at":"2026-11-2"#.utf8)); fh.closeFile()
        let read = try store.journal.read()
        #expect(read.problems.count == 1 && read.problems[0].text(.en).contains("torn") && read.problems[0].text(.nb).contains("avbrutt"))
        try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        let after = try store.journal.read()
        #expect(after.problems.isEmpty)
        #expect(after.entries.last?.id == "noah")
        #expect(store.journal.size() > before)
    }

    @Test func leftoverTempFileIsRemoved() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let stray = store.tmpDir + "/youth.noah.9.12345.tmp"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: stray))
        try store.updateYouth("ida", actor: leader, action: "status") { $0.setStatus(.worried) }
        #expect(FileIO.status(stray) == nil)
        #expect(try store.loadYouth("noah").version == 1)
    }

    @Test func journaledButNotRenamedIsRolledForward() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)   // the index written and current
        #expect(FileIO.status(store.indexPath) != nil)
        // Simulate a writer killed between the journal append and the rename.
        var y = try store.loadYouth("noah")
        let old = try JSONValue.from(y).object!
        y.status = .crisis
        y.version = 2
        let changes = RecordDiff.changes(from: old, to: try JSONValue.from(y).object!)
        let temp = store.tmpDir + "/youth.noah.2.999.tmp"
        try FileIO.writeNew(try Coding.encodeFile(y), to: temp, mode: 0o600)
        try store.journal.append(JournalEntry(at: Timestamp(seconds: 0, offset: 0), staff: "ole", user: "ole", target: "youth",
                                              id: "noah", version: 2, action: "status", changes: changes), mode: 0o600)
        #expect(try store.loadYouth("noah").status == .stable)
        // A reader that can write (a listing) finishes it too, with the index current.
        #expect(try store.loadBoard(today: fixedToday).youths.first { $0.id == "noah" }?.status == .crisis)
        let noah = try store.loadYouth("noah")
        #expect(noah.status == .crisis && noah.version == 2)
        #expect(FileIO.status(temp) == nil)
        try store.updateYouth("ida", actor: leader, action: "status") { $0.setStatus(.worried) }
        #expect(try store.loadYouth("noah") == noah)
    }

    @Test func staleLockDoesNotBlock() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        // A lock file left by a dead writer holds no flock: the next writer proceeds at once.
        try Data("stale".utf8).write(to: URL(fileURLWithPath: store.lockPath))
        try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        #expect(try store.loadYouth("noah").status == .worried)
    }
}

@Suite struct VerifyTests {
    @Test func cleanDirectoryVerifies() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.updateYouth("noah", actor: leader, action: "note") {
            try $0.addNote("Hjemmebesøk", kind: .note, by: "ingrid", at: Timestamp(seconds: 0, offset: 3600))
        }
        try store.updateTeam(actor: leader, action: "staff") { $0.meetingMinutes = 20 }
        _ = try store.loadBoard(today: fixedToday)
        #expect(store.verify() == [])
    }

    @Test func handEditIsFoundByReplay() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var y = try store.loadYouth("noah")
        y.warning = "edited by hand"
        try Data(try Coding.encodeFile(y)).write(to: URL(fileURLWithPath: store.youthPath("noah")))
        let problems = store.verify()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("noah.json: differs from the journal in the warning") == true)
    }

    @Test func worldReadableFileIsReported() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        chmod(store.youthPath("ida"), 0o644)
        #expect(store.verify().contains { $0.contains("ida.json: permissions are 644") })
    }
}
