import Foundation
import Testing
@testable import TavleCore

/// The fidelity report on a hand-built team over three months, every answer worked out by hand below.
///
/// Period 2026-04-01 (Wed) … 2026-06-30 (Tue); today 2026-07-01. Public holidays on weekdays: Maundy
/// Thursday 04-02, Good Friday 04-03, Easter Monday 04-06, 05-01, Ascension 05-14, Whit Monday 05-25
/// (05-17 is a Sunday). Working days: April 22 weekdays − 3 = 19, May 21 − 3 = 18, June 22 → 59.
///
///   youth intake      referral  primary board period        crisis plan  discharged       school
///   A     2025-10-01  –         ole     04-06 → 05-10       04-20        –                attending since 2025-10-01
///   B     2026-05-04  04-27     siri    05-04 → 05-17       –            06-15 goals-met  work since 05-20
///   C     2026-06-01  05-20     ole     06-20 → open        06-25        –                absent since 06-01
///   D     2026-06-10  –         –       –                   –            –                –
/// A's one whole-team review: 2025-12-15 (interval 180 days).
///
/// Contacts (10:00 unless said):
///   c1 A 04-07 Tue ole visit home · c2 A 04-08 siri visit office · c3 A 04-11 Sat 12:00 ole visit community
///   c4 A 06-22 18:00 ole phone · c5 B 05-04 per visit home · c6 B 05-05 ole phone
///   c7 B 05-14 (Ascension) per visit school · c8 C 06-11 siri visit, no arena (an older file)
///   and an attempt by per to A on 06-23 (counts nowhere).
/// Meetings (04-07 written before the four questions, schema 1; answers: 05-05 A safety and family, 05-06 B safety only):
///   04-01 board –; 04-03 (holiday) –; 04-07 [a] a; 04-08 [a] none; 05-05 [a b] a b; 05-06 [a b] b;
///   05-14 (holiday) [b] b; 06-22 [c] c; 06-23 [c] never ended, none.
/// Rota: on call Monday–Friday ole, nobody at weekends (holidays follow Sunday); last changed 04-10.
@Suite struct FidelityTests {
    static let oslo = TimeZone(identifier: "Europe/Oslo")!
    static func day(_ s: String) -> Day { Day(parsing: s)! }
    static func at(_ s: String, _ minutes: Int = 600) -> Timestamp { Timestamp.local(day: day(s), minutes: minutes, in: oslo) }
    let today = day("2026-07-01")
    let from = day("2026-04-01"), to = day("2026-06-30")

    static func contact(_ id: String, _ d: String, _ staff: String, _ kind: ContactKind, _ arena: Arena?, minutes: Int = 600) -> Contact {
        Contact(id: id, at: at(d, minutes), staff: staff, with: .youth, kind: kind, arena: arena)
    }

    static func period(_ id: String, _ start: String, _ end: String?) -> BoardPeriod {
        var p = BoardPeriod(id: id, reason: .vulnerable, start: day(start), plan: "", evaluate: nil, decidedBy: "ole")
        p.end = end.map(day)
        return p
    }

    static var youths: [Youth] {
        var a = Youth(id: "a", name: "Anna Aas", born: day("2008-01-01"), intake: day("2025-10-01"))
        a.primaryContact = "ole"
        a.boardPeriods = [period("pa", "2026-04-06", "2026-05-10")]
        a.crisisPlan = CrisisPlan(updated: day("2026-04-20"), outOfHours: "legevakt")
        a.reviews = [Review(day: day("2025-12-15"), by: "ole")]
        a.school = [SchoolEntry(status: .attending, since: day("2025-10-01"), by: "ole", at: at("2025-10-01"))]
        a.contacts = [contact("c1", "2026-04-07", "ole", .visit, .home), contact("c2", "2026-04-08", "siri", .visit, .office),
                      contact("c3", "2026-04-11", "ole", .visit, .community, minutes: 720),
                      contact("c4", "2026-06-22", "ole", .phone, .phone, minutes: 1080),
                      contact("x1", "2026-06-23", "per", .attempt, nil)]
        a.notes = [Note(id: "n1", at: at("2026-04-07"), author: "ole", kind: .note, text: "HEMMELIG NOTAT")]

        var b = Youth(id: "b", name: "Bror Berg", born: day("2009-01-01"), intake: day("2026-05-04"))
        b.referral = Referral(source: .gp, received: day("2026-04-27"))
        b.primaryContact = "siri"
        b.boardPeriods = [period("pb", "2026-05-04", "2026-05-17")]
        b.school = [SchoolEntry(status: .work, since: day("2026-05-20"), by: "siri", at: at("2026-05-20"))]
        b.contacts = [contact("c5", "2026-05-04", "per", .visit, .home), contact("c6", "2026-05-05", "ole", .phone, .phone),
                      contact("c7", "2026-05-14", "per", .visit, .school)]
        b.phase = .discharged
        b.discharged = day("2026-06-15")
        b.dischargeReason = .goalsMet
        b.dischargeTo = .outreach

        var c = Youth(id: "c", name: "Cato Dahl", born: day("2010-01-01"), intake: day("2026-06-01"))
        c.referral = Referral(source: .school, received: day("2026-05-20"))
        c.primaryContact = "ole"
        c.boardPeriods = [period("pc", "2026-06-20", nil)]
        c.mode = .intensive
        c.crisisPlan = CrisisPlan(updated: day("2026-06-25"))
        c.school = [SchoolEntry(status: .absent, since: day("2026-06-01"), by: "ole", at: at("2026-06-01"))]
        c.contacts = [contact("c8", "2026-06-11", "siri", .visit, nil)]

        let d = Youth(id: "d", name: "Dina Eik", born: day("2011-01-01"), intake: day("2026-06-10"))
        return [a, b, c, d]
    }

    static func meeting(_ d: String, board: [String], discussed: [String], ended: Bool = true) -> Meeting {
        var m = Meeting(day: day(d), chair: "ole", attendees: ["ole"], started: at(d, 510), minutes: 15, board: board)
        m.events = discussed.map { MeetingEvent(at: at(d, 515), by: "ole", youth: $0, kind: .discussed) }
        if ended { m.ended = at(d, 530) }
        return m
    }

    static var meetings: [Meeting] {
        [meeting("2026-04-01", board: [], discussed: []), meeting("2026-04-03", board: [], discussed: []),
         meeting("2026-04-07", board: ["a"], discussed: ["a"]), meeting("2026-04-08", board: ["a"], discussed: []),
         meeting("2026-05-05", board: ["a", "b"], discussed: ["a", "b"]), meeting("2026-05-06", board: ["a", "b"], discussed: ["b"]),
         meeting("2026-05-14", board: ["b"], discussed: ["b"]), meeting("2026-06-22", board: ["c"], discussed: ["c"]),
         meeting("2026-06-23", board: ["c"], discussed: [], ended: false)].map { m in
            var m = m
            // 04-07 was written before the four questions were recorded (meeting schema 1).
            if m.day == day("2026-04-07") { m.schema = 1 }
            // 05-05: A's safety and family answered; 05-06: B's safety only.
            if m.day == day("2026-05-05") { m.events.append(answers("2026-05-05", "a", safety: true, family: true)) }
            if m.day == day("2026-05-06") { m.events.append(answers("2026-05-06", "b", safety: true, family: false)) }
            return m
        }
    }

    static func answers(_ d: String, _ youth: String, safety: Bool, family: Bool) -> MeetingEvent {
        var e = MeetingEvent(at: at(d, 520), by: "ole", youth: youth, kind: .answers)
        let yes = QuestionAnswer.allCases[0]
        e.answers = FourAnswers(day: day(d), safety: safety ? yes : nil, family: family ? yes : nil)
        return e
    }

    static var rota: Rota {
        var r = Rota()
        for w in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] {
            r.pattern.append(RotaSlot(weekday: w, shift: .onCall, staff: ["ole"]))
        }
        r.updated = at("2026-04-10")
        return r
    }

    var input: FidelityInput {
        FidelityInput(youths: Self.youths, meetings: Self.meetings, rota: Self.rota, team: Team(name: "T"), today: today)
    }
    var report: FidelityReport { FidelityReport(input, from: from, to: to) }

    func item(_ id: FidelityItemID) throws -> FidelityItem { try #require(report.item(id)) }

    @Test func everyItemIsThereInOrder() {
        #expect(report.items.map(\.id) == FidelityItemID.allCases)
        #expect(report.items.allSatisfy { $0.trend.map(\.month) == ["2026-04", "2026-05", "2026-06"] })
    }

    @Test func meetingsHeld() throws {
        let i = try item(.meetingsHeld)
        #expect((i.numerator, i.denominator, i.value, i.target) == (7, 59, 0.1186, 1))
        #expect(i.trend.map(\.value) == [0.1579, 0.1111, 0.0909])
        #expect(i.records == ["2026-04-01", "2026-04-07", "2026-04-08", "2026-05-05", "2026-05-06", "2026-06-22", "2026-06-23"])
        #expect(i.detail["meetings"] == 9)
    }

    @Test func boardDiscussed() throws {
        let i = try item(.boardDiscussed)
        #expect((i.numerator, i.denominator, i.value) == (6, 9, 0.6667))
        #expect(i.trend.map(\.value) == [0.5, 0.8, 0.5])
        #expect(i.records == ["a", "b", "c"])
    }

    @Test func boardShare() throws {
        let i = try item(.boardShare)
        // 14 ISO weeks (Mon 03-30 … Mon 06-29, cut to the period); active youth-weeks A 14 + B 7 + C 5 + D 4 = 30;
        // on the board A 5 + B 2 + C 3 = 10.
        #expect((i.numerator, i.denominator, i.value, i.target) == (10, 30, 0.3333, 0.2))
        #expect(i.byWeek?.count == 14 && i.byWeek?.first?.month == "2026-W14" && i.byWeek?.last?.month == "2026-W27")
        #expect(i.byWeek?.first?.value == 0 && i.byWeek?[1].value == 1)
        // April 4/5, May (A 2 + B 2 of 5 + 4) 4/9, June (C 3 of A 5 + B 3 + C 5 + D 4) 3/17.
        #expect(i.trend.map(\.value) == [0.8, 0.4444, 0.1765])
        #expect(i.records == ["a", "b", "c"])
    }

    @Test func sharedCaseload() throws {
        let i = try item(.sharedCaseload)
        // Windows back from 06-30: 0/3, 0/3, 0/3, 0/2, 1/2 (B: per, ole), 1/1 (A: siri, ole) = 2/14.
        #expect((i.numerator, i.denominator, i.value, i.target) == (2, 14, 0.1429, 0.9))
        #expect(i.detail["windows"] == 6)
        #expect(i.trend.map(\.value) == [0.5, 0.25, 0])
        #expect(i.records == ["a", "b"])
    }

    @Test func communityContacts() throws {
        let i = try item(.communityContacts)
        #expect((i.numerator, i.denominator, i.value) == (4, 5, 0.8))
        #expect(i.trend.map(\.value) == [0.6667, 1, nil])
        #expect(i.gaps == [FidelityGap(.contactWithoutArena, 1)])
        #expect(i.detail == ["arena.home": 2, "arena.office": 1, "arena.community": 1, "arena.phone": 2, "arena.school": 1])
        #expect(i.records == ["a", "b"])
    }

    @Test func outOfHours() throws {
        let i = try item(.outOfHours)
        // c3 (Saturday), c4 (18:00), c7 (Ascension Day) of eight contacts.
        #expect((i.numerator, i.denominator, i.value) == (3, 8, 0.375))
        #expect(i.trend.map(\.value) == [0.3333, 0.3333, 0.5])
        // 91 nights; 26 Saturdays and Sundays and 6 weekday holidays have nobody on call.
        #expect(i.detail == ["nights": 91, "nightsWithoutOnCall": 32])
        #expect(i.gaps == [FidelityGap(.rotaHistory, 9)])
        #expect(i.records == ["a", "b"])
    }

    @Test func crisisPlanCoverage() throws {
        let i = try item(.crisisPlanCoverage)
        // A 35 board days: 14 before the update unknown, 21 covered; B 14 with no plan; C 11: 5 unknown, 6 covered.
        #expect((i.numerator, i.denominator, i.value) == (27, 41, 0.6585))
        #expect(i.gaps == [FidelityGap(.crisisPlanHistory, 19)])
        #expect(i.trend.map(\.value) == [1, 0.4167, 1])
        #expect(i.records == ["a", "c"])
    }

    @Test func referralToContact() throws {
        let i = try item(.referralToContact)
        // B 7 days (04-27 → 05-04), C 22 days (05-20 → 06-11): median 14.5, 90th percentile (nearest rank) 22.
        #expect(i.value == 14.5 && i.numerator == nil && i.denominator == nil)
        #expect(i.detail == ["youths": 2, "waiting": 0, "received": 0, "p90": 22, "days-0-7": 1, "days-8-14": 0, "days-15-30": 1, "days-31+": 0])
        #expect(i.gaps == [FidelityGap(.referralDayNotRecorded, 1)])
        #expect(i.trend.map(\.value) == [7, 22, nil])
        #expect(i.records == ["b", "c"])
    }

    @Test func fourQuestions() throws {
        let i = try item(.fourQuestions)
        // Six board discussions (as board-discussed); only A's on 05-05 had safety and family answered.
        #expect((i.numerator, i.denominator, i.value, i.target) == (1, 6, 0.1667, 1))
        #expect(i.gaps == [FidelityGap(.answersNotRecorded, 1)], "A on 04-07, a schema-1 meeting")
        #expect(i.trend.map(\.value) == [0, 0.25, 0])
        #expect(i.records == ["a"])
    }

    @Test func schoolWork() throws {
        let i = try item(.schoolWork)
        // 06-30: A attending, C absent, D nothing recorded → 1/3; at intake B, C, D none → 0/3.
        #expect((i.numerator, i.denominator, i.value) == (1, 3, 0.3333))
        #expect(i.detail == ["atIntake": 0, "atIntakeNumerator": 0, "atIntakeDenominator": 3])
        #expect(i.gaps == [FidelityGap(.noSchoolStatus, 1)])
        #expect(i.trend.map(\.value) == [1, 1, 0.3333])
        #expect(i.records == ["a"])
    }

    @Test func discharges() throws {
        let i = try item(.discharges)
        #expect(i.value == 1 && i.numerator == nil && i.gaps.isEmpty)
        #expect(i.detail["reason.goals-met"] == 1 && i.detail["to.outreach"] == 1 && i.detail["reason.moved"] == 0)
        #expect(i.detail["medianStayDays"] == 42)
        #expect(i.trend.map(\.value) == [0, 0, 1])
        #expect(i.records == ["b"])
    }

    @Test func caseload() throws {
        let i = try item(.caseload)
        #expect(i.value == 2 && i.detail == ["max": 2, "caseManagers": 1])
        #expect(i.gaps == [FidelityGap(.noPrimaryContact, 1)])
        #expect(i.trend.map(\.value) == [1, 1, 2])
        #expect(i.records == ["a", "c"])
    }

    @Test func reviewTimeliness() throws {
        let i = try item(.reviewTimeliness)
        // Due on 06-30 (intake on or before 2026-01-01): A; its review 2025-12-15 is older than 180 days.
        #expect((i.numerator, i.denominator, i.value) == (0, 1, 0))
        #expect(i.trend.map(\.value) == [1, 1, 0])
        #expect(i.records.isEmpty)
    }

    // MARK: Edge cases

    @Test func aHolidayWeek() throws {
        // Easter week: Mon 03-30, Tue 03-31, Wed 04-01 are working days; 04-02 and 04-03 are holidays.
        let r = FidelityReport(input, from: Self.day("2026-03-30"), to: Self.day("2026-04-05"))
        let i = try #require(r.item(.meetingsHeld))
        #expect((i.numerator, i.denominator) == (1, 3))
        #expect(i.detail["meetings"] == 2, "the Good Friday meeting is held but is not a working day")
    }

    @Test func aPeriodWithNoMeetings() throws {
        let r = FidelityReport(input, from: Self.day("2026-06-24"), to: Self.day("2026-06-30"))
        let m = try #require(r.item(.meetingsHeld))
        #expect((m.numerator, m.denominator, m.value) == (0, 5, 0))
        let d = try #require(r.item(.boardDiscussed))
        #expect((d.numerator, d.denominator) == (0, 0) && d.value == nil, "nothing to count is not a zero")
    }

    @Test func aYouthDischargedMidPeriod() throws {
        // B counts while active (through 06-15) and not after: on 06-30 B is in no figure taken on the day.
        let s = try item(.schoolWork), c = try item(.caseload)
        #expect(!s.records.contains("b") && !c.records.contains("b"))
        #expect(try item(.discharges).records == ["b"])
    }

    @Test("a youth discharged with a board period left open is on the board only while active")
    func boardPeriodLeftOpenAfterDischarge() throws {
        // E: discharged 05-08 (a Friday, W19) with its board period from 04-20 never closed. On the
        // board in W17–W19 (active through 05-08), in no later week.
        var e = Youth(id: "e", name: "Eva Fjell", born: Self.day("2009-05-05"), intake: Self.day("2026-01-05"))
        e.boardPeriods = [Self.period("pe", "2026-04-20", nil)]
        e.phase = .discharged
        e.discharged = Self.day("2026-05-08")
        var only = input
        only.youths = [e]
        let june = FidelityReport(only, from: Self.day("2026-06-01"), to: to).item(.boardShare)
        #expect(june?.records == [] && june?.numerator == 0 && june?.denominator == 0)
        let spring = try #require(FidelityReport(only, from: Self.day("2026-04-20"), to: to).item(.boardShare))
        #expect(spring.records == ["e"] && spring.numerator == 3 && spring.denominator == 3)
    }

    @Test func thePeriodNeverRunsPastToday() {
        let r = FidelityReport(input, from: from, to: Self.day("2026-12-31"))
        #expect(r.to == Self.day("2026-12-31"))
        #expect(r.item(.meetingsHeld)?.trend.last?.month == "2026-07")
        #expect(r.item(.meetingsHeld)?.denominator == 60, "working days through today (07-01) only")
    }

    @Test func statsAndFidelityShareOneDefinition() throws {
        // Over stats' own window the two give the same numbers.
        let stats = TeamStats(youths: Self.youths, meetings: Self.meetings, today: to, team: Team(name: "T"))
        let r = FidelityReport(input, from: stats.contacts.first!.start, to: to)
        let c = try #require(r.item(.communityContacts))
        #expect((c.numerator, c.denominator) == (stats.communityShare.numerator, stats.communityShare.denominator))
        let s = try #require(r.item(.schoolWork))
        #expect((s.numerator, s.denominator) == (stats.schoolOrWorkShare.numerator, stats.schoolOrWorkShare.denominator))
        let fq = stats.fourQuestions
        let q = try #require(FidelityReport(input, from: fq.from, to: fq.through).item(.fourQuestions))
        #expect((q.numerator, q.denominator) == (fq.answered, fq.discussions))
    }

    // MARK: Charts and numbers

    @Test("the charts the HTML and the board draw: the hand-built team's arenas, months and board weeks")
    func charts() throws {
        let c = report.charts(.en)
        #expect(c.map(\.title) == [.fidelityChartBoardShare, .fidelityChartMeetings, .fidelityChartArenas, .fidelityChartReferral])
        // Meetings held by month, as the trend above: April 3 of 19, May 2 of 18, June 2 of 22.
        #expect(c[1].bars == [FidelityBar("2026-04", 0.1579), FidelityBar("2026-05", 0.1111), FidelityBar("2026-06", 0.0909)])
        #expect(c[1].top == 1 && c[1].target == 1 && c[1].percent)
        // Contacts by arena, every arena in order, counted by hand from c1–c8 (c8 has none).
        #expect(c[2].bars.map(\.value) == [2, 1, 0, 1, 1, 2, 0, 0, 0])
        #expect(c[2].bars.first?.label == Arena.home.label(.en))
        #expect(c[2].top == 2 && !c[2].percent && c[2].target == nil)
        #expect(c[0].bars.count == (try item(.boardShare)).byWeek?.count)
        #expect(c[3].bars.map(\.label) == ["0–7", "8–14", "15–30", "31+"])
    }

    @Test("a number with a decimal: a point in English, a comma in bokmål; whole numbers without")
    func decimals() {
        #expect(FidelityItem.number(2.34, .nb) == "2,3")
        #expect(FidelityItem.number(2.34, .en) == "2.3")
        #expect(FidelityItem.number(489.5, .nb) == "489,5")
        #expect(FidelityItem.number(7, .nb) == "7")
        #expect(FidelityItem.number(6.96, .nb) == "7")
        let caseload = FidelityItem(id: .caseload, value: 2.25, records: [], detail: ["max": 5, "caseManagers": 6])
        #expect(caseload.valueText(.nb).hasPrefix("snitt 2,3"), "\(caseload.valueText(.nb))")
    }

    // MARK: Property

    @Test func numeratorsAreAtMostDenominatorsAndRecordsExist() {
        var rng = FidelityLcg(seed: 24)
        for round in 0..<8 {
            let youths = (0..<25).map { Self.randomYouth("y\(round)-\($0)", &rng) }
            var meetings: [Meeting] = []
            for k in 0..<40 where rng.next(3) > 0 {
                let d = Self.day("2026-01-05").adding(days: k * 4)
                let board = youths.filter { _ in rng.next(4) == 0 }.map(\.id)
                meetings.append(Self.meeting(d.iso, board: board, discussed: board.filter { _ in rng.next(3) > 0 }, ended: rng.next(5) > 0))
            }
            let input = FidelityInput(youths: youths, meetings: meetings, rota: Self.rota, team: Team(name: "T"), today: today)
            let start = Self.day("2026-01-01").adding(days: rng.next(100))
            let r = FidelityReport(input, from: start, to: start.adding(days: 30 + rng.next(120)))
            let ids = Set(youths.map(\.id)), days = Set(meetings.map(\.day.iso))
            for i in r.items {
                if let n = i.numerator, let d = i.denominator { #expect(n <= d, "\(i.id)") }
                if i.id.isShare { #expect(i.numerator != nil && i.denominator != nil) } else { #expect(i.numerator == nil) }
                if let v = i.value, i.id.isShare { #expect(v >= 0 && v <= 1) }
                for rec in i.records { #expect(i.id == .meetingsHeld ? days.contains(rec) : ids.contains(rec), "\(i.id) \(rec)") }
                #expect(i.gaps.allSatisfy { $0.count > 0 })
            }
        }
    }

    static func randomYouth(_ id: String, _ rng: inout FidelityLcg) -> Youth {
        let intake = day("2025-06-01").adding(days: rng.next(400))
        var y = Youth(id: id, name: "N " + id, born: day("2008-01-01"), intake: intake)
        let staff = ["ole", "siri", "per", "kari"]
        if rng.next(4) > 0 { y.primaryContact = staff[rng.next(4)] }
        if rng.next(2) == 0 { y.referral = Referral(source: .gp, received: intake.adding(days: -rng.next(30))) }
        var start = intake.adding(days: rng.next(60))
        for k in 0..<rng.next(3) {
            var p = BoardPeriod(id: id + "p\(k)", reason: .vulnerable, start: start, plan: "", evaluate: nil, decidedBy: "ole")
            p.end = start.adding(days: 5 + rng.next(40))
            y.boardPeriods.append(p)
            start = p.end!.adding(days: 3 + rng.next(30))
        }
        if rng.next(2) == 0, var last = y.boardPeriods.popLast() { last.end = nil; y.boardPeriods.append(last); y.mode = .intensive }
        if rng.next(2) == 0 { y.crisisPlan = CrisisPlan(updated: intake.adding(days: rng.next(200))) }
        if rng.next(3) > 0 { y.school = [SchoolEntry(status: SchoolStatus.allCases[rng.next(7)], since: intake, by: "ole", at: at(intake.iso))] }
        if rng.next(2) == 0 { y.reviews = [Review(day: intake.adding(days: rng.next(300)), by: "ole")] }
        let arenas: [Arena?] = Arena.allCases + [nil]
        y.contacts = (0..<rng.next(30)).map { k in
            let kind = ContactKind.allCases[rng.next(ContactKind.allCases.count)]
            return Contact(id: id + "c\(k)", at: at(intake.adding(days: rng.next(300)).iso, rng.next(1440)), staff: staff[rng.next(4)],
                           with: .youth, kind: kind, arena: arenas[rng.next(arenas.count)])
        }
        if rng.next(4) == 0 {
            y.phase = .discharged
            y.discharged = intake.adding(days: 30 + rng.next(300))
            if rng.next(2) == 0 { y.dischargeReason = .moved; y.dischargeTo = .gp }
        }
        return y
    }
}

/// A small deterministic generator for the property test.
struct FidelityLcg {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
