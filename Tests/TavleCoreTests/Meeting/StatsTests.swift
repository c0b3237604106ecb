import Foundation
import Testing
@testable import TavleCore

/// The team's numbers on a small hand-made team whose answers are worked out below.
///
/// Today is Sunday 2026-11-22, the last day of ISO week 47 (Mon 11-16 … Sun 11-22). The 12 weeks
/// are W36 (Mon 08-31) … W47; the 8 contact weeks W40 (Mon 09-28) … W47; the 14 days 11-09 … 11-22.
///
///   youth  intake      mode       board periods                      discharged
///   A      2026-01-10  intensive  11-09 → open                       –
///   B      2026-05-01  intensive  09-01 → 09-30, 11-20 → open        –
///   C      2026-03-01  case mgmt  10-26 → 11-03                      –
///   D      2026-11-18  case mgmt  –                                  –
///   E      2025-06-01  case mgmt  09-14 → 10-07                      10-07 (Wednesday, W41)
///   F      2026-02-01  intensive  11-12 → open                       –
///
/// Board share today: A, B, F of A, B, C, D, F = 3/5 = 0.6.
/// Per week (active = any day active that week; on board = a period overlaps the week):
///   W36 W37: active A B C E F (5), board B → 0.2
///   W38 W39 W40: board B, E → 2/5 = 0.4         W41: board E (B ended 09-30) → 1/5 = 0.2
///   W42 W43: active A B C F (4), board none → 0 W44 W45: board C → 1/4 = 0.25
///   W46: board A, F → 2/4 = 0.5                 W47: active + D (5), board A B F → 3/5 = 0.6
/// Days on the board (open periods, first day = 1): A 14 (11-09…11-22), F 11, B 3 → median 11, longest 14 (A).
///
/// Contacts (visit/phone) and attempts:
///   A: visit ole 11-16, phone siri 11-18, attempt ole 11-19, visit jonas 11-21, visit ole 11-10, visit ole 07-01 (too old)
///   B: visit ole 11-20, attempt siri 11-21
///   C: phone siri 11-17, visit ole 11-09
///   E: visit ole 10-01
///   F: visit ole 11-08, phone per 11-15
/// Per week: W40: 1 contact (E) over 5 youths = 0.2; on the board B, E: 1/2 = 0.5.
///           W45: 1 (F 11-08) / 4 = 0.25; on the board C: 0/1.
///           W46: A 11-10, C 11-09, F 11-15 = 3/4 = 0.75; on the board A, F: 2/2 = 1.0.
///           W47: A 3 + B 1 + C 1 = 5 contacts / 5 = 1.0, attempts A 1 + B 1 = 2 / 5 = 0.4;
///                on the board A, B, F: 4/3 = 1.33 contacts, 2/3 = 0.67 attempts.
/// Seen by more than one in 11-09…11-22 (attempts do not count): A (ole, siri, jonas) yes; B (ole) no;
///   C (siri, ole on 11-09, the first day) yes; D no; F (per; ole's 11-08 is outside) no → 2/5 = 0.4, below 0.9.
/// Meetings: 11-16 covered, 11-17 one board youth not discussed, 11-18 never ended, 08-01 before the
///   window → held 3, covered 1.
@Suite struct StatsTests {
    let oslo = TimeZone(identifier: "Europe/Oslo")!
    let today = Day(parsing: "2026-11-22")!
    func day(_ s: String) -> Day { Day(parsing: s)! }
    func at(_ s: String) -> Timestamp { Timestamp.local(day: day(s), minutes: 600, in: oslo) }

    func youth(_ id: String, intake: String, periods: [(String, String?)] = [], discharged: String? = nil,
               contacts: [(String, String, ContactKind)] = []) -> Youth {
        var y = Youth(id: id, name: id, born: day("2008-01-01"), intake: day(intake))
        y.boardPeriods = periods.map { p in
            var b = BoardPeriod(id: id + p.0, reason: .vulnerable, start: day(p.0), plan: "", evaluate: nil, decidedBy: "ole")
            b.end = p.1.map(day)
            return b
        }
        if y.boardPeriods.last.map({ $0.end == nil }) == true { y.mode = .intensive }
        if let d = discharged { y.phase = .discharged; y.discharged = day(d) }
        y.contacts = contacts.enumerated().map { i, c in
            Contact(id: "\(id)\(i)", at: at(c.1), staff: c.0, with: .youth, kind: c.2)
        }
        return y
    }

    var youths: [Youth] {
        [youth("a", intake: "2026-01-10", periods: [("2026-11-09", nil)],
               contacts: [("ole", "2026-11-16", .visit), ("siri", "2026-11-18", .phone), ("ole", "2026-11-19", .attempt),
                          ("jonas", "2026-11-21", .visit), ("ole", "2026-11-10", .visit), ("ole", "2026-07-01", .visit)]),
         youth("b", intake: "2026-05-01", periods: [("2026-09-01", "2026-09-30"), ("2026-11-20", nil)],
               contacts: [("ole", "2026-11-20", .visit), ("siri", "2026-11-21", .attempt)]),
         youth("c", intake: "2026-03-01", periods: [("2026-10-26", "2026-11-03")],
               contacts: [("siri", "2026-11-17", .phone), ("ole", "2026-11-09", .visit)]),
         youth("d", intake: "2026-11-18"),
         youth("e", intake: "2025-06-01", periods: [("2026-09-14", "2026-10-07")], discharged: "2026-10-07",
               contacts: [("ole", "2026-10-01", .visit)]),
         youth("f", intake: "2026-02-01", periods: [("2026-11-12", nil)],
               contacts: [("ole", "2026-11-08", .visit), ("per", "2026-11-15", .phone)])]
    }

    func meeting(_ d: String, board: [String], discussed: [String], ended: Bool = true) -> Meeting {
        var m = Meeting(day: day(d), chair: "ole", attendees: ["ole"], started: at(d), minutes: 15, board: board)
        m.events = board.map { MeetingEvent(at: at(d), by: "ole", youth: $0, kind: discussed.contains($0) ? .discussed : .notDiscussed) }
        if ended { m.ended = at(d) }
        return m
    }

    var stats: TeamStats {
        let meetings = [meeting("2026-11-16", board: ["a", "f"], discussed: ["a", "f"]),
                        meeting("2026-11-17", board: ["a", "f"], discussed: ["a"]),
                        meeting("2026-11-18", board: ["a", "f"], discussed: [], ended: false),
                        meeting("2026-08-01", board: ["b"], discussed: ["b"])]
        return TeamStats(youths: youths, meetings: meetings, today: today, team: Team(name: "T"))
    }

    @Test func boardShareTodayAndPerWeek() {
        let s = stats
        #expect(s.boardShare == BoardShareToday(onBoard: 3, caseManagement: 2, active: 5, share: 0.6, target: 0.2, warningAbove: 0.25,
                                                aboveWarning: true))
        #expect(s.weeks.map(\.week) == (36...47).map { "2026-W\($0)" })
        #expect(s.weeks.first?.start == day("2026-08-31") && s.weeks.last?.end == today)
        #expect(s.weeks.map(\.active) == [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 5])
        #expect(s.weeks.map(\.onBoard) == [1, 1, 2, 2, 2, 1, 0, 0, 1, 1, 2, 3])
        #expect(s.weeks.map(\.share) == [0.2, 0.2, 0.4, 0.4, 0.4, 0.2, 0, 0, 0.25, 0.25, 0.5, 0.6])
    }

    @Test func daysOnTheBoard() {
        let d = stats.daysOnBoard
        #expect(d.youths == 3 && d.median == 11 && d.longest == 14 && d.longestYouth == "a")
        #expect(d.list.map(\.id).first == "a" && d.list.map(\.days) == d.list.map(\.days).sorted(by: >))
        #expect(d.mean == Double(d.list.map(\.days).reduce(0, +)) / 3 || d.mean == ((Double(d.list.map(\.days).reduce(0, +)) / 3) * 100).rounded() / 100)
    }

    @Test func contactsAndAttemptsPerYouthPerWeek() throws {
        let c = stats.contacts
        #expect(c.map(\.week) == (40...47).map { "2026-W\($0)" })
        #expect(c.map(\.all.contacts) == [1, 0, 0, 0, 0, 1, 3, 5])
        #expect(c.map(\.all.attempts) == [0, 0, 0, 0, 0, 0, 0, 2])
        #expect(c.map(\.all.contactsPerYouth) == [0.2, 0, 0, 0, 0, 0.25, 0.75, 1.0])
        #expect(c.last?.all.attemptsPerYouth == 0.4)
        #expect(c.map(\.board.youths) == [2, 1, 0, 0, 1, 1, 2, 3])
        #expect(c.first?.board.contactsPerYouth == 0.5)
        #expect(c[6].board.contactsPerYouth == 1.0)
        let last = try #require(c.last?.board)
        #expect((last.youths, last.contacts, last.attempts, last.contactsPerYouth, last.attemptsPerYouth) == (3, 4, 2, 1.33, 0.67))
        #expect(last.withYouth + last.withNetwork == last.contacts + last.attempts, "every contact is with the youth or the network")
    }

    @Test func seenByMoreThanOneTeamMember() {
        #expect(stats.multipleStaff == MultipleStaff(from: day("2026-11-09"), through: today, youths: 5, seenByMoreThanOne: 2,
                                                     share: 0.4, target: 0.9, meetsTarget: false))
    }

    @Test func meetingsHeldAndCovered() {
        let m = stats.meetings
        #expect(m == MeetingCounts(from: day("2026-08-31"), through: today, held: 3, coveredAll: 1,
                                   notCovered: [day("2026-11-17")], notEnded: [day("2026-11-18")], days: m.days))
        // Each meeting's coverage, as every screen shows it (`MeetingCoverage`).
        #expect(m.days.map(\.day) == [day("2026-11-16"), day("2026-11-17"), day("2026-11-18")])
        #expect(m.days.map(\.discussed) == [2, 1, 0])
        // The open meeting (the 18th) covers today's board youths: a, f and b.
        #expect(m.days.map(\.board) == [2, 2, 3])
    }

    @Test("narrowed to a municipality, an open meeting adds only that municipality's youths put on the board since it began")
    func openMeetingNarrowed() {
        // A and B live in Nordby, the others in Sørvik. The open meeting of the 18th began with A and
        // F on the board; B was put on it on the 20th.
        var ys = youths
        for i in ys.indices { ys[i].municipality = ["a", "b"].contains(ys[i].id) ? "Nordby" : "Sørvik" }
        var team = Team(name: "T")
        team.municipalities = ["Nordby", "Sørvik"]
        let meetings = [meeting("2026-11-18", board: ["a", "f"], discussed: ["a"], ended: false)]
        let sorvik = TeamStats(youths: ys, meetings: meetings, today: today, team: team, municipality: "Sørvik")
        #expect(sorvik.meetings.days.map(\.board) == [2], "A and F, not Nordby's B")
        #expect(sorvik.meetings.days.map(\.discussed) == [1])
        #expect(sorvik.boardShare.onBoard == 1, "F")
        let nordby = TeamStats(youths: ys, meetings: meetings, today: today, team: team, municipality: "Nordby")
        #expect(nordby.meetings.days.map(\.board) == [3], "A and F, and B")
        #expect(nordby.boardShare.onBoard == 2, "A and B")
    }

    @Test func jsonHasStableKeys() throws {
        let json = String(decoding: try Coding.encodeCompact(stats), as: UTF8.self)
        #expect(json.hasPrefix(#"{"boardShare":{"aboveWarning":true,"active":5,"caseManagement":2,"onBoard":3,"share":0.6,"target":0.2,"warningAbove":0.25},"#))
        #expect(json.contains(#""multipleStaff":{"from":"2026-11-09","meetsTarget":false,"seenByMoreThanOne":2,"share":0.4"#))
        #expect(json.contains(#"{"active":5,"end":"2026-11-22","onBoard":3,"share":0.6,"start":"2026-11-16","week":"2026-W47"}"#))
        let back = try JSONDecoder().decode(TeamStats.self, from: Data(json.utf8))
        #expect(back == stats)
    }

    @Test func isoWeeksAcrossTheYearEnd() {
        #expect(TeamStats.isoWeekLabel(day("2026-01-01")) == "2026-W01")   // a Thursday
        #expect(TeamStats.isoWeekLabel(day("2027-01-03")) == "2026-W53")   // Sunday of 2026's last week
        #expect(TeamStats.isoWeekLabel(day("2024-12-30")) == "2025-W01")
    }
}
