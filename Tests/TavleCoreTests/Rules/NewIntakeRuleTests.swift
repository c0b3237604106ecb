import Testing
@testable import TavleCore

@Suite struct NewIntakeRuleTests {
    func newYouth(daysAgo: Int) -> Youth {
        var y = youth(); y.intake = d(-daysAgo); y.reviews = []; return y
    }

    @Test func dueFromIntakeUntilFirstReview() {
        let r = check(NewIntakeRule(), newYouth(daysAgo: 2))
        #expect(r?.rule == "new-intake")
        #expect(r?.severity == .warning)
        #expect(r?.message.text(.en) == "New intake 2 days ago, not yet reviewed by the whole team")
    }

    @Test func overdueAfterSevenDays() {
        #expect(check(NewIntakeRule(), newYouth(daysAgo: 7))?.severity == .warning)
        let r = check(NewIntakeRule(), newYouth(daysAgo: 8))
        #expect(r?.severity == .urgent)
        #expect(r?.message.text(.nb).contains("forsinket") == true)
    }

    @Test func clearedByWholeTeamReview() {
        var y = newYouth(daysAgo: 10)
        y.reviews = [Review(day: d(-1), by: "ingrid")]
        #expect(check(NewIntakeRule(), y) == nil)
    }

    @Test func reviewBeforeIntakeDoesNotCount() {
        var y = newYouth(daysAgo: 3)
        y.reviews = [Review(day: d(-400), by: "ingrid")]
        #expect(check(NewIntakeRule(), y) != nil)
    }

    @Test func thresholdIsASetting() {
        var s = settings; s.newIntakeOverdueDays = 2
        #expect(check(NewIntakeRule(), newYouth(daysAgo: 3), today, s)?.severity == .urgent)
    }
}
