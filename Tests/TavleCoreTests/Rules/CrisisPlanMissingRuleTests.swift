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

    @Test func clearedByAnUpdatedPlan() throws {
        var y = youth(mode: .intensive); y.crisisPlan = CrisisPlan(updated: d(-30))
        try y.setCrisisPlan(updated: today, outOfHours: "Mor ringer bakvakt", today: today)
        #expect(check(CrisisPlanMissingRule(), y) == nil)
    }

    @Test func caseManagementNeedsNoPlan() {
        var y = youth(); y.crisisPlan = nil
        #expect(check(CrisisPlanMissingRule(), y) == nil)
    }
}
