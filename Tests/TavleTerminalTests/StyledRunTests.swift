import Testing
import TavleUI
@testable import TavleTerminal

/// Runs are tested against a stated terminal measure, so they do not depend on the test locale.
@Suite struct StyledRunTests {
    /// Agrees with the view for the characters used here: 2 for CJK ideographs, 1 otherwise.
    static func agreeing(_ scalar: Unicode.Scalar) -> Int { (0x4E00...0x9FFF).contains(scalar.value) ? 2 : 1 }

    @Test func sameStyleCellsBecomeOneRun() {
        var screen = Screen(width: 10, height: 1)
        screen.put("ab", x: 0, y: 0)
        screen.put("cd", x: 2, y: 0, style: .bold)
        let runs = StyledRun.runs(of: screen, row: 0, limit: 10, width: Self.agreeing)
        #expect(runs == [
            StyledRun(x: 0, style: .plain, text: "ab", columns: 2),
            StyledRun(x: 2, style: .bold, text: "cd", columns: 2),
            StyledRun(x: 4, style: .plain, text: "      ", columns: 6),
        ])
    }

    @Test func wideCharacterTakesItsTwoColumnsOnce() {
        var screen = Screen(width: 5, height: 1)
        screen.put("名x", x: 0, y: 0)
        let runs = StyledRun.runs(of: screen, row: 0, limit: 5, width: Self.agreeing)
        #expect(runs == [StyledRun(x: 0, style: .plain, text: "名x  ", columns: 5)])
    }

    @Test func terminalThatFindsAWideCharacterNarrowGetsPadding() {
        var screen = Screen(width: 4, height: 1)
        screen.put("名x", x: 0, y: 0)
        let runs = StyledRun.runs(of: screen, row: 0, limit: 4, width: { _ in 1 })
        #expect(runs.map(\.text) == ["名 x "])  // x stays in column 2
    }

    @Test func terminalThatFindsACharacterWiderThanPlannedGetsAPlaceholder() {
        var screen = Screen(width: 3, height: 1)
        screen[0, 0] = Cell("名")  // a view that thought it narrow
        screen[1, 0] = Cell("x")
        let runs = StyledRun.runs(of: screen, row: 0, limit: 3, width: Self.agreeing)
        #expect(runs.map(\.text) == ["?x "])
    }

    @Test func characterTheLocaleCannotPrintBecomesQuestionMark() {
        var screen = Screen(width: 3, height: 1)
        screen.put("øk", x: 0, y: 0)
        let asciiOnly: (Unicode.Scalar) -> Int = { $0.isASCII ? 1 : -1 }
        #expect(StyledRun.runs(of: screen, row: 0, limit: 3, width: asciiOnly).map(\.text) == ["?k "])
    }

    @Test func wideCharacterCutByTheTerminalEdgeBecomesBlank() {
        var screen = Screen(width: 6, height: 1)
        screen.put("ab名", x: 0, y: 0)
        let runs = StyledRun.runs(of: screen, row: 0, limit: 3, width: Self.agreeing)
        #expect(runs == [StyledRun(x: 0, style: .plain, text: "ab ", columns: 3)])
    }

    @Test func orphanedRightHalfIsBlank() {
        var screen = Screen(width: 4, height: 1)
        screen.put("名名", x: 0, y: 0)
        screen[2, 0] = Cell("y")  // overwrites the left half of the second wide character
        #expect(StyledRun.runs(of: screen, row: 0, limit: 4, width: Self.agreeing).map(\.text) == ["名y "])
    }

    @Test func combiningSequenceStaysInOneCell() {
        var screen = Screen(width: 3, height: 1)
        screen[0, 0] = Cell("e\u{301}")
        screen[1, 0] = Cell("x")
        let width: (Unicode.Scalar) -> Int = { $0.value == 0x301 ? 0 : 1 }
        #expect(StyledRun.runs(of: screen, row: 0, limit: 3, width: width).map(\.text) == ["e\u{301}x "])
    }
}
