import Foundation
import Testing
@testable import TavleCore

/// The meeting module's hooks into the store's recovery, verify and purge.
@Suite struct MeetingStoreHookTests {
    @Test func crashedMeetingWriteIsRolledForwardIntoMeetings() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        // A writer killed after the journal append and before the rename leaves its temp file.
        let temp = store.tmpDir + "/meeting.\(fixedToday.iso).1.99999.tmp"
        #expect(rename(store.meetingPath(fixedToday), temp) == 0)
        try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        // Never a stray youth file named after the date.
        #expect(FileIO.status(store.youthPath(fixedToday.iso)) == nil)
        #expect(try store.meeting(on: fixedToday)?.version == 1)
    }

    @Test func verifyReportsADamagedMeetingFile() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var m = try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        m.board = []
        try FileIO.writeAtomically(try Coding.encodeFile(m), to: store.meetingPath(fixedToday), tempPath: store.tmpDir + "/t", mode: 0o600)
        let expected = "\(store.meetingPath(fixedToday)): differs from the journal in youths on the board"
        #expect(store.meetingProblems(entries: try store.journal.read().entries, access: .private) == [expected])
        #expect(store.verify().contains(expected))
    }

    @Test func purgeScrubsDecisionTextFromMeetingsAndTheirJournal() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        try store.applyInMeeting(.decision(text: "Sofies hemmelighet"), youth: "sofie", day: fixedToday, actor: leader)
        try store.applyInMeeting(.plan(day: nil, staff: "ole", time: "10:00", place: "Sofies adresse"), youth: "sofie", day: fixedToday, actor: leader)
        try store.applyInMeeting(.decision(text: "Aminas plan"), youth: "amina", day: fixedToday, actor: leader)

        let entries = try store.journal.read().entries
        let tombs = PurgeTombstones(ids: ["sofie": "slettet-0123456789ab"])
        let scrubbed = entries.map { store.scrubbedMeetingEntry($0, tombs: tombs) ?? $0 }
        #expect(entries.filter { store.scrubbedMeetingEntry($0, tombs: tombs) != nil }.count >= 2)
        try store.scrubMeetingFiles(tombs, mode: 0o600)

        let file = String(decoding: try FileIO.read(store.meetingPath(fixedToday)), as: UTF8.self)
        let journal = String(decoding: try Coding.encodeCompact(scrubbed.filter { $0.target == "meeting" }), as: UTF8.self)
        for text in [file, journal] {
            #expect(!text.contains("Sofies"))
            #expect(!text.contains("\"sofie\""), "the old id is gone: \(text)")
            #expect(text.contains("Aminas plan"))   // other youths keep theirs
        }
        let m = try #require(try store.meeting(on: fixedToday))
        #expect(m.item("slettet-0123456789ab").decisions.count == 1 && m.item("slettet-0123456789ab").plans.first?.time == "10:00")
        #expect(m.board.contains("slettet-0123456789ab") && !m.board.contains("sofie"))
        // The scrubbed journal still replays to the scrubbed file.
        #expect(store.meetingProblems(entries: scrubbed, access: .private) == [])
    }
}
