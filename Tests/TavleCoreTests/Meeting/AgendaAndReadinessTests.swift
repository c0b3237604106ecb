import Foundation
import Testing
@testable import TavleCore

/// The agenda and crisis readiness are pure functions of the board: tested on the demo team.
@Suite struct AgendaAndReadinessTests {
    let oslo = TimeZone(identifier: "Europe/Oslo")!
    func clock(_ h: Int, _ m: Int, _ s: Int64 = 0) -> Timestamp {
        let t = Timestamp.local(day: fixedToday, minutes: h * 60 + m, in: oslo)
        return Timestamp(seconds: t.seconds + s, offset: t.offset)
    }
    func demoBoard() throws -> Board {
        let (team, youths) = try Demo.load(today: fixedToday)
        return Board(team: team, youths: youths, today: fixedToday)
    }

    @Test func agendaOrderProgressAndCountdown() throws {
        let board = try demoBoard()
        let boardIDs = board.intensive.map(\.id)
        var m = Meeting(day: fixedToday, chair: "ingrid", attendees: ["ingrid"], started: clock(8, 30), minutes: 15, board: boardIDs)
        var e = MeetingEvent(at: clock(8, 32), by: "ingrid", youth: boardIDs[0], kind: .discussed)
        e.seconds = 120
        m.events = [e]

        let agenda = MeetingAgenda(board: board, meeting: m, now: clock(8, 46), current: boardIDs[1])
        // Every intensive youth first, in the board's urgency order.
        #expect(agenda.section(.board).map(\.id) == boardIDs)
        #expect(agenda.items.prefix(boardIDs.count).allSatisfy { $0.section == .board })
        #expect(agenda.progress(.en) == "1 of 4 discussed")
        #expect(agenda.progress(.nb) == "1 av 4 drøftet")
        #expect(agenda.section(.board)[0].seconds == 120 && agenda.section(.board)[0].outcome == .discussed)
        #expect(agenda.next?.id == boardIDs[1])
        #expect(agenda.items.filter(\.isCurrent).map(\.id) == [boardIDs[1]])
        // 16 minutes into a 15-minute time box: one minute over, with the warning.
        #expect(agenda.countdown?.remaining == -60)
        #expect(agenda.countdown?.overTime == true)
        #expect(agenda.countdown?.clock == "-1:00")
        let early = MeetingAgenda(board: board, meeting: m, now: clock(8, 40, 5))
        #expect(early.countdown?.clock == "4:55" && early.countdown?.overTime == false)

        // Then case-management youths due for review, then those flagged to move up; each youth once.
        let review = agenda.section(.review), moveUp = agenda.section(.moveUp)
        #expect(moveUp.map(\.id).contains("filip"))   // worried, in case management
        #expect(review.allSatisfy { !$0.entry.due.isEmpty && $0.entry.youth.status == .stable && $0.entry.topSeverity != .urgent })
        #expect(moveUp.allSatisfy { $0.entry.youth.status != .stable || $0.entry.topSeverity == .urgent })
        let sections = agenda.items.map(\.section)
        #expect(sections == sections.sorted { AgendaSection.allCases.firstIndex(of: $0)! < AgendaSection.allCases.firstIndex(of: $1)! })
        #expect(Set(agenda.items.map(\.id)).count == agenda.items.count)
        let dueCM = board.caseManagement.filter { !$0.due.isEmpty || $0.youth.status != .stable }.map(\.id)
        #expect(Set(review.map(\.id) + moveUp.map(\.id)) == Set(dueCM))
    }

    /// A youth taken off the board in the meeting counts among the youths it covers ("5/5"): it
    /// stays under the board's heading (it moved to "also raised", under a heading of 5 over 4 rows).
    @Test func aYouthTakenOffTheBoardInTheMeetingStaysUnderItsHeading() throws {
        let (team, youths) = try Demo.load(today: fixedToday)
        let before = Board(team: team, youths: youths, today: fixedToday)
        let boardIDs = before.intensive.map(\.id)
        let off = boardIDs.last!
        var m = Meeting(day: fixedToday, chair: "ingrid", attendees: ["ingrid"], started: clock(8, 30), minutes: 15, board: boardIDs)
        var e = MeetingEvent(at: clock(8, 35), by: "ingrid", youth: off, kind: .change)
        e.field = "mode"; e.old = "intensive"; e.new = "case-management"
        m.events = [e]
        let after = Board(team: team, youths: youths.map { y in
            guard y.id == off else { return y }
            var c = y; c.mode = .caseManagement; return c
        }, today: fixedToday)
        let agenda = MeetingAgenda(board: after, meeting: m, now: clock(8, 40))
        #expect(agenda.boardCount == boardIDs.count)
        #expect(agenda.section(.board).count == agenda.boardCount, "\(agenda.section(.board).map(\.id))")
        #expect(agenda.section(.board).contains { $0.id == off })
        #expect(agenda.items.filter { $0.id == off }.count == 1, "listed once")
        #expect(agenda.progress(.en) == "1 of \(boardIDs.count) discussed")
    }

    @Test func agendaWithoutMeetingAndAfterTheEnd() throws {
        let board = try demoBoard()
        let none = MeetingAgenda(board: board, meeting: nil, now: clock(9, 0))
        #expect(none.countdown == nil && none.discussedCount == 0 && none.boardCount == 4)
        #expect(none.items.allSatisfy { $0.outcome == nil })
        // A youth raised outside the agenda still shows, under "also raised".
        let stable = try #require(board.caseManagement.first { $0.due.isEmpty && $0.youth.status == .stable })
        var m = Meeting(day: fixedToday, chair: "ingrid", attendees: [], started: clock(8, 30), minutes: 15, board: [])
        m.events = [MeetingEvent(at: clock(8, 31), by: "ingrid", youth: stable.id, kind: .decision)]
        m.ended = clock(8, 40)
        let after = MeetingAgenda(board: board, meeting: m, now: clock(12, 0))
        #expect(after.section(.other).map(\.id) == [stable.id])
        #expect(after.countdown?.remaining == 5 * 60)   // frozen at the end
    }

    @Test func crisisReadinessBesideTonightsOnCall() throws {
        let board = try demoBoard()
        var rota = Rota()
        var team = Team(name: "T")
        team.staff = ["mette", "per", "jonas"].map { StaffMember(id: $0, initials: $0, name: $0, role: .caseManager) }
        try rota.setPattern(weekday: .sunday, shift: .onCall, staff: ["mette"], team: team)
        try rota.setPattern(weekday: .sunday, shift: .weekend, staff: ["per"], team: team)
        try rota.setPattern(weekday: .monday, shift: .evening, staff: ["jonas"], team: team)

        let r = CrisisReadiness(board: board, rota: rota)   // 2026-11-22 is a Sunday
        #expect(r.onCall == ["mette"])
        #expect(r.evening == ["per"])
        // Every youth on the board, then those in crisis in case management (Lukas, in the demo).
        #expect(r.items.map(\.youth) == board.intensive.map(\.id) + ["lukas"])
        let byID = Dictionary(uniqueKeysWithValues: r.items.map { ($0.youth, $0) })
        // Sofie's plan (11-17) is newer than her period (11-16) and names whom to call.
        #expect(byID["sofie"]?.problems == [])
        #expect(byID["sofie"]?.outOfHours == "Mor ringer bakvakt, deretter legevakt 116 117")
        #expect(byID["kristian"]?.problems == [.noPlan])
        #expect(byID["amina"]?.problems == [])
        // Mathias' plan (10-28) predates his period (11-02) and names nobody out of hours.
        #expect(byID["mathias"]?.problems == [.outdated, .noOutOfHours])
        #expect(byID["lukas"]?.problems == [.noPlan] && byID["lukas"]?.periodStart == nil)
        #expect(Set(r.flagged.map(\.youth)) == ["kristian", "mathias", "lukas"])
    }
}
