import Testing
@testable import TavleCore

@Suite struct CrisisPlanMissingRuleTests {
    @Test func intensiveWithoutPlan() {
        var y = youth(mode: .intensive); y.crisisPlan = nil
        let r = check(CrisisPlanMissingRule(), y)
        #expect(r?.rule == "crisis-plan-missing" && r?.severity == .urgent)
        #expect(r?.message.text(.en) == "On the board without a crisis plan")
    }

    @Test func planOlderThanThePeriod() {
        var y = youth(mode: .intensive); y.crisisPlan = CrisisPlan(updated: d(-30))
        #expect(check(CrisisPlanMissingRule(), y)?.severity == .warning)
    }

    /// The board period began five days ago: a plan from the day before is old, from that day on it is not.
    @Test func edgeDaysAroundThePeriodStart() {
        var y = youth(mode: .intensive)
        y.crisisPlan = CrisisPlan(updated: d(-6))
        #expect(check(CrisisPlanMissingRule(), y)?.severity == .warning, "the day before the period")
        y.crisisPlan = CrisisPlan(updated: d(-5))
        #expect(check(CrisisPlanMissingRule(), y) == nil, "on the first day")
        y.crisisPlan = CrisisPlan(updated: d(-4))
        #expect(check(CrisisPlanMissingRule(), y) == nil, "after")
    }

    @Test func clearedByAnUpdatedPlan() throws {
        var y = youth(mode: .intensive); y.crisisPlan = CrisisPlan(updated: d(-30))
        try y.setCrisisPlan(updated: today, outOfHours: "Mor ringer bakvakt", today: today)
        #expect(check(CrisisPlanMissingRule(), y) == nil)
    }

    @Test func caseManagementNeedsNoPlan() {
        var y = youth(); y.crisisPlan = nil
        #expect(check(CrisisPlanMissingRule(), y) == nil)
        y.status = .worried
        #expect(check(CrisisPlanMissingRule(), y) == nil)
    }

    /// In crisis outside the board: a crisis plan is needed all the same (the Directorate's letter).
    @Test func inCrisisOutsideTheBoardWithoutPlan() {
        var y = youth(); y.crisisPlan = nil; y.status = .crisis
        let r = check(CrisisPlanMissingRule(), y)
        #expect(r?.rule == "crisis-plan-missing" && r?.severity == .urgent)
        #expect(r?.message.text(.en) == "In crisis without a crisis plan")
        #expect(r?.message.text(.nb) == "I krise uten kriseplan")
        #expect(y.needsCrisisPlan)
        // Any plan will do outside the board: there is no board period for it to be older than.
        y.crisisPlan = CrisisPlan(updated: d(-400))
        #expect(check(CrisisPlanMissingRule(), y) == nil)
        // A discharged youth needs none.
        y.crisisPlan = nil; y.phase = .discharged
        #expect(!y.needsCrisisPlan)
    }
}
