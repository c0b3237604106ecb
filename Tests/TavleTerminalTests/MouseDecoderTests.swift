import Testing
import TavleUI
@testable import TavleTerminal

/// xterm's mouse reports as they arrive after an ESC, decoded without a terminal.
@Suite struct MouseDecoderTests {
    /// Feeds what follows an ESC; returns the key and what was given back.
    func decode(_ rest: String) -> (Key?, [UInt32]) {
        var input = rest.unicodeScalars.map(\.value)[...]
        var back: [UInt32] = []
        let key = MouseDecoder.afterEscape(next: { input.popFirst() }, pushBack: { back += $0 })
        return (key, back)
    }

    @Test func sgrClicksAndTheWheel() {
        // ESC [ < b ; x ; y M — x and y count from 1, the event's from 0.
        #expect(decode("[<0;10;5M").0 == .mouse(MouseEvent(.press, button: 0, x: 9, y: 4)))
        #expect(decode("[<0;10;5m").0 == .mouse(MouseEvent(.release, button: 0, x: 9, y: 4)))
        #expect(decode("[<2;1;1M").0 == .mouse(MouseEvent(.press, button: 2, x: 0, y: 0)))
        #expect(decode("[<64;30;12M").0 == .mouse(MouseEvent(.wheelUp, x: 29, y: 11)))
        #expect(decode("[<65;30;12M").0 == .mouse(MouseEvent(.wheelDown, x: 29, y: 11)))
        // Far beyond the old 223-column limit.
        #expect(decode("[<0;300;60M").0 == .mouse(MouseEvent(.press, x: 299, y: 59)))
        // Shift/Ctrl held: the same click.
        #expect(decode("[<16;10;5M").0 == .mouse(MouseEvent(.press, x: 9, y: 4)))
        // Motion and sideways scrolling mean nothing here, and nothing is given back.
        #expect(decode("[<32;10;5M") == (nil, []))
        #expect(decode("[<66;10;5M") == (nil, []))
    }

    @Test func theOldX10Form() {
        // ESC [ M then button, column and row, each + 32.
        #expect(decode("[M" + String(UnicodeScalar(32)) + "*%").0 == .mouse(MouseEvent(.press, x: 9, y: 4)))
        #expect(decode("[M" + String(UnicodeScalar(35)) + "*%").0 == .mouse(MouseEvent(.release, button: 3, x: 9, y: 4)))
        #expect(decode("[M" + String(UnicodeScalar(97)) + "*%").0 == .mouse(MouseEvent(.wheelDown, x: 9, y: 4)))
    }

    @Test func anythingElseStaysAnEscAndIsGivenBack() {
        #expect(decode("") == (.escape, []))
        // Alt-x, and sequences that are not mouse reports: every character read comes back in order.
        #expect(decode("x") == (.escape, [0x78]))
        #expect(decode("[A") == (.escape, [0x5B, 0x41]))
        #expect(decode("[<0;1x") == (.escape, "[<0;1x".unicodeScalars.map(\.value)))
    }

    @Test func aSecondPressOnTheSameCellSoonAfterIsADoubleClick() {
        var c = ClickCounter()
        let press = MouseEvent(.press, x: 5, y: 7)
        #expect(c.count(press, at: 10.0).clicks == 1)
        #expect(c.count(press, at: 10.3).clicks == 2)
        #expect(c.count(press, at: 10.5).clicks == 1, "a third press starts again")
        #expect(c.count(press, at: 11.5).clicks == 1, "too slow")
        #expect(c.count(MouseEvent(.press, x: 6, y: 7), at: 11.6).clicks == 1, "another cell")
        #expect(c.count(MouseEvent(.wheelDown, x: 6, y: 7), at: 11.7).clicks == 1)
        #expect(MouseEvent(.press, x: 0, y: 0, clicks: 2).gesture == .doubleClick)
        #expect(MouseEvent(.press, button: 2, x: 0, y: 0).gesture == nil, "the right button means nothing")
        #expect(MouseEvent(.release, x: 0, y: 0).gesture == nil)
    }
}

import TavleCore

extension MouseDecoderTests {
    /// The demo board at 80×24 as the loop holds it after a paint.
    func board() throws -> AppState {
        let today = Day(year: 2026, month: 11, day: 22)!
        let (team, youths) = try Demo.load(today: today)
        var s = AppState(board: Board(team: team, youths: youths, today: today), language: .nb, actorStaff: "ingrid")
        _ = BoardApp.present(&s)
        return s
    }

    /// What the terminal sends, through the decoder, the keymap and `update`, then a paint.
    func send(_ s: inout AppState, _ report: String) -> Screen {
        guard let key = decode(report).0, let action = Keymap.action(for: key, in: s) else { return BoardApp.present(&s) }
        s = BoardApp.update(s, action).0
        return BoardApp.present(&s)
    }

    @Test func anSGRClickSelectsTheRowUnderItAndTheWheelScrolls() throws {
        var s = try board()
        let before = BoardApp.present(&s)
        let row = try #require(before.row(containing: "Eirik Sæbø"))
        // Column 20, the row of Eirik Sæbø (the report counts from 1).
        let after = send(&s, "[<0;20;\(row + 1)M")
        #expect(s.selectedID == "eirik")
        #expect(after.line(row).hasPrefix("▶ Eirik Sæbø"))
        _ = send(&s, "[<0;20;\(row + 1)m")   // the release changes nothing
        #expect(s.selectedID == "eirik")
        // A click on a group heading selects that group's first youth (the board's "tabs").
        let heading = try #require(before.row(containing: "PÅ TAVLA (4)"))
        _ = send(&s, "[<0;5;\(heading + 1)M")
        #expect(s.selectedID == "sofie")
        // The wheel scrolls three rows a notch, down and back up.
        _ = send(&s, "[<65;20;10M")
        #expect(s.visible.index(of: s.selectedID!) == 3)
        _ = send(&s, "[<64;20;10M")
        #expect(s.visible.index(of: s.selectedID!) == 0)
    }
}

extension Screen {
    /// The first row whose text contains `needle`.
    func row(containing needle: String) -> Int? { (0..<height).first { line($0).contains(needle) } }
}
