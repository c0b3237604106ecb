import Testing
@testable import TavleCore

@Suite struct BaselineTests {
    @Test func settledYouthIsDueForNothing() {
        #expect(ReviewRules.due(youth(), today: today, settings: settings).isEmpty)
        #expect(ReviewRules.due(youth(mode: .intensive), today: today, settings: settings).isEmpty)
    }

    @Test func dischargedYouthIsNeverDue() {
        var y = youth()
        y.status = .crisis
        y.phase = .discharged
        #expect(ReviewRules.due(y, today: today, settings: settings).isEmpty)
    }

    @Test func ruleIDsAreStableAndUnique() {
        #expect(ReviewRules.ids.sorted() == ["ageing-out", "board-period-long", "clarification-overdue", "consent-missing", "consent-renewal", "crisis",
                                             "crisis-plan-missing", "discharge-phase", "evaluation-overdue", "intake-criteria-unassessed",
                                             "new-intake", "no-contact", "order-expiring", "review-overdue", "safety-concern", "treatment-plan-overdue",
                                             "turning-18"])
    }
}
