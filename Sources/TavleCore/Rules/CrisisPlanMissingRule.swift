/// `crisis-plan-missing`: on the board with no crisis plan, or one older than the board period;
/// or in crisis outside the board with no crisis plan.
public struct CrisisPlanMissingRule: ReviewRule {
    public let id = "crisis-plan-missing"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard youth.needsCrisisPlan else { return nil }
        guard let plan = youth.crisisPlan else {
            let key: TextKey = youth.mode == .intensive ? .ruleCrisisPlanMissingNone : .ruleCrisisPlanMissingCrisis
            return DueReason(rule: id, severity: .urgent, message: LocalizedMessage(key))
        }
        guard let period = youth.currentPeriod else { return nil }
        return plan.updated < period.start ? reason(.warning, [plan.updated.iso, period.start.iso]) : nil
    }
}

extension Youth {
    /// Whether the youth must have a crisis plan: on the board, or in crisis wherever they are
    /// followed up (the Directorate: youths in crisis or intensive follow-up have crisis readiness).
    public var needsCrisisPlan: Bool { phase != .discharged && (mode == .intensive || status == .crisis) }
}
