import Testing
@testable import TavleCore

@Suite struct ReviewOverdueRuleTests {
    @Test func dueAfter180DaysWithoutReview() {
        var y = youth()
        y.reviews = [Review(day: d(-179), by: "ingrid")]
        #expect(check(ReviewOverdueRule(), y) == nil)
        y.reviews = [Review(day: d(-180), by: "ingrid")]
        #expect(check(ReviewOverdueRule(), y)?.rule == "review-overdue")
        #expect(check(ReviewOverdueRule(), y)?.message.text(.en) == "No whole-team review for 180 days")
    }

    @Test func clearedByANewReview() {
        var y = youth()
        y.reviews = [Review(day: d(-400), by: "ingrid"), Review(day: d(-2), by: "ole")]
        #expect(check(ReviewOverdueRule(), y) == nil)
    }

    @Test func silentBeforeTheFirstReview() {
        var y = youth(); y.reviews = []
        #expect(check(ReviewOverdueRule(), y) == nil)
    }

    @Test func intervalIsASetting() {
        var s = settings; s.reviewIntervalDays = 20
        #expect(check(ReviewOverdueRule(), youth(), today, s) != nil)
    }
}
