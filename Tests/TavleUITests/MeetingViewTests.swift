import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// What the meeting view, the day plan, the team's numbers and the youth's path look like, as
/// cell grids and readable snapshots (Snapshots/*.txt, re-recorded with TAVLE_RECORD=1).
@Suite struct MeetingViewTests {
    let fixtures = MeetingTests()

    @Test func meetingView80x24() throws {
        var s = try fixtures.meetingState()
        s.rota = try fixtures.sundayRota(s.board.team)
        let screen = render(s)
        try Snapshot.check(screen, "meeting-80x24")
        #expect(screen.line(0).contains("1 av 4 drøftet") && screen.line(0).contains("⏱ 11:00 igjen"))
        let sofie = try #require(screen.row(containing: "✓ ■ Sofie"), "discussed")
        #expect(screen.line(sofie).contains("2:10"), "with the time spent")
        #expect(screen.contains("Tid på ungdommen: 4 min 0 s"))
        #expect(screen.line(23).contains("Enter drøftet→neste") && screen.line(23).contains("b beslutning"))
    }

    @Test func meetingViewOnTheSharedScreen() throws {
        var s = try fixtures.meetingState(shared: true)
        #expect(s.mode == .meeting, "the shared screen goes to the open meeting by itself")
        s.meeting.currentID = "sofie"
        for (w, h) in [(80, 24), (120, 40), (60, 16)] {
            s.width = w; s.height = h
            let screen = render(s)
            #expect(!screen.contains("Sofie Bakke") && !screen.contains("Daglig kontakt, mor ringer"), "initials only, no decision text")
            #expect(!screen.contains("Mor ringer bakvakt"), "no crisis-plan text on the wall")
            #expect(screen.line(0).contains("DELT SKJERM") || w < 80)
        }
        s.width = 80; s.height = 24
        try Snapshot.check(render(s), "meeting-shared-80x24")
    }

    @Test func dayPlan80x24() throws {
        var s = try demoState()
        s.rota = try fixtures.sundayRota(s.board.team)
        press(&s, .char("d"))
        #expect(s.mode == .dayPlan)
        let screen = render(s)
        try Snapshot.check(screen, "dayplan-80x24")
        #expect(screen.line(0).contains("Bakvakt i kveld: @IS"))
        #expect(screen.contains("bakvakt") && screen.contains("@IS Ingrid Sæther") && screen.contains("helgevakt"))
        let ole = try #require(screen.row(containing: "@OB  Ole Bråten"))
        #expect(screen.line(ole + 1).contains("09:30  Sofie Bakke"))
        #expect(screen.contains("⚠ På tavla uten plan i dag: Mathias Lønning"))
        press(&s, .escape)
        #expect(s.mode == .board)
        // The header shows today's on-call.
        #expect(render(s).line(0).contains("bakvakt @IS"))
    }

    @Test func dayPlanWithoutARotaSaysHowToMakeOne() throws {
        var s = try demoState(.en)
        press(&s, .char("d"))
        #expect(render(s).contains("nobody on the rota (tavle rota set)"))
    }

    /// The demo team with two meetings, one that covered the board and one that did not.
    func statsState() throws -> AppState {
        var s = try demoState()
        let (team, youths) = try Demo.load(today: demoToday)
        let zone = team.zone
        func meeting(_ day: Day, discussed: [String], board: [String]) -> Meeting {
            let t = Timestamp.local(day: day, minutes: 9 * 60, in: zone)
            var m = Meeting(day: day, chair: "ingrid", attendees: ["ingrid"], started: t, minutes: 15, board: board)
            for id in discussed { var e = MeetingEvent(at: t, by: "ingrid", youth: id, kind: .discussed); e.seconds = 60; m.events.append(e) }
            m.ended = Timestamp.local(day: day, minutes: 9 * 60 + 14, in: zone)
            return m
        }
        let meetings = [meeting(Day(year: 2026, month: 11, day: 17)!, discussed: ["sofie"], board: ["sofie"]),
                        meeting(Day(year: 2026, month: 11, day: 18)!, discussed: ["sofie"], board: ["sofie", "kristian"])]
        press(&s, .char("S"))
        #expect(s.mode == .stats)
        (s, _) = BoardApp.update(s, .statsLoaded(TeamStats(youths: youths, meetings: meetings, today: demoToday, team: team)))
        return s
    }

    @Test func statsOnFixedData() throws {
        var s = try statsState()
        let stats = try #require(s.stats)
        var screen = render(s)
        try Snapshot.check(screen, "stats-80x24")
        #expect(screen.contains("▲ Andel på tavla i dag: 29 % (4 av 14; mål 20 %)"))
        #expect(screen.contains("over varselgrensen 25 %"))
        // Twelve weekly bars: the last column is this week's share.
        #expect(stats.weeks.count == 12)
        let shares = try #require(screen.row(containing: "└"))
        #expect(screen.line(shares).contains(StatsView.pct(stats.weeks.last!.share)))
        #expect(screen.line(shares + 1).contains("uke") && screen.line(shares + 1).contains("36")
                && screen.line(shares + 1).contains("47"), "weeks 36 to 47: \(screen.line(shares + 1))")
        let median = stats.daysOnBoard.median.map { StatsView.num($0, .nb) } ?? "?"
        #expect(screen.contains("Dager på tavla: median \(median), lengst \(stats.daysOnBoard.longest!)"))
        let m = stats.multipleStaff
        #expect(screen.contains((m.meetsTarget ? "✓ " : "✗ ") + "Sett av mer enn én i teamet"))
        // The last lines are below the fold at 80×24: scroll down.
        for _ in 0..<10 { press(&s, .down) }
        screen = render(s)
        #expect(screen.contains("Tavlemøter siste 12 uker: 2, alle på tavla drøftet i 1"))
        #expect(screen.contains("✗ Møter der ikke alle på tavla ble drøftet: 18.11"))
        press(&s, .escape)
        #expect(s.mode == .board)
    }

    @Test func stats120x40ShowsEverythingAtOnce() throws {
        var s = try statsState()
        s.width = 120; s.height = 40
        let screen = render(s)
        #expect(screen.contains("Tavlemøter siste 12 uker: 2") && screen.contains("kontakter+forsøk per ungdom"))
        #expect(!(1..<37).contains { screen[119, $0].text == "↓" }, "nothing below the fold")
    }

    @Test func statsKeyAsksForTheNumbers() throws {
        var s = try demoState()
        let effects = press(&s, .char("S"))
        #expect(effects == [.loadStats(municipality: nil)])
        #expect(render(s).contains("Regner ut"))
    }

    // MARK: The youth's path (#8) in the detail view

    /// The detail view in one column (wrapped lines joined), so a test reads it as a sentence.
    func detail(_ id: String, _ edit: (inout Youth) -> Void, shared: Bool = false) throws -> String {
        var s = try demoState(shared: shared, width: 90, height: 80)
        var y = try Demo.load(today: demoToday).1.first { $0.id == id }!
        edit(&y)
        select(&s, id)
        press(&s, .enter)
        (s, _) = BoardApp.update(s, .detailLoaded(y))
        let screen = render(s)
        return (0..<screen.height).map { screen.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }

    @Test func consentPerPartyNeverAllowedAfterAWithdrawal() throws {
        let screen = try detail("sofie") { y in
            y.consents = [
                Consent(party: .childWelfare, givenBy: .youth, given: Day(year: 2026, month: 10, day: 1)!, scope: "skolefravær og bolig"),
                Consent(party: .nav, givenBy: .youth, given: Day(year: 2026, month: 9, day: 1)!, scope: "arbeid",
                        withdrawn: Day(year: 2026, month: 11, day: 2)!),
            ]
        }
        #expect(screen.contains("✓ barnevern: deling tillatt, gitt av ungdommen 01.10.2026 · omfang: skolefravær og bolig"), "\(screen)")
        #expect(screen.contains("✗ NAV: deling IKKE tillatt, trukket tilbake 02.11.2026 (gitt av ungdommen 01.09.2026)"), "\(screen)")
        #expect(!screen.contains("NAV: deling tillatt"))
        #expect(screen.contains("Henvist fra barnevern · Barnevernet i Nordbyen"), "\(screen)")
    }

    @Test func dischargePhaseShowsWhatTheHandoverLacksAndOtherServices() throws {
        let screen = try detail("maja") { _ in }
        #expect(screen.contains("Andre tjenester") && screen.contains("utekontakt"))
        #expect(screen.contains("⚠ Overføringen mangler: avtalt oppfølging, dato, samtykke"), "\(screen)")
        #expect(screen.contains("Utekontakten · Lars Holm"), "\(screen)")
        let shared = try detail("maja", { _ in }, shared: true)
        #expect(!shared.contains("Lars Holm") && !shared.contains("Utekontakten, Lars"), "names of outside contacts stay off the wall")
    }
}
