import Testing
import TavleCore
@testable import TavleUI

/// The rota's gaps in the coming week and public holidays on the board's screens: the header, the
/// day plan and the meeting show the same core value (`RotaCoverage`) as `tavle today`.
@Suite struct CoverageViewTests {
    let fixtures = MeetingTests()

    /// The fixture's full week with Wednesday 25.11's on-call taken away (and, with `evening`, Thursday's evening too).
    func rotaWithGaps(_ team: Team, evening: Bool = false) throws -> Rota {
        var r = try fixtures.sundayRota(team)
        try r.setPattern(weekday: .wednesday, shift: .onCall, staff: [], team: team)
        if evening { try r.setPattern(weekday: .thursday, shift: .evening, staff: [], team: team) }
        return r
    }

    @Test func theHeaderNamesAMissingOnCallAndSettingItClearsIt() throws {
        for (w, h) in [(80, 24), (60, 16), (120, 40)] {
            var s = try demoState(width: w, height: h)
            s.rota = try fixtures.sundayRota(s.board.team)
            #expect(!render(s).line(1).contains("!"), "a full week: no warning at \(w)×\(h)")
            s.rota = try rotaWithGaps(s.board.team)
            let screen = render(s)
            let line = screen.line(1)
            #expect(line.hasPrefix(" ! Ingen bakvakt 25.11"), "first on the second row at \(w)×\(h): \(line)")
            #expect(screen[1, 1].style.color == .red && screen[1, 1].style.bold, "symbol and colour")
            // A one-off change for the night clears it.
            try s.rota?.addChange(day: demoToday.adding(days: 3), shift: .onCall, staff: "mette", replacing: nil, team: s.board.team)
            #expect(!render(s).line(1).contains("Ingen bakvakt"))
        }
    }

    @Test func moreThanOneGapIsCountedWhereOneLineMustDo() throws {
        var s = try demoState(width: 100, height: 30)
        s.rota = try rotaWithGaps(s.board.team, evening: true)
        #expect(render(s).line(1).contains("! Ingen bakvakt 25.11 (+1 til)"))
        s.language = .en
        #expect(render(s).line(1).contains("! No on-call 25.11 (+1 more)"))
    }

    @Test func noRotaLoadedYetSaysNothing() throws {
        let s = try demoState()
        #expect(s.rota == nil)
        #expect(!render(s).line(1).contains("!"))
    }

    @Test func nobodyOnTheBoardNoWarning() throws {
        let (team, youths) = try Demo.load(today: demoToday)
        let off = youths.map { y -> Youth in var y = y; if y.mode == .intensive { y.mode = .caseManagement; y.boardPeriods = [] }; return y }
        var s = AppState(board: Board(team: team, youths: off, today: demoToday), language: .nb, actorStaff: "ingrid")
        s.rota = Rota()
        #expect(!render(s).line(1).contains("Ingen bakvakt"))
    }

    @Test func theDayPlanListsEveryGapOneLineEach() throws {
        var s = try demoState()
        s.rota = try rotaWithGaps(s.board.team, evening: true)
        press(&s, .char("d"))
        let screen = render(s)
        let gap = try #require(screen.row(containing: "! Ingen bakvakt 25.11"))
        #expect(screen.line(gap + 1).contains("! Ingen kveldsvakt 26.11"))
    }

    @Test func theMeetingShowsTheGapsBesideTonightsOnCall() throws {
        var s = try fixtures.meetingState()
        s.rota = try rotaWithGaps(s.board.team)
        let screen = render(s)
        #expect(screen.line(1).contains("Bakvakt i kveld: @IS") && screen.line(1).contains("! Ingen bakvakt 25.11"), "\(screen.line(1))")
        // With nobody under discussion, the summary lists them.
        s.meeting.currentID = nil
        #expect(render(s).contains("! Ingen bakvakt 25.11"))
    }

    /// Christmas Day: named in the header and the day plan, and its duties are the holiday pattern's.
    @Test func aHolidayIsNamedAndUsesTheHolidayPattern() throws {
        let christmas = Day(year: 2026, month: 12, day: 25)!
        let (team, youths) = try Demo.load(today: christmas)
        var s = AppState(board: Board(team: team, youths: youths, today: christmas), language: .nb, actorStaff: "ingrid")
        s.width = 100; s.height = 30
        var r = try fixtures.sundayRota(team)
        try r.setHolidayPattern(shift: .onCall, staff: ["mette"], team: team)
        try r.setHolidayPattern(shift: .weekend, staff: ["nora"], team: team)
        s.rota = r
        let top = render(s).line(0)
        #expect(top.contains("fredag 25.12.2026 · 1. juledag"), "\(top)")
        #expect(top.contains("bakvakt @MD") && top.contains("helgevakt @NV") && !top.contains("kveldsvakt"), "\(top)")
        press(&s, .char("d"))
        #expect(render(s).line(0).contains("1. juledag"))
        s.language = .en
        #expect(render(s).line(0).contains("Christmas Day"))
    }
}
