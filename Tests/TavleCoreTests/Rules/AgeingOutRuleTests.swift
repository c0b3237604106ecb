import Testing
@testable import TavleCore

@Suite struct AgeingOutRuleTests {
    func turning26(inDays n: Int) -> Youth {
        var y = youth(); y.born = today.adding(days: n).adding(years: -26); y.intake = d(-1000)
        y.reviews = [Review(day: d(-200), by: "ingrid")]; return y
    }

    @Test func dueWithin180Days() {
        #expect(check(AgeingOutRule(), turning26(inDays: 181)) == nil, "the day before it is raised")
        #expect(check(AgeingOutRule(), turning26(inDays: 180))?.rule == "ageing-out", "the day it is raised")
        #expect(check(AgeingOutRule(), turning26(inDays: 1))?.message.text(.nb).contains("26 år") == true, "after")
    }

    /// Unreviewed, the flag stays after the 26th birthday (the youth is now outside 12–25).
    @Test func staysRaisedOnAndAfterTheBirthday() {
        #expect(check(AgeingOutRule(), turning26(inDays: 1))?.severity == .info, "the day before")
        let on = check(AgeingOutRule(), turning26(inDays: 0))
        #expect(on?.severity == .warning, "on the birthday")
        #expect(on?.message.text(.en) == "Turns 26 today (2026-11-22): discharge or transition has not been reviewed by the whole team")
        let after = check(AgeingOutRule(), turning26(inDays: -5))
        #expect(after?.message.text(.nb) == "Fylte 26 år 17.11.2026 (5 dager siden): utskrivning eller overgang er ikke gjennomgått av hele teamet",
                "the day after and on")
    }

    @Test func clearedByAReviewAfterTheRuleWasRaised() {
        var y = turning26(inDays: 100)
        y.reviews = [Review(day: d(-10), by: "ingrid")]
        #expect(check(AgeingOutRule(), y) == nil)
        var late = turning26(inDays: -30)
        late.reviews.append(Review(day: d(-1), by: "ingrid"))
        #expect(check(AgeingOutRule(), late) == nil)
    }

    @Test func windowIsASetting() {
        var s = settings; s.ageingOutWithinDays = 30
        #expect(check(AgeingOutRule(), turning26(inDays: 100), today, s) == nil)
        #expect(check(AgeingOutRule(), turning26(inDays: 30), today, s) != nil)
    }
}
