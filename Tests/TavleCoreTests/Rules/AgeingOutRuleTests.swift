import Testing
@testable import TavleCore

@Suite struct AgeingOutRuleTests {
    func turning26(inDays n: Int) -> Youth {
        var y = youth(); y.born = today.adding(days: n).adding(years: -26); y.reviews = [Review(day: d(-200), by: "ingrid")]; return y
    }

    @Test func dueWithin180Days() {
        #expect(check(AgeingOutRule(), turning26(inDays: 181)) == nil)
        #expect(check(AgeingOutRule(), turning26(inDays: 180))?.rule == "ageing-out")
        #expect(check(AgeingOutRule(), turning26(inDays: 1))?.message.text(.nb).contains("26 år") == true)
    }

    @Test func clearedByAReviewAfterTheRuleWasRaised() {
        var y = turning26(inDays: 100)
        y.reviews = [Review(day: d(-10), by: "ingrid")]
        #expect(check(AgeingOutRule(), y) == nil)
    }

    @Test func windowIsASetting() {
        var s = settings; s.ageingOutWithinDays = 30
        #expect(check(AgeingOutRule(), turning26(inDays: 100), today, s) == nil)
    }
}
