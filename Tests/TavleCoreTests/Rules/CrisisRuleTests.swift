import Testing
@testable import TavleCore

@Suite struct CrisisRuleTests {
    @Test func dueWhileInCrisis() {
        var y = youth()
        y.setStatus(.crisis)
        #expect(check(CrisisRule(), y)?.severity == .urgent)
        #expect(check(CrisisRule(), y)?.message.text(.nb) == "Status er krise")
    }

    @Test func clearedByAnotherStatus() {
        var y = youth()
        y.setStatus(.crisis)
        y.setStatus(.worried)
        #expect(check(CrisisRule(), y) == nil)
    }
}
