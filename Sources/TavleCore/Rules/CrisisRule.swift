/// `crisis`: the youth's status is crisis.
public struct CrisisRule: ReviewRule {
    public let id = "crisis"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        youth.status == .crisis ? reason(.urgent) : nil
    }
}
