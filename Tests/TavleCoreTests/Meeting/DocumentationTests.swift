import Foundation
import Testing
@testable import TavleCore

@Suite struct DocumentationTests {
    let oslo = TimeZone(identifier: "Europe/Oslo")!
    func day(_ s: String) -> Day { Day(parsing: s)! }
    func note(_ id: String, _ d: String, _ kind: NoteKind = .decision, documented: Bool = false) -> Note {
        var n = Note(id: id, at: Timestamp.local(day: day(d), minutes: 9 * 60, in: oslo), author: "ole", kind: kind, text: "Beslutning \(id)")
        if documented { n.documented = Timestamp.local(day: day(d), minutes: 15 * 60, in: oslo) }
        return n
    }

    /// 2026-11-19 is a Thursday; 11-21 and 11-22 are the weekend.
    var youth: Youth {
        var y = Youth(id: "kari", name: "Kari", born: day("2010-01-01"), intake: day("2026-01-01"))
        y.notes = [note("thu", "2026-11-19"), note("fri", "2026-11-20"), note("sat", "2026-11-21"),
                   note("mon", "2026-11-23"), note("done", "2026-11-19", documented: true), note("obs", "2026-11-10", .note)]
        return y
    }

    @Test func workingDaysSkipTheWeekend() {
        #expect(Documentation.workingDays(after: day("2026-11-20"), through: day("2026-11-23")) == 1)   // Fri → Mon
        #expect(Documentation.workingDays(after: day("2026-11-20"), through: day("2026-11-24")) == 2)   // Fri → Tue
        #expect(Documentation.workingDays(after: day("2026-11-21"), through: day("2026-11-22")) == 0)   // Sat → Sun
        #expect(Documentation.workingDays(after: day("2026-11-02"), through: day("2026-11-23")) == 15)  // three weeks
        #expect(Documentation.workingDays(after: day("2026-11-23"), through: day("2026-11-23")) == 0)
    }

    /// Easter 2026: skjærtorsdag 2.4, langfredag 3.4 and 2. påskedag 6.4 are not working days.
    @Test func workingDaysSkipPublicHolidays() {
        #expect(Documentation.workingDays(after: day("2026-04-01"), through: day("2026-04-06")) == 0)   // Wed → Easter Monday
        #expect(Documentation.workingDays(after: day("2026-04-01"), through: day("2026-04-07")) == 1)   // → Tuesday
        #expect(Documentation.workingDays(after: day("2026-04-01"), through: day("2026-04-08")) == 2)   // → Wednesday
        // Christmas 2026: 25 and 26 December are Friday and Saturday; 24 and 31 December are working days.
        #expect(Documentation.workingDays(after: day("2026-12-23"), through: day("2026-12-28")) == 2)   // Thu 24, Mon 28
        // Over two years: 2 × 52 weeks of five days less the holidays on weekdays.
        let start = day("2026-01-04"), end = start.adding(days: 728)
        let weekdayHolidays = (2026...2028).flatMap { Holidays.holidays(in: $0) }.filter { $0 > start && $0 <= end && $0.weekdayIndex < 5 }
        #expect(Documentation.workingDays(after: start, through: end) == 520 - weekdayHolidays.count)
        #expect(weekdayHolidays.count > 10)
        // A decision on the Wednesday before Easter is not late until the Wednesday after.
        var y = Youth(id: "kari", name: "Kari", born: day("2010-01-01"), intake: day("2026-01-01"))
        y.notes = [note("wed", "2026-04-01")]
        #expect(Documentation.undocumented([y], today: day("2026-04-07")).isEmpty)
        #expect(Documentation.undocumented([y], today: day("2026-04-08")).map(\.note) == ["wed"])
    }

    @Test func decisionsOlderThanOneWorkingDayAcrossAWeekend() {
        // Monday: Thursday's decision is two working days old (Fri, Mon); Friday's only one.
        let monday = Documentation.undocumented([youth], today: day("2026-11-23"))
        #expect(monday.map(\.note) == ["thu"])
        #expect(monday.first?.workingDays == 2)
        // Tuesday: Friday's and Saturday's decisions are late too (Mon, Tue); Monday's is one day old.
        let tuesday = Documentation.undocumented([youth], today: day("2026-11-24"))
        #expect(tuesday.map(\.note) == ["thu", "fri", "sat"])
        #expect(tuesday.map(\.workingDays) == [3, 2, 2])
        // Documented decisions and plain notes are never listed.
        #expect(!tuesday.contains { $0.note == "done" || $0.note == "obs" })
    }

    /// The board counts late decisions from their days alone (the index keeps no more for it):
    /// one day, the last one still late, stands in for counting working days per decision. On
    /// every day of two years, Easter and Christmas included, it flags exactly what `undocumented`
    /// lists, for decisions made on each of the 40 days before (and on the day itself).
    @Test func lateDecisionsCountedFromTheirDaysAlone() {
        var y = Youth(id: "kari", name: "Kari", born: day("2010-01-01"), intake: day("2025-01-01"))
        let first = day("2026-01-01")
        for offset in 0..<(2 * 365) {
            let today = first.adding(days: offset)
            y.notes = (0...40).map { note("d\($0)", today.adding(days: -$0).iso) }
            let expected = Documentation.undocumented([y], today: today).count
            #expect(Documentation.lateCount(Documentation.openDecisionDays(y), cutoff: Documentation.lateCutoff(today: today)) == expected,
                    "\(today.iso)")
            #expect(Documentation.late([y], today: today)[id: y.id] ?? 0 == expected)
        }
        // Documented decisions and plain notes have no day among the open decisions'.
        #expect(Documentation.openDecisionDays(youth) == ["2026-11-19", "2026-11-20", "2026-11-21", "2026-11-23"].map(day))
    }

    @Test func markingADecisionDocumented() throws {
        var y = youth
        let first = Timestamp.local(day: day("2026-11-24"), minutes: 600, in: oslo)
        try y.markDocumented(noteID: "thu", at: first)
        try y.markDocumented(noteID: "thu", at: Timestamp(seconds: first.seconds + 60, offset: first.offset))
        #expect(y.notes.first { $0.id == "thu" }?.documented == first)   // the first mark stays
        #expect(Documentation.undocumented([y], today: day("2026-11-24")).map(\.note) == ["fri", "sat"])
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseDocumentedNoNote, ["nope"]))) {
            try y.markDocumented(noteID: "nope", at: first)
        }
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseDocumentedNotDecision, ["obs"]))) {
            try y.markDocumented(noteID: "obs", at: first)
        }
    }

    @Test func markingThroughTheStoreIsJournaled() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        let m = try store.applyInMeeting(.decision(text: "Øke til daglige besøk"), youth: "sofie", day: fixedToday, actor: leader)
        let noteID = try #require(m.item("sofie").decisions.first?.note)
        let at = Timestamp.local(day: fixedToday, minutes: 14 * 60, in: oslo)
        try store.updateYouth("sofie", actor: leader, action: "documented") { try $0.markDocumented(noteID: noteID, at: at) }
        #expect(try store.loadYouth("sofie").notes.first { $0.id == noteID }?.documented == at)
        #expect(store.journal.lastEntry()?.action == "documented")
        #expect(store.verify() == [])
    }
}
