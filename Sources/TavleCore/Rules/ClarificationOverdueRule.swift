/// `clarification-overdue`: still in the clarification phase (is FACT ung the right service?)
/// more than `clarificationDays` after intake, which is when clarification starts.
public struct ClarificationOverdueRule: ReviewRule {
    public let id = "clarification-overdue"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard youth.phase == .clarification else { return nil }
        let days = youth.intake.days(to: today)
        return days > settings.clarificationDays ? reason(.warning, [String(days), youth.intake.iso]) : nil
    }
}
