/// `board-period-long`: `boardPeriodDays` on the board since the start or the last evaluation.
public struct BoardPeriodLongRule: ReviewRule {
    public let id = "board-period-long"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard let period = youth.currentPeriod else { return nil }
        let since = max(period.start, period.lastEvaluated ?? period.start)
        let days = since.days(to: today)
        return days >= settings.boardPeriodDays ? reason(.info, [String(days)]) : nil
    }
}
