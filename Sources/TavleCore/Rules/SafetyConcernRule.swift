/// `safety-concern`: a board youth whose safety was last answered "concern" in a board meeting
/// (the four questions): marked on the board until a later meeting answers it "ok".
public struct SafetyConcernRule: ReviewRule {
    public let id = "safety-concern"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard youth.mode == .intensive, let a = youth.answers, a.safety == .concern else { return nil }
        return reason(.warning)
    }
}
