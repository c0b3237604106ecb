import Testing
@testable import TavleCore

@Suite struct BoardPeriodLongRuleTests {
    @Test func dueAfter14DaysFromStart() {
        var y = youth(mode: .intensive)
        y.boardPeriods[0].start = d(-13)
        #expect(check(BoardPeriodLongRule(), y) == nil)
        y.boardPeriods[0].start = d(-14)
        #expect(check(BoardPeriodLongRule(), y)?.rule == "board-period-long")
    }

    @Test func countsFromTheLastEvaluation() {
        var y = youth(mode: .intensive)
        y.boardPeriods[0].start = d(-40)
        y.boardPeriods[0].lastEvaluated = d(-5)
        #expect(check(BoardPeriodLongRule(), y) == nil)
        y.boardPeriods[0].lastEvaluated = d(-15)
        #expect(check(BoardPeriodLongRule(), y)?.message.text(.en) == "15 days on the board without evaluation")
    }

    @Test func onlyOnTheBoard() {
        var y = youth()
        y.boardPeriods = [BoardPeriod(id: "old", reason: .crisis, start: d(-100), plan: "", evaluate: nil, decidedBy: "x")]
        y.boardPeriods[0].end = d(-50)
        #expect(check(BoardPeriodLongRule(), y) == nil)
    }
}
