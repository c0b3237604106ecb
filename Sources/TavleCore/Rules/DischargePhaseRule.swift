/// `discharge-phase`: in the discharge phase, a whole-team review every `dischargeReviewDays`.
public struct DischargePhaseRule: ReviewRule {
    public let id = "discharge-phase"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard youth.phase == .dischargePhase else { return nil }
        if let last = youth.reviews.map(\.day).max(), last.days(to: today) < settings.dischargeReviewDays { return nil }
        return reason(.warning, [String(settings.dischargeReviewDays)])
    }
}
