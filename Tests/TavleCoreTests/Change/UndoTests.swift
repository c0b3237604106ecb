import Foundation
import Testing
@testable import TavleCore

/// Undo is a change of its own: your last change, reverted as a whole; notes and contacts are
/// retracted (kept and marked), never deleted; a field someone changed since is not overwritten.
@Suite struct UndoTests {
    func store(at clock: String = "07:22") throws -> (TempDir, Store) {
        let dir = TempDir()
        _ = try demoStore(dir)
        return (dir, try Store(root: dir.path + "/data", environment: ["TAVLE_NOW": "2026-11-22T\(clock):00+01:00"]))
    }

    @Test func aNoteWrittenToTheWrongYouthIsRetractedNotDeleted() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        let written = try store.apply(.note(text: "Til feil ungdom", kind: .note), to: "kristian", actor: leader)
        let note = try #require(written.notes.last)
        let outcome = try store.undoLast(actor: leader)
        #expect(outcome.kinds == [.note])
        let y = try store.loadYouth("kristian")
        #expect(y.notes.contains(note), "kept in the file")
        #expect(y.isRetracted(note.id) && !y.shownNotes.contains(note), "hidden everywhere but the log")
        #expect(y.retractions.last?.by == leader.staff)
        let undo = try #require(store.journal.lastEntry())
        let noteEntry = try #require(try store.journal.read().entries.last { $0.action == "note" })
        #expect(undo.action == "undo" && undo.undoes == noteEntry.change)
        #expect(store.verify() == [], "the journal still replays to the files")
    }

    @Test func undoingAgainGoesOneChangeFurtherBackAndAContactsLastContactIsRecomputed() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        let before = try store.loadYouth("filip")
        try store.apply(.status(.crisis, why: nil), to: "filip", actor: leader)
        try store.apply(.contact(with: .youth, kind: .visit, at: nil, staff: nil, note: nil), to: "filip", actor: leader)
        #expect(try store.undoLast(actor: leader).kinds == [.contact])
        #expect(try store.loadYouth("filip").lastContact == before.lastContact)
        #expect(try store.undoLast(actor: leader).kinds == [.status])
        #expect(try store.loadYouth("filip").status == before.status)
        // Changes of other youths and other people are not yours to undo here.
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUndoNothing))) { try store.undoLast(actor: leader) }
    }

    @Test func anUndoOfAFieldSomeoneChangedSinceIsRefusedNamingWhoAndWhat() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try store.apply(.set(field: "whereabouts", value: "ward", ageOverride: nil), to: "filip", actor: leader)
        let ole = Actor(staff: "ole", unixUser: "ole")
        try store.apply(.set(field: "whereabouts", value: "home", ageOverride: nil), to: "filip", actor: ole)
        let journal = store.journal.size(), before = try store.loadYouth("filip")
        do {
            try store.undoLast(actor: leader)
            Issue.record("a stale undo was not refused")
        } catch {
            guard case .undoConflict(_, let field, let by, _) = error else { Issue.record("\(error)"); return }
            #expect(field == "whereabouts" && by == "Ole Bråten (OB)")
            #expect(error.exitCode == 3)
            #expect(error.message(.nb).contains("oppholdsstedet"), "the field in words: \(error.message(.nb))")
        }
        #expect(store.journal.size() == journal)
        #expect(try store.loadYouth("filip") == before, "nothing changed")
        // Another field changed since is no obstacle.
        try store.apply(.note(text: "x", kind: .note), to: "filip", actor: ole)
        try store.apply(.status(.crisis, why: nil), to: "filip", actor: leader)
        try store.apply(.reviewed(note: nil), to: "filip", actor: ole)
        #expect(try store.undoLast(actor: leader).kinds == [.status])
    }

    @Test func aDiscussionInTheMeetingIsOneChangeAndItsUndoRevertsAllOfIt() throws {
        let (dir, store) = try store(at: "08:00")
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        let later = try Store(root: dir.path + "/data", environment: ["TAVLE_NOW": "2026-11-22T08:03:00+01:00"])
        let before = try later.loadYouth("kristian")
        try later.discuss(youth: "kristian", day: fixedToday, changes: [
            .status(.crisis, why: nil), .decision(text: "Nettverksmøte med skolen"), .plan(day: nil, staff: "ole", time: "10:00", place: nil),
        ], actor: leader)
        let m = try #require(try later.meeting(on: fixedToday))
        #expect(m.item("kristian").outcome == .discussed && m.item("kristian").decisions.count == 1)
        #expect(m.item("kristian").seconds == 180)
        let outcome = try later.undoLast(actor: leader)
        #expect(outcome.kinds == [.status, .decision, .plan] && outcome.undidDiscussion)
        let after = try #require(try later.meeting(on: fixedToday))
        #expect(after.item("kristian").outcome == nil && after.item("kristian").decisions.isEmpty, "gone from the meeting")
        let y = try later.loadYouth("kristian")
        #expect(y.status == before.status && y.plans == before.plans)
        #expect(y.shownNotes == before.shownNotes, "the decision note is retracted")
        #expect(later.verify() == [])
    }

    @Test func anUndoForOneYouthSkipsYourChangesToOthers() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try store.apply(.note(text: "Til Filip", kind: .note), to: "filip", actor: leader)
        try store.apply(.note(text: "Til Ida", kind: .note), to: "ida", actor: leader)
        let outcome = try store.undoLast(actor: leader, youth: "filip")
        #expect(outcome.youths.map(\.id) == ["filip"])
        #expect(try store.loadYouth("ida").shownNotes.contains { $0.text == "Til Ida" })
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUndoNothingForYouth))) { try store.undoLast(actor: leader, youth: "filip") }
    }
    /// Undo reverts your last change or nothing: after an intake (which undo cannot revert) it is
    /// refused, and never reaches back to an older change to another youth.
    @Test func anUndoAfterAnIntakeIsRefusedAndDoesNotReachBackToAnOlderChange() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try store.apply(.status(.crisis, why: nil), to: "filip", actor: leader)
        let filip = try store.loadYouth("filip")
        _ = try store.createYouth(Youth(id: "", name: "Kine Hauge", born: Day(parsing: "2009-02-02")!, intake: fixedToday), actor: leader)
        let journal = store.journal.size()
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUndoLastNotUndoable, [LocalizedMessage.word(.journalCreate)]))) {
            try store.undoLast(actor: leader)
        }
        #expect(try store.loadYouth("filip") == filip && store.journal.size() == journal, "nothing changed")
        // Asked for that youth by name, your last change to it is still undone.
        #expect(try store.undoLast(actor: leader, youth: "filip").kinds == [.status])
        // A meeting started is a change undo cannot revert either.
        try store.apply(.note(text: "Før møtet", kind: .note), to: "ida", actor: leader)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUndoLastNotUndoable, [LocalizedMessage.word(.journalMeetingStart)]))) {
            try store.undoLast(actor: leader)
        }
        #expect(try store.loadYouth("ida").shownNotes.contains { $0.text == "Før møtet" })
        let message = TavleError.refused(LocalizedMessage(.refuseUndoLastNotUndoable, [LocalizedMessage.word(.journalCreate)])).message(.nb)
        #expect(message.contains("(tatt inn)"), "the change in words: \(message)")
    }
    /// Undoing a discussion and then undoing again goes one change further back (the meeting's
    /// undo entry is the undo's, not a change of yours); and `undo ID` is not stopped by the
    /// number another youth's intake gave ID's label.
    @Test func undoingADiscussionThenAgainAndUndoByYouthPastANamesakesIntake() throws {
        let (dir, store) = try store(at: "08:00")
        defer { withExtendedLifetime(dir) {} }
        let filip = try store.loadYouth("filip")
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        try store.discuss(youth: "sofie", day: fixedToday, changes: [.decision(text: "Ring mor")], actor: leader)
        try store.discuss(youth: "kristian", day: fixedToday, changes: [.decision(text: "Nettverksmøte")], actor: leader)
        #expect(try store.undoLast(actor: leader).youths.map(\.id) == ["kristian"])
        #expect(try store.undoLast(actor: leader).youths.map(\.id) == ["sofie"], "one further back: sofie's discussion")
        let m = try #require(try store.meeting(on: fixedToday))
        #expect(m.item("sofie").outcome == nil && m.item("kristian").outcome == nil)
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUndoLastNotUndoable, [LocalizedMessage.word(.journalMeetingStart)]))) {
            try store.undoLast(actor: leader)
        }
        // The same with `undo ID` after a namesake's intake numbered filip's label.
        #expect(filip.labelNumber == nil)
        try store.apply(.status(.crisis, why: nil), to: "filip", actor: leader)
        _ = try store.createYouth(Youth(id: "", name: filip.name, born: Day(parsing: "2009-02-02")!, intake: fixedToday), actor: leader)
        #expect(try store.loadYouth("filip").labelNumber != nil, "the intake numbered filip's label")
        #expect(try store.undoLast(actor: leader, youth: "filip").kinds == [.status])
        #expect(try store.loadYouth("filip").status == filip.status && store.verify() == [])
    }
    /// A journal from before undo marked its meeting entries: an undo's entry without `undoes` is
    /// still the undo's, never "your last change".
    @Test func anOlderUndosUnmarkedMeetingEntryIsNotYourLastChange() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try store.apply(.status(.crisis, why: nil), to: "filip", actor: leader)
        let at = Timestamp(parsing: "2026-11-22T07:22:00+01:00")!
        try store.journal.append(JournalEntry(at: at, staff: leader.staff, user: leader.unixUser, target: "meeting", id: fixedToday.iso,
                                              version: 3, action: JournalAction.undo, changes: [], change: "older-undo"), mode: 0o600)
        #expect(try store.undoLast(actor: leader).kinds == [.status])
    }
}
