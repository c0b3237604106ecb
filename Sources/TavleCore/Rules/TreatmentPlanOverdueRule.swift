/// `treatment-plan-overdue`: the treatment plan was last reviewed (`plan-reviewed`), or the youth
/// taken in if it never was, `treatmentPlanReviewDays` or more ago.
public struct TreatmentPlanOverdueRule: ReviewRule {
    public let id = "treatment-plan-overdue"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        let since = youth.planReviewed ?? youth.intake
        let days = since.days(to: today)
        guard days >= settings.treatmentPlanReviewDays else { return nil }
        if youth.planReviewed == nil {
            return DueReason(rule: id, severity: .warning, message: LocalizedMessage(.rule(id, variant: "never"), [since.iso, String(days)]))
        }
        return reason(.warning, [since.iso, String(days)])
    }
}
