import Testing
import TavleCore
@testable import TavleUI

/// A board of a couple of hundred youths, as k9s, lazygit and htop users would try it: the group
/// header stays while scrolling, a position counter, PgDn a page at once, an incremental search
/// that folds æ/ø/å, and the width of a wide terminal where it is needed.
@Suite struct BigBoardTests {
    /// The first list line (row 3) and the status line's right end.
    func firstListLine(_ screen: Screen) -> String { screen.line(BoardGeometry.topRows) }

    @Test func snapshotsOfAGeneratedTeamScrolledIntoCaseManagement() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var s = generatedState(count: 200, width: w, height: h)
            // Into case management and two pages down: its heading has scrolled away.
            press(&s, .tab, .pageDown, .pageDown)
            let screen = BoardApp.present(&s)
            try Snapshot.check(screen, "generated-200-\(w)x\(h)")
            #expect(firstListLine(screen).contains("CASEMANAGEMENT (145)"), "sticky header at \(w)×\(h)")
            let index = s.visible.index(of: s.selectedID!)! + 1
            #expect(screen.line(h - 2).hasSuffix("\(index)/178"), "the counter at \(w)×\(h): \(screen.line(h - 2))")
        }
    }

    @Test func theGroupHeaderStaysWhileScrollingAndNeverHidesTheSelection() {
        var s = generatedState(count: 200)
        for _ in 0..<60 {
            press(&s, .down)
            let screen = BoardApp.present(&s)
            let mode = s.board.entry(s.selectedID!)!.youth.mode
            let title = mode == .intensive ? "PÅ TAVLA (33)" : "CASEMANAGEMENT (145)"
            // The selected youth's group is named on the first list line or above the row.
            let row = screen.row(containing: "▶")!
            #expect(row > BoardGeometry.topRows, "the selection is never under the sticky header")
            #expect((BoardGeometry.topRows..<row).contains { screen.line($0).contains(title) }, "\(title) above the selection")
        }
    }

    @Test func theCounterSaysWhereTheSelectionIs() {
        var s = generatedState(count: 200)
        #expect(BoardApp.present(&s).line(22).hasSuffix("1/178"))
        press(&s, .down, .down)
        #expect(BoardApp.present(&s).line(22).hasSuffix("3/178"))
        press(&s, .char("G"))
        #expect(BoardApp.present(&s).line(22).hasSuffix("178/178"))
        // Filtered: the position among those shown.
        press(&s, .char("g"), .char("f"))
        let due = s.visible.count
        #expect(due < 178 && BoardApp.present(&s).line(22).hasSuffix("1/\(due)"))
    }

    @Test func pageDownMovesAWholePageAtOnceAndPageUpComesBack() {
        var s = generatedState(count: 200)
        let before = BoardApp.present(&s)
        let rowBefore = before.row(containing: "▶")!
        let lastOnScreen = before.line(BoardGeometry.topRows + BoardGeometry.viewport(height: 24) - 1)
        press(&s, .pageDown)
        let after = BoardApp.present(&s)
        // The list scrolled by a page and the selection moved as far: it is where it was on
        // screen (not sent to the bottom row first), and the page before's last row is kept.
        #expect(s.visible.index(of: s.selectedID!) == BoardGeometry.page(height: 24))
        #expect(after.row(containing: "▶") == rowBefore)
        let keptName = String(lastOnScreen.dropFirst(2).prefix(15))
        #expect(after.line(BoardGeometry.topRows + 1).contains(keptName), "one row of overlap: \(keptName)")
        press(&s, .pageUp)
        #expect(BoardApp.present(&s) == before)
    }

    @Test func searchJumpsAsYouTypeAndFoldsNorwegianLetters() throws {
        var s = try demoState()
        press(&s, .char("/"))
        // Each letter narrows the board and selects the first match, before Enter.
        type(&s, "saeb")
        #expect(s.selectedID == "eirik" && s.visibleEntries.map(\.id) == ["eirik"])
        press(&s, .ctrl("u"))
        type(&s, "oekland")
        #expect(s.selectedID == "maja" && s.visibleEntries.map(\.id) == ["maja"])
        #expect(render(s).contains("Maja Økland"))
        press(&s, .ctrl("u"))
        type(&s, "brathen")
        #expect(s.visibleEntries.isEmpty, "a misspelling finds nobody")
        press(&s, .escape)
        #expect(s.visible.count == 14)
        // A big team: every Økland, however it is typed, and nobody else.
        var g = generatedState(count: 200)
        press(&g, .char("/"))
        type(&g, "oekland")
        let found = g.visibleEntries.map(\.youth.name)
        #expect(!found.isEmpty && found.allSatisfy { $0.hasSuffix("Økland") })
        #expect(found.count == g.board.all.filter { $0.youth.name.hasSuffix("Økland") }.count)
    }

    @Test func wideTerminalsGiveTheWidthToTheColumnsThatNeedIt() throws {
        let s = try demoState(width: 200, height: 30)
        let screen = render(s)
        let mathias = screen.line(try #require(screen.row(containing: "Mathias Lønning")))
        #expect(mathias.contains("positiv utvikling"), "the reason whole: \(mathias)")
        let layout = ColumnLayout(s, width: 200)
        let plan = try #require(layout.column(.plan))
        // "I dag" is as wide as the longest plan, not 50 empty columns.
        #expect(plan.width == DisplayWidth.of("@OB 09:30 Hjemme · @JA 14:00 Kontoret"))
        #expect(screen.line(try #require(screen.row(containing: "Sofie Bakke"))).contains("@OB 09:30 Hjemme · @JA 14:00 Kontoret"))
        let reason = try #require(layout.column(.reason))
        #expect(reason.width == DisplayWidth.of("positiv utvikling"))
        // A long name is whole at 200 columns and shortened like a name (not cut) at 80.
        var (team, youths) = try Demo.load(today: demoToday)
        youths[0].name = "Sofie Kristiansen-Bakke"
        let long = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, actorStaff: "ingrid")
        var wide = long
        wide.width = 200
        #expect(render(wide).contains("Sofie Kristiansen-Bakke"))
        #expect(render(long).contains("S. Kristiansen-Bakke") || render(long).contains("Sofie K. "))
    }
}
