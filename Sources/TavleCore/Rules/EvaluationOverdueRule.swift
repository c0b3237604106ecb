/// `evaluation-overdue`: the board period's evaluation date has passed.
public struct EvaluationOverdueRule: ReviewRule {
    public let id = "evaluation-overdue"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard let period = youth.currentPeriod, let eval = period.evaluate, eval < today else { return nil }
        return reason(.warning, [eval.iso, String(eval.days(to: today))])
    }
}
