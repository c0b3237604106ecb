import Testing
import TavleCore
@testable import TavleUI

/// The shared screen in the meeting room: read-only, initials only, no note or decision text.
@Suite struct SharedScreenTests {
    /// Every free text in the demo: notes, decisions, board plans, warnings, goals.
    func privateTexts() throws -> [String] {
        let (_, youths) = try Demo.load(today: demoToday)
        var out: [String] = []
        for y in youths {
            out += y.notes.map(\.text)
            out += y.boardPeriods.map(\.plan).filter { !$0.isEmpty }
            if !y.warning.isEmpty { out.append(y.warning) }
            if !y.goals.isEmpty { out.append(y.goals) }
        }
        // Compare on a distinctive start, as a cell grid may cut the end.
        return out.map { String($0.prefix(12)) }.filter { $0.count >= 8 }
    }

    func detail(_ s: inout AppState, _ id: String) throws {
        select(&s, id)
        press(&s, .enter)
        let (_, youths) = try Demo.load(today: demoToday)
        (s, _) = BoardApp.update(s, .detailLoaded(youths.first { $0.id == id }!))
    }

    @Test func noNoteOrDecisionTextAnywhere() throws {
        let texts = try privateTexts()
        #expect(!texts.isEmpty)
        var board = try demoState(shared: true, width: 160, height: 50)
        var screens = [render(board)]
        for id in ["sofie", "kristian", "mathias", "amina", "filip", "maja"] {
            try detail(&board, id)
            screens.append(render(board))
            press(&board, .escape)
        }
        for screen in screens {
            for t in texts { #expect(!screen.contains(t), "shared screen shows “\(t)”") }
            #expect(!screen.contains("Sofie Bakke") && !screen.contains("Kristian"), "initials only")
        }
        #expect(screens[1].contains("notater (teksten er skjult)"))
        // The same youth in a clinician's own terminal does show the notes (the test can fail).
        var own = try demoState(width: 160, height: 50)
        try detail(&own, "kristian")
        #expect(texts.contains { render(own).contains($0) })
    }

    @Test func initialsOnTheNormalBoardAlsoHideNoteText() throws {
        let texts = try privateTexts()
        var s = try demoState(width: 160, height: 50)
        press(&s, .char("p"))
        try detail(&s, "sofie")
        let screen = render(s)
        for t in texts { #expect(!screen.contains(t)) }
        #expect(screen.contains("SB") && !screen.contains("Sofie Bakke"))
    }

    @Test func readOnlyEveryEditingKeyIsRefused() throws {
        var s = try demoState(shared: true)
        select(&s, "filip")
        for key in ["i", "s", "n", "c", "a", "r", "u"] {
            let effects = press(&s, .char(Character(key)))
            #expect(effects.isEmpty, "\(key) must not change data")
            #expect(s.form == nil)
            #expect(s.message?.text == "Delt skjerm: bare lesing. Endre fra din egen terminal.")
        }
        press(&s, .char("p"))
        #expect(!s.showNames && s.message?.text == "På delt skjerm vises bare initialer.")
        #expect(render(s).line(0).contains("DELT SKJERM"))
        let hints = render(s).line(23)
        #expect(!hints.contains("tavla") && !hints.contains("notat") && hints.contains("? hjelp"))
    }

    @Test func largerSpacingWhenThereIsRoom() throws {
        let roomy = render(try demoState(shared: true, width: 120, height: 40))
        let a = try #require(roomy.row(containing: "SB "))
        #expect(roomy.line(a + 1).trimmingCharacters(in: .whitespaces).isEmpty, "a blank line between rows")
        let tight = render(try demoState(shared: true, width: 80, height: 24))
        let b = try #require(tight.row(containing: "SB "))
        #expect(!tight.line(b + 1).trimmingCharacters(in: .whitespaces).isEmpty, "all rows still fit at 80×24")
        #expect(tight.contains("SL ") && tight.contains("OB "))
    }
}
