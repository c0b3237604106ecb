/// `review-overdue`: no whole-team review for `reviewIntervalDays` (intake counts as the start).
public struct ReviewOverdueRule: ReviewRule {
    public let id = "review-overdue"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        // Before the first review the new-intake rule speaks instead.
        guard let last = youth.reviews.map(\.day).max() else { return nil }
        let days = last.days(to: today)
        return days >= settings.reviewIntervalDays ? reason(.warning, [String(days)]) : nil
    }
}
