import Testing
@testable import TavleCore

@Suite struct Turning18RuleTests {
    func turning18(inDays n: Int) -> Youth {
        var y = youth(); y.born = today.adding(days: n).adding(years: -18); y.reviews = [Review(day: d(-200), by: "ingrid")]; return y
    }

    @Test func dueWithin90Days() {
        #expect(check(Turning18Rule(), turning18(inDays: 91)) == nil)
        let r = check(Turning18Rule(), turning18(inDays: 90))
        #expect(r?.rule == "turning-18")
        #expect(r?.message.text(.en) == "Turns 18 on 2027-02-20 (in 90 days): plan the transition")
    }

    @Test func notAfterTheBirthday() {
        #expect(check(Turning18Rule(), turning18(inDays: 0)) == nil)
        #expect(check(Turning18Rule(), turning18(inDays: -5)) == nil)
    }

    @Test func clearedByAReviewAfterTheRuleWasRaised() {
        var y = turning18(inDays: 30)
        y.reviews = [Review(day: d(-61), by: "ingrid")]  // before it was raised (60 days ago)
        #expect(check(Turning18Rule(), y) != nil)
        y.reviews.append(Review(day: d(-60), by: "ingrid"))
        #expect(check(Turning18Rule(), y) == nil)
    }
}
