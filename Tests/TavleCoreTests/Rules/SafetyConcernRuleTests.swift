import Testing
@testable import TavleCore

@Suite struct SafetyConcernRuleTests {
    @Test("a board youth whose last safety answer was concern is marked until a later one is ok; not off the board")
    func markedUntilOk() throws {
        var y = youth(mode: .intensive)
        #expect(check(SafetyConcernRule(), y) == nil, "never answered")
        try y.answer(needs: nil, treatment: nil, safety: .concern, family: nil, today: d(-3))
        let r = check(SafetyConcernRule(), y)
        #expect(r?.rule == "safety-concern" && r?.severity == .warning)
        #expect(r?.message.text(.nb) == "Sikkerheten ble sist besvart med bekymring i tavlemøtet")
        try y.answer(needs: nil, treatment: .concern, safety: nil, family: .ok, today: d(-1))
        #expect(check(SafetyConcernRule(), y) != nil, "a later meeting that did not answer safety leaves the last safety answer")
        try y.answer(needs: nil, treatment: nil, safety: .ok, family: nil, today: d(0))
        #expect(check(SafetyConcernRule(), y) == nil, "answered ok")
        #expect(y.answers == FourAnswers(day: d(0), treatment: .concern, safety: .ok, family: .ok), "each question keeps its last answer")
        var off = youth()
        try off.answer(needs: nil, treatment: nil, safety: .concern, family: nil, today: d(0))
        #expect(check(SafetyConcernRule(), off) == nil, "a case-management youth is not marked on the board")
    }
}
