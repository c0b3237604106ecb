import Testing
@testable import TavleCore

/// `clarification-overdue`: in the clarification phase more than `clarificationDays` (60) after intake.
@Suite struct ClarificationOverdueRuleTests {
    func clarifying(since n: Int) -> Youth {
        var y = youth(); y.phase = .clarification; y.intake = d(-n); y.planReviewed = nil; return y
    }

    @Test func raisedTheDayAfterTheSixtiethDay() {
        #expect(check(ClarificationOverdueRule(), clarifying(since: 60)) == nil, "the day before")
        let on = check(ClarificationOverdueRule(), clarifying(since: 61))
        #expect(on?.rule == "clarification-overdue" && on?.severity == .warning, "on the day")
        #expect(on?.message.text(.en) == "In the clarification phase for 61 days (intake 2026-09-22): settle whether FACT ung is the right service")
        #expect(on?.message.text(.nb) == "I avklaringsfase i 61 dager (inntak 22.09.2026): avklar om FACT ung er riktig tilbud")
        #expect(check(ClarificationOverdueRule(), clarifying(since: 62)) != nil, "the day after")
    }

    @Test func onlyInTheClarificationPhase() {
        var y = clarifying(since: 200)
        y.phase = .active
        #expect(check(ClarificationOverdueRule(), y) == nil)
        y.phase = .dischargePhase
        #expect(check(ClarificationOverdueRule(), y) == nil)
    }

    @Test func theLimitIsASetting() {
        var s = settings; s.clarificationDays = 30
        #expect(check(ClarificationOverdueRule(), clarifying(since: 30), today, s) == nil)
        #expect(check(ClarificationOverdueRule(), clarifying(since: 31), today, s) != nil)
    }
}
