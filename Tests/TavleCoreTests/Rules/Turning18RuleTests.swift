import Foundation
import Testing
@testable import TavleCore

@Suite struct Turning18RuleTests {
    func turning18(inDays n: Int) -> Youth {
        var y = youth(); y.born = today.adding(days: n).adding(years: -18); y.reviews = [Review(day: d(-200), by: "ingrid")]; return y
    }

    @Test func dueWithin90Days() {
        #expect(check(Turning18Rule(), turning18(inDays: 91)) == nil, "the day before it is raised")
        let r = check(Turning18Rule(), turning18(inDays: 90))
        #expect(r?.rule == "turning-18" && r?.severity == .info, "the day it is raised")
        #expect(r?.message.text(.en) == "Turns 18 on 2027-02-20 (in 90 days): plan the transition")
        #expect(check(Turning18Rule(), turning18(inDays: 89)) != nil, "the day after")
    }

    /// Nobody reviewed: the flag does not vanish on the birthday, it becomes a warning and stays.
    @Test func staysRaisedOnAndAfterTheBirthday() {
        let before = check(Turning18Rule(), turning18(inDays: 1))
        #expect(before?.severity == .info, "the day before the birthday")
        let on = check(Turning18Rule(), turning18(inDays: 0))
        #expect(on?.severity == .warning && on?.rule == "turning-18", "on the birthday")
        #expect(on?.message.text(.en) == "Turns 18 today (2026-11-22): the transition has not been reviewed by the whole team")
        let after = check(Turning18Rule(), turning18(inDays: -1))
        #expect(after?.message.text(.en) == "Turned 18 on 2026-11-21 (1 days ago): the transition has not been reviewed by the whole team")
        #expect(after?.message.text(.nb) == "Fylte 18 år 21.11.2026 (1 dager siden): overgangen er ikke gjennomgått av hele teamet")
        #expect(check(Turning18Rule(), turning18(inDays: -100))?.severity == .warning, "a hundred days after")
    }

    @Test func clearedByAReviewAfterTheRuleWasRaised() {
        var y = turning18(inDays: 30)
        y.reviews = [Review(day: d(-61), by: "ingrid")]  // before it was raised (60 days ago)
        #expect(check(Turning18Rule(), y) != nil)
        y.reviews.append(Review(day: d(-60), by: "ingrid"))
        #expect(check(Turning18Rule(), y) == nil)
        // After the birthday, a review clears it the same way.
        var late = turning18(inDays: -10)
        #expect(check(Turning18Rule(), late) != nil)
        late.reviews.append(Review(day: today, by: "ingrid"))
        #expect(check(Turning18Rule(), late) == nil)
    }

    /// Taken in as an adult: there was no turning 18 to plan.
    @Test func notForABirthdayBeforeIntake() {
        var y = turning18(inDays: -10)
        y.intake = d(-9)
        #expect(check(Turning18Rule(), y) == nil)
        y.intake = d(-11)
        #expect(check(Turning18Rule(), y) != nil)
    }
}
