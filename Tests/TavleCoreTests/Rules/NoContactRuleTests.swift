import Testing
@testable import TavleCore

@Suite struct NoContactRuleTests {
    @Test func intensiveAfterThreeDays() {
        var y = youth(mode: .intensive)
        y.lastContact = at(-2)
        #expect(check(NoContactRule(), y) == nil)
        y.lastContact = at(-3)
        let r = check(NoContactRule(), y)
        #expect(r?.rule == "no-contact" && r?.severity == .urgent)
    }

    @Test func caseManagementAfterFourteenDays() {
        var y = youth()
        y.lastContact = at(-13)
        #expect(check(NoContactRule(), y) == nil)
        y.lastContact = at(-14)
        #expect(check(NoContactRule(), y)?.severity == .warning)
    }

    @Test func anAttemptCountsAsContact() {
        var y = youth(mode: .intensive)
        y.lastContact = at(-10)
        y.addContact(with: .youth, kind: .attempt, at: at(0), staff: "ole", note: nil)
        #expect(check(NoContactRule(), y) == nil)
    }

    @Test func neverContactedCountsFromIntake() {
        var y = youth(); y.lastContact = nil; y.intake = d(-20)
        #expect(check(NoContactRule(), y)?.message.text(.en) == "No contact logged since intake 20 days ago")
    }
}
