import Testing
@testable import TavleCore

/// `treatment-plan-overdue`: raised on the day the plan is `treatmentPlanReviewDays` (180) old.
@Suite struct TreatmentPlanOverdueRuleTests {
    func reviewed(daysAgo n: Int) -> Youth { var y = youth(); y.planReviewed = d(-n); return y }

    @Test func raisedOnTheDayThePlanIs180DaysOld() {
        #expect(check(TreatmentPlanOverdueRule(), reviewed(daysAgo: 179)) == nil, "the day before")
        let on = check(TreatmentPlanOverdueRule(), reviewed(daysAgo: 180))
        #expect(on?.rule == "treatment-plan-overdue" && on?.severity == .warning, "on the day")
        #expect(on?.message.text(.en) == "The treatment plan was last reviewed on 2026-05-26 (180 days ago)")
        #expect(on?.message.text(.nb) == "Behandlingsplanen ble sist gjennomgått 26.05.2026 (180 dager siden)")
        #expect(check(TreatmentPlanOverdueRule(), reviewed(daysAgo: 181)) != nil, "the day after")
    }

    @Test func neverReviewedCountsFromIntake() {
        var y = youth(); y.planReviewed = nil; y.intake = d(-179)
        #expect(check(TreatmentPlanOverdueRule(), y) == nil)
        y.intake = d(-180)
        let r = check(TreatmentPlanOverdueRule(), y)
        #expect(r?.message.text(.en) == "The treatment plan has not been reviewed since intake on 2026-05-26 (180 days ago)")
        y.intake = d(-181)
        #expect(check(TreatmentPlanOverdueRule(), y) != nil)
    }

    @Test func clearedByReviewingThePlan() {
        var y = reviewed(daysAgo: 400)
        #expect(check(TreatmentPlanOverdueRule(), y) != nil)
        y.planReviewed = today
        #expect(check(TreatmentPlanOverdueRule(), y) == nil)
    }

    @Test func theIntervalIsASetting() {
        var s = settings; s.treatmentPlanReviewDays = 90
        #expect(check(TreatmentPlanOverdueRule(), reviewed(daysAgo: 89), today, s) == nil)
        #expect(check(TreatmentPlanOverdueRule(), reviewed(daysAgo: 90), today, s) != nil)
    }

    @Test func aDischargedYouthIsNeverDue() {
        var y = reviewed(daysAgo: 400); y.phase = .discharged
        #expect(!ReviewRules.due(y, today: today, settings: settings).contains { $0.rule == "treatment-plan-overdue" })
    }
}
