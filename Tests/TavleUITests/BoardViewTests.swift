import Testing
import TavleCore
@testable import TavleUI

/// What a user sees on the board at 80×24 and 120×40.
@Suite struct BoardViewTests {
    @Test func eightyByTwentyFourShowsAUsefulBoard() throws {
        let screen = render(try demoState(width: 80, height: 24))
        // Header: team, weekday and date, the board share against the target, how many are due.
        #expect(screen.line(0).contains("FACT ung Nordbyen"))
        #expect(screen.line(0).contains("søndag 22.11.2026"))
        #expect(screen.line(1).contains("På tavla 4 av 14 (29 %)"))
        #expect(screen.line(1).contains("mål 20 %"))
        #expect(screen.line(1).contains("10 til gjennomgang"))
        // Both groups, intensive first.
        let intensive = try #require(screen.row(containing: "PÅ TAVLA (4)"))
        let cm = try #require(screen.row(containing: "CASEMANAGEMENT (10)"))
        #expect(intensive < cm)
        // A known youth's row: name, age, status symbol and word, reason, days, contact, flags, today's plan.
        let row = try #require(screen.row(containing: "Kristian Haug"))
        let line = screen.line(row)
        #expect(row > intensive && row < cm)
        for part in ["17", "▲ bekymring", "sårbar", "10 d", "SL", "!2", "K", "PS 11:00"] {
            #expect(line.contains(part), "missing \(part) in: \(line)")
        }
        // Every youth is on screen at 80×24.
        #expect(screen.contains("Sara Lie") && screen.contains("Sofie Bakke"))
        // The hint bar is generated from the keymap and always offers help and quit.
        let hints = screen.line(23)
        #expect(hints.contains("↑↓ flytt") && hints.contains("Enter detaljer") && hints.contains("i tavla"))
        #expect(hints.contains("? hjelp") && hints.contains("q avslutt"))
    }

    @Test func theTopLineShowsWholeDutiesOnCallFirst() throws {
        var s = try demoState(width: 120, height: 30)
        var r = Rota()
        try r.setPattern(weekday: .sunday, shift: .onCall, staff: ["mette"], team: s.board.team)
        try r.setPattern(weekday: .sunday, shift: .weekend, staff: ["hakon", "per"], team: s.board.team)
        s.rota = r
        #expect(render(s).line(0).contains("søndag 22.11.2026  bakvakt @MD · helgevakt @HØ, @PS"))
        // Where only the on-call fits, the weekend duty is left out whole rather than cut.
        s.width = 60
        let narrow = render(s).line(0)
        #expect(narrow.contains("bakvakt @MD"), "\(narrow)")
        #expect(!narrow.contains("helge"), "\(narrow)")
    }

    /// A file that cannot be read is said first on the second row, at any width, with a symbol:
    /// at 60 columns it used to be the part left out (and a lone " · " ended the row).
    @Test func anUnreadableFileIsSaidFirstEvenWhenNarrow() throws {
        var s = try demoState(width: 60, height: 16)
        let b = s.board
        let bad = LoadProblem(path: "youths/x.json", error: .badFile(path: "youths/x.json", problem: LocalizedMessage(.fileCannotEncode, ["x"])))
        s.board = Board(team: b.team, entries: b.all, today: b.today, problems: [bad])
        let row = render(s).line(1)
        #expect(row.contains("! 1 fil kan ikke leses"), "\(row)")
        #expect(row.firstRange(of: "fil kan ikke")!.lowerBound < row.firstRange(of: "På tavla")!.lowerBound, "\(row)")
        for width in [30, 40, 50, 60, 70] {
            s.width = width
            let line = render(s).line(1).trimmingCharacters(in: .whitespaces)
            #expect(!line.hasSuffix("·"), "a separator with nothing after it at \(width): \(line)")
        }
    }

    @Test func statusAndFlagsNeverDependOnColourAlone() throws {
        let screen = render(try demoState(width: 80, height: 24))
        let sofie = screen.line(try #require(screen.row(containing: "Sofie Bakke")))
        #expect(sofie.contains("■ krise"))
        let amina = screen.line(try #require(screen.row(containing: "Amina Jørgensen")))
        #expect(amina.contains("● stabil") && amina.contains("N"), "new intake flag: \(amina)")
        let eirik = screen.line(try #require(screen.row(containing: "Eirik Sæbø")))
        #expect(eirik.contains("!2 V"), "order expiring and consent missing: two reasons: \(eirik)")
        let mathias = screen.line(try #require(screen.row(containing: "Mathias Lønning")))
        #expect(mathias.contains("!3 K"), "due with three reasons and no crisis plan: \(mathias)")
    }

    @Test func selectionIsReverseVideoAndMarked() throws {
        var s = try demoState(width: 80, height: 24)
        select(&s, "kristian")
        let screen = render(s)
        let y = try #require(screen.row(containing: "Kristian Haug"))
        #expect(screen.line(y).hasPrefix("▶"))
        #expect(screen[0, y].style.reverse && screen[40, y].style.reverse && screen[79, y].style.reverse)
        let other = try #require(screen.row(containing: "Sofie Bakke"))
        #expect(!screen[5, other].style.reverse && !screen.line(other).hasPrefix("▶"))
    }

    @Test func hundredTwentyColumnsShowMoreColumns() throws {
        let narrow = render(try demoState(width: 80, height: 24))
        let wide = render(try demoState(width: 120, height: 40))
        for title in ["Sist", "Evaluer", "Skole/arbeid"] {
            #expect(wide.line(2).contains(title), "120 wide shows \(title)")
            #expect(!narrow.line(2).contains(title), "80 wide leaves out \(title)")
        }
        let sofie = wide.line(try #require(wide.row(containing: "Sofie Bakke")))
        #expect(sofie.contains("fravær"), "the school or work column: \(sofie)")
        #expect(sofie.contains("@OB 09:30"), "a plan: who and when")
        // Wider, the warning column too (the school column takes its room at 120).
        let wider = render(try demoState(width: 160, height: 40))
        #expect(wider.line(2).contains("Varsel"))
        let sofie2 = wider.line(try #require(wider.row(containing: "Sofie Bakke")))
        #expect(sofie2.contains("Selvskading"), "the warning column: \(sofie2)")
        let kristian = wide.line(try #require(wide.row(containing: "Kristian Haug")))
        #expect(kristian.contains("@PS 11:00 Skolen"), "one plan, with the place: \(kristian)")
        #expect(sofie.contains("30.11"), "the evaluation date")
    }

    @Test func eitherLanguageFillsTheScreen() throws {
        let screen = render(try demoState(.en, width: 80, height: 24))
        #expect(screen.line(0).contains("Sunday 2026-11-22"))
        #expect(screen.line(1).contains("On the board 4 of 14 (29 %)"))
        #expect(screen.contains("ON THE BOARD (4)") && screen.contains("CASE MANAGEMENT (10)"))
        #expect(screen.line(23).contains("? help") && screen.line(23).contains("q quit"))
        let kristian = screen.line(try #require(screen.row(containing: "Kristian Haug")))
        #expect(kristian.contains("▲ worried") && kristian.contains("!2 C"))
    }

    @Test func initialsTellApartYouthsWithTheSameInitials() throws {
        var s = try demoState(width: 80, height: 24)
        press(&s, .char("p"))
        let screen = render(s)
        #expect(!screen.contains("Kristian Haug"))
        // Karoline Hansen and Kristian Haug are both K.H.
        let rows = (0..<24).map(screen.line).filter { $0.contains("KH") }
        #expect(rows.count == 2)
        #expect(rows.contains { $0.contains("KH²") })
        #expect(screen.line(0).contains("INITIALER"))
    }

    @Test func longNamesAreCutCleanlyNeverWrapped() throws {
        var (team, youths) = try Demo.load(today: demoToday)
        youths[0].name = "Marie-Louise Østgård Kristoffersen-Bjørnstad"
        let s = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, actorStaff: "ingrid")
        let screen = render(s)
        let y = try #require(screen.row(containing: "Marie-Louise"))
        // Shortened the way people shorten names, not cut in the middle of one.
        #expect(screen.line(y).contains("Marie-Louise K. "))
        #expect(!screen.line(y).contains("Bjørnstad"))
        #expect(screen.row(containing: "Bjørnstad") == nil, "never wrapped onto another line")
        // The age column still lines up with the others.
        let other = try #require(screen.row(containing: "Sara Lie"))
        let ageX = try #require(ColumnLayout(s, width: 80).column(.age)).x
        #expect(screen[ageX, y].text.first?.isNumber == true && screen[ageX, other].text.first?.isNumber == true)
    }

    @Test func tooSmallSaysSoWithTheSizeNeeded() throws {
        for (w, h) in [(50, 12), (59, 24), (80, 15)] {
            let screen = render(try demoState(width: w, height: h))
            #expect(screen.contains("Terminalen er for liten"), "\(w)×\(h)")
            #expect(screen.contains("60×16"))
            #expect(!screen.contains("Sofie"))
        }
        let tiny = render(try demoState(width: 12, height: 3))
        #expect(tiny.width == 12 && tiny.height == 3)
        #expect(render(try demoState(width: 60, height: 16)).contains("PÅ TAVLA"))
    }

    @Test func aLongListScrollsToTheSelection() throws {
        var (team, youths) = try Demo.load(today: demoToday)
        for i in 0..<40 {
            var y = Youth(id: "extra\(i)", name: "Ekstra Ungdom \(i)", born: Day(year: 2008, month: 1, day: 1)!, intake: demoToday.adding(days: -100))
            y.primaryContact = "ole"
            y.lastContact = Timestamp.local(day: demoToday, minutes: 600, in: team.zone)
            y.reviews = [Review(day: demoToday.adding(days: -10), by: "ingrid")]
            y.planReviewed = demoToday.adding(days: -10)
            youths.append(y)
        }
        var s = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, actorStaff: "ingrid")
        let first = render(s)
        let lastListRow = BoardGeometry.topRows + BoardGeometry.viewport(height: 24) - 1
        #expect(first.contains("PÅ TAVLA (4)") && first[79, lastListRow].text == "↓", "more below")
        press(&s, .char("G"))
        let last = render(s)
        let lastName = s.visibleEntries.last!.youth.name
        #expect(last.contains(lastName))
        #expect(!last.contains("PÅ TAVLA (4)"), "scrolled past the top")
        #expect(last.contains("↑"))
        press(&s, .char("g"))
        #expect(render(s).contains("PÅ TAVLA (4)"))
        press(&s, .pageDown)
        let paged = s.visibleEntries.firstIndex { $0.id == s.selectedID }!
        #expect(paged == BoardGeometry.viewport(height: 24) - 2)
    }

    @Test func aHighBoardShareIsMarkedWithASymbol() throws {
        let screen = render(try demoState(width: 80, height: 24))
        // 29 % is above the warning level (25 %): a symbol, not only colour.
        #expect(screen.line(1).contains("▲ På tavla"))
        #expect(screen[1, 1].style.color == .red)
    }
}

/// Issue 13, point 7: severity never depends on colour. The snapshot's text has no colour at all,
/// so an urgent reason and a warning must already differ in it.
@Suite struct SeverityWithoutColourTests {
    @Test func urgentAndWarningDifferInTheTextAlone() throws {
        let screen = render(try demoState(width: 80, height: 24))
        let sofie = screen.line(try #require(screen.row(containing: "Sofie Bakke")))       // crisis: urgent
        let mathias = screen.line(try #require(screen.row(containing: "Mathias Lønning"))) // warnings only
        #expect(sofie.contains("!!3"), "\(sofie)")
        #expect(mathias.contains("!3") && !mathias.contains("!!"), "\(mathias)")
        let legend = Legend.entries(.nb).map(\.symbol)
        #expect(legend.contains("!!3") && legend.contains("!3") && legend.contains("@OB"))
    }
}
