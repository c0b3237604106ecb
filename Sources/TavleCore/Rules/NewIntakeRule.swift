/// `new-intake`: from intake until the first whole-team review; urgent once overdue.
public struct NewIntakeRule: ReviewRule {
    public let id = "new-intake"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard !ReviewRules.reviewed(youth, since: youth.intake) else { return nil }
        let days = youth.intake.days(to: today)
        guard days >= 0 else { return nil }
        if days > settings.newIntakeOverdueDays {
            return DueReason(rule: id, severity: .urgent, message: LocalizedMessage(.ruleNewIntakeOverdue, [String(days)]))
        }
        return reason(.warning, [String(days)])
    }
}
