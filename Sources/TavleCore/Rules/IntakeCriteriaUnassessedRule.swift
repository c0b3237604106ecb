/// `intake-criteria-unassessed`: criterion 2 (long-term, composite need) or 3 (functional
/// impairment) was left out at intake; info until set (`tavle set X long-term-need yes`).
public struct IntakeCriteriaUnassessedRule: ReviewRule {
    public let id = "intake-criteria-unassessed"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        let missing = youth.unassessedCriteria
        guard !missing.isEmpty else { return nil }
        return reason(.info, [LocalizedMessage.list(missing.map { LocalizedMessage.word($0.labelKey) })])
    }
}
