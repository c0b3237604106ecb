import Testing
@testable import TavleCore

@Suite struct DischargePhaseRuleTests {
    @Test func dueWithoutRecentReview() {
        var y = youth(); y.phase = .dischargePhase
        y.reviews = [Review(day: d(-14), by: "ingrid")]
        #expect(check(DischargePhaseRule(), y)?.rule == "discharge-phase")
    }

    @Test func clearedForFourteenDaysByAReview() {
        var y = youth(); y.phase = .dischargePhase
        y.reviews = [Review(day: d(-13), by: "ingrid")]
        #expect(check(DischargePhaseRule(), y) == nil)
    }

    /// The message says the team's own interval, not a fixed one.
    @Test func theIntervalIsASettingAndTheMessageSaysIt() {
        var y = youth(); y.phase = .dischargePhase
        y.reviews = [Review(day: d(-20), by: "ingrid")]
        var s = settings; s.dischargeReviewDays = 21
        #expect(check(DischargePhaseRule(), y, today, s) == nil)
        s.dischargeReviewDays = 20
        #expect(check(DischargePhaseRule(), y, today, s)?.message.text(.en) == "In the discharge phase: whole-team review every 20 days")
    }

    @Test func onlyInTheDischargePhase() {
        var y = youth(); y.reviews = []
        #expect(check(DischargePhaseRule(), y) == nil)
    }
}
