import Testing
@testable import TavleCore

@Suite struct IntakeCriteriaUnassessedRuleTests {
    @Test func raisedWhileCriterion2Or3IsNotAssessed() {
        var y = youth()
        y.intakeCriteria = IntakeCriteria()
        let r = check(IntakeCriteriaUnassessedRule(), y)
        #expect(r?.rule == "intake-criteria-unassessed" && r?.severity == .info)
        #expect(r?.message.text(.en) == "Intake criteria not assessed: long-term, composite need, functional impairment")
        y.intakeCriteria.longTermNeed = true
        #expect(check(IntakeCriteriaUnassessedRule(), y)?.message.text(.en) == "Intake criteria not assessed: functional impairment")
        y.intakeCriteria.functionalImpairment = false
        #expect(check(IntakeCriteriaUnassessedRule(), y) == nil, "a recorded no is assessed")
    }

    @Test func intakeLeavesThemUnassessedUnlessGiven() throws {
        let y = try Youth.intake(name: "Per Test", born: Day(parsing: "2010-01-01")!, today: today, primaryContact: nil)
        #expect(y.intakeCriteria.longTermNeed == nil && y.intakeCriteria.functionalImpairment == nil)
        let z = try Youth.intake(name: "Per Test", born: Day(parsing: "2010-01-01")!, today: today, primaryContact: nil, domains: [.school],
                                 longTermNeed: true)
        #expect(z.intakeCriteria.longTermNeed == true && z.intakeCriteria.functionalImpairment == true)
        #expect(z.unassessedCriteria.isEmpty)
    }
}
