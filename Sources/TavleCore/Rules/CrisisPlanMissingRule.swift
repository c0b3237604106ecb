/// `crisis-plan-missing`: intensive with no crisis plan, or one older than the board period.
public struct CrisisPlanMissingRule: ReviewRule {
    public let id = "crisis-plan-missing"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard let period = youth.currentPeriod else { return nil }
        guard let plan = youth.crisisPlan else {
            return DueReason(rule: id, severity: .urgent, message: LocalizedMessage(.ruleCrisisPlanMissingNone))
        }
        return plan.updated < period.start ? reason(.warning, [plan.updated.iso, period.start.iso]) : nil
    }
}
