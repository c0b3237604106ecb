import Testing
@testable import TavleCore

@Suite struct EvaluationOverdueRuleTests {
    func onBoard(evaluate: Int) -> Youth {
        var y = youth(mode: .intensive); y.boardPeriods[0].evaluate = d(evaluate); return y
    }

    @Test func dueWhenTheEvaluationDateHasPassed() {
        #expect(check(EvaluationOverdueRule(), onBoard(evaluate: 0)) == nil)
        let r = check(EvaluationOverdueRule(), onBoard(evaluate: -3))
        #expect(r?.rule == "evaluation-overdue")
        #expect(r?.message.text(.en) == "The board period was to be evaluated on 2026-11-19 (3 days ago)")
    }

    @Test func clearedByEvaluatingThePeriod() throws {
        var y = onBoard(evaluate: -3)
        try y.evaluatePeriod(next: d(10), note: nil, by: "ingrid", at: at(0), today: today, settings: settings)
        #expect(check(EvaluationOverdueRule(), y) == nil)
        // The next evaluation is after today (it is being evaluated now), and the refusal says so.
        for next in [0, -1] {
            #expect(throws: TavleError.refused(LocalizedMessage(.refuseEvaluateNextAfterToday, [d(next).iso]))) {
                try y.evaluatePeriod(next: d(next), note: nil, by: "ingrid", at: at(0), today: today, settings: settings)
            }
        }
        #expect(TavleError.refused(LocalizedMessage(.refuseEvaluateNextAfterToday, [today.iso])).message(.nb).contains("etter i dag"))
    }

    @Test func clearedByEndingThePeriod() throws {
        var y = onBoard(evaluate: -3)
        try y.takeOffBoard(note: nil, by: "ingrid", at: at(0), today: today)
        #expect(check(EvaluationOverdueRule(), y) == nil)
    }
}
