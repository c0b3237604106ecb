import Testing
import TavleCore
@testable import TavleUI

/// The mouse in every view: a click selects (a row, a group, an agenda line, a field) or runs a
/// key hint, a double-click opens, the wheel scrolls; on the shared screen a click only selects.
@Suite struct MouseTests {
    @discardableResult
    func click(_ s: inout AppState, x: Int, y: Int, double: Bool = false) -> [Effect] {
        if double { press(&s, .mouse(MouseEvent(.press, x: x, y: y))) }
        return press(&s, .mouse(MouseEvent(.press, x: x, y: y, clicks: double ? 2 : 1)))
    }
    func wheel(_ s: inout AppState, down: Bool = true, notches: Int = 1) {
        for _ in 0..<notches { press(&s, .mouse(MouseEvent(down ? .wheelDown : .wheelUp, x: 10, y: 10))) }
    }
    /// Where a text is on the screen the state shows now.
    func find(_ s: inout AppState, _ text: String) -> (x: Int, y: Int)? {
        let screen = BoardApp.present(&s)
        guard let y = screen.row(containing: text) else { return nil }
        let line = screen.line(y)
        return (line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound), y)
    }

    @Test func onTheBoardAClickSelectsADoubleClickOpensAndAHintRuns() throws {
        var s = try demoState()
        let thea = try #require(find(&s, "Thea Nilsen"))
        #expect(click(&s, x: thea.x, y: thea.y).isEmpty)
        #expect(s.selectedID == "thea" && s.mode == .board)
        let ida = try #require(find(&s, "Ida Strand"))
        #expect(click(&s, x: 40, y: ida.y, double: true) == [.loadDetail("ida")])
        #expect(s.mode == .detail && s.detail?.youthID == "ida")
        // In the detail view the hint "Esc tilbake" goes back, as Esc would.
        let back = try #require(find(&s, "Esc tilbake"))
        click(&s, x: back.x + 1, y: back.y)
        #expect(s.mode == .board)
        // A click on "m møte" opens the meeting's start dialog; a click beside everything does nothing.
        let meeting = try #require(find(&s, "m møte"))
        click(&s, x: meeting.x + 3, y: meeting.y)
        #expect(s.form?.kind == .startMeeting)
        let before = s
        click(&s, x: 1, y: 0)
        #expect(s.form == before.form && s.selectedID == before.selectedID)
    }

    @Test func theWheelScrollsEveryView() throws {
        // The board: three rows a notch, the list following.
        var g = generatedState(count: 200)
        wheel(&g, notches: 4)
        #expect(g.visible.index(of: g.selectedID!) == 12)
        #expect(BoardApp.present(&g).line(BoardGeometry.topRows).contains("PÅ TAVLA"), "the sticky header while scrolled")
        wheel(&g, down: false, notches: 4)
        #expect(g.visible.index(of: g.selectedID!) == 0)
        // The detail view at 60×16 (more than a screen).
        var d = try demoState(width: 60, height: 16)
        select(&d, "sofie")
        press(&d, .enter)
        let (_, youths) = try Demo.load(today: demoToday)
        (d, _) = BoardApp.update(d, .detailLoaded(youths.first { $0.id == "sofie" }!))
        let top = BoardApp.present(&d).line(1)
        wheel(&d)
        #expect(d.detail?.scroll == 3 && BoardApp.present(&d).line(1) != top)
        // The help overlay and the day plan.
        var h = try demoState()
        press(&h, .char("?"))
        wheel(&h, notches: 2)
        #expect(h.help?.scroll == 6)
        var p = try demoState(width: 60, height: 16)
        press(&p, .char("d"))
        wheel(&p)
        #expect(p.pageScroll > 0)
        // The meeting's agenda scrolls on its own; who is under discussion stays.
        var m = try ReadabilityTests().manyMathiases()
        m.width = 60; m.height = 16
        let current = m.meeting.currentID
        let first = BoardApp.present(&m).line(2)
        wheel(&m)
        #expect(m.meeting.currentID == current && BoardApp.present(&m).line(2) != first)
    }

    @Test func inTheMeetingAClickChoosesTheYouthAndInADialogTheField() throws {
        var s = try MeetingTests().meetingState()
        let ml = try #require(find(&s, "M. Lønning"))
        let effects = click(&s, x: ml.x, y: ml.y)
        #expect(s.meeting.currentID == "mathias" && effects == [.meeting(.setCurrent("mathias"))])
        #expect(find(&s, "M. Lønning")?.y == ml.y, "the agenda does not jump under the pointer")
        // A double-click there chooses as well (it opens nothing in the meeting).
        let amina = try #require(find(&s, "A. Jørgensen"))
        click(&s, x: amina.x, y: amina.y, double: true)
        #expect(s.meeting.currentID == "amina" && s.mode == .meeting)
        // A dialog: the field clicked on gets the keys.
        var f = try demoState()
        select(&f, "filip")
        press(&f, .char("i"))
        #expect(f.form?.focus == 0)
        let evaluate = try #require(find(&f, "Evalueres"))
        click(&f, x: evaluate.x, y: evaluate.y)
        #expect(f.form?.focus == 2)
        // Clicking the board behind the dialog does not move the selection under it.
        let sofie = try #require(find(&f, "Sofie Bakke"))
        click(&f, x: sofie.x, y: sofie.y)
        #expect(f.selectedID == "filip" && f.form != nil)
    }

    @Test func searchingAClickSelectsAndADoubleClickOpens() throws {
        var s = try demoState()
        press(&s, .char("/"))
        type(&s, "a")
        let maja = try #require(find(&s, "Maja Økland"))
        click(&s, x: maja.x, y: maja.y)
        #expect(s.selectedID == "maja" && s.searching, "still searching")
        #expect(click(&s, x: maja.x, y: maja.y, double: true) == [.loadDetail("maja")])
        #expect(!s.searching && s.mode == .detail)
    }

    @Test func onTheSharedScreenAClickOnlySelects() throws {
        var s = try demoState(shared: true)
        let row = try #require(find(&s, "TN "))
        click(&s, x: row.x, y: row.y, double: true)
        #expect(s.selectedID == "thea" && s.mode == .board, "selected, not opened")
        let help = try #require(find(&s, "? hjelp"))
        click(&s, x: help.x, y: help.y)
        #expect(s.help == nil, "a key hint does not run")
        // The meeting follows the chair: a click there chooses nothing.
        var m = try MeetingTests().meetingState(shared: true)
        let current = m.meeting.currentID
        let ml = try #require(find(&m, "ML"))
        #expect(click(&m, x: ml.x, y: ml.y).isEmpty)
        #expect(m.meeting.currentID == current)
    }
}
