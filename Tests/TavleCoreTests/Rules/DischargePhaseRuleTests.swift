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

    @Test func onlyInTheDischargePhase() {
        var y = youth(); y.reviews = []
        #expect(check(DischargePhaseRule(), y) == nil)
    }
}
