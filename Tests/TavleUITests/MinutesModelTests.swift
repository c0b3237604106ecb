import Testing
import TavleCore
@testable import TavleUI

/// The minutes are the net effect of the meeting (issue 15): one value in the core, which
/// `tavle export minutes` and the board's minutes view only format.
@Suite struct MinutesModelTests {
    static func meeting(_ events: [(String, MeetingEventKind, (inout MeetingEvent) -> Void)], attendees: [StaffID] = ["ole", "siri"])
        throws -> (Meeting, Team, [Youth]) {
        let (team, youths) = try Demo.load(today: demoToday)
        let start = Timestamp.local(day: demoToday, minutes: 9 * 60, in: team.zone)
        var m = Meeting(day: demoToday, chair: "ingrid", attendees: attendees, started: start, minutes: 15,
                        board: ["sofie", "kristian", "mathias", "amina"])
        for (youth, kind, fill) in events {
            var e = MeetingEvent(at: start, by: "ingrid", youth: youth, kind: kind)
            fill(&e)
            m.events.append(e)
        }
        return (m, team, youths)
    }

    static func change(_ field: String, _ old: String?, _ new: String?, why: String? = nil) -> (inout MeetingEvent) -> Void {
        { e in e.field = field; e.old = old; e.new = new; e.why = why }
    }

    @Test("a change made and changed back in the meeting is not in the minutes; two changes of a field are one")
    func netEffect() throws {
        let (m, team, youths) = try Self.meeting([
            ("sofie", .change, Self.change("status", "crisis", "worried", why: "Roligere")),
            ("sofie", .change, Self.change("status", "worried", "crisis")),
            ("kristian", .change, Self.change("status", "worried", "crisis")),
            ("kristian", .change, Self.change("status", "crisis", "stable", why: "Trygg hjemme nå")),
            ("sofie", .discussed, { _ in }), ("kristian", .discussed, { _ in }),
        ])
        let minutes = MeetingMinutes(meeting: m, team: team, youths: Dictionary(uniqueKeysWithValues: youths.map { ($0.id, $0) }), labels: [:])
        let sofie = try #require(minutes.discussed.first { $0.youth.id == "sofie" })
        #expect(sofie.changes.isEmpty, "krise → bekymring → krise is no change: \(sofie.changes)")
        let kristian = try #require(minutes.discussed.first { $0.youth.id == "kristian" })
        #expect(kristian.changes == [MeetingChange(field: "status", old: "worried", new: "stable", why: nil)],
                "worried → crisis → stable is worried → stable, not a way out of crisis")
        #expect(MeetingMinutes.changeLines(kristian, text: true, .nb) == ["status: bekymring → stabil"])
        // A net change out of crisis keeps its reason.
        #expect(MeetingMinutes.net([MeetingChange(field: "status", old: "crisis", new: "worried", why: "Roligere")]).first?.why == "Roligere")
    }

    @Test("a youth put on the board by the meeting shows reason, plan and evaluation date; absent staff are listed")
    func putOnAndAbsent() throws {
        var (m, team, youths) = try Self.meeting([("filip", .change, Self.change("mode", "case-management", "intensive"))])
        let i = try #require(youths.firstIndex { $0.id == "filip" })
        youths[i].mode = .intensive
        youths[i].boardPeriods.append(BoardPeriod(id: "p1", reason: .crisis, start: demoToday, plan: "Daglig kontakt",
                                                  evaluate: Day(year: 2026, month: 12, day: 6), decidedBy: "ingrid"))
        m.board.append("filip")
        let minutes = MeetingMinutes(meeting: m, team: team, youths: Dictionary(uniqueKeysWithValues: youths.map { ($0.id, $0) }), labels: [:])
        let filip = try #require(minutes.discussed.first { $0.youth.id == "filip" }, "put on by the meeting is discussed")
        #expect(filip.putOn?.id == "p1")
        let lines = MeetingMinutes.changeLines(filip, text: true, .nb)
        #expect(lines.last == "satt på tavla: krise; plan: Daglig kontakt; evalueres 06.12.2026", "\(lines)")
        #expect(MeetingMinutes.changeLines(filip, text: false, .nb).last == "satt på tavla: krise; evalueres 06.12.2026",
                "no free text on the shared screen")
        // Absent: the active staff neither chairing nor present.
        let expected = team.staff.filter { $0.active && !["ingrid", "ole", "siri"].contains($0.id) }.map(\.id)
        #expect(!expected.isEmpty && minutes.absent.map(\.id) == expected)
        let facts = minutes.facts(names: false, .nb)
        #expect(facts.contains { $0.label == "Fraværende" && $0.value.contains(team.member(expected[0])!.initials) })
        // Coverage is MeetingCoverage's.
        #expect(minutes.boardCount == m.coverage().board.count && minutes.discussedCount == m.coverage().discussed.count)
    }
}
