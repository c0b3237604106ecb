/// `no-contact`: no contact or attempt for a few days (intensive) or weeks (case management).
public struct NoContactRule: ReviewRule {
    public let id = "no-contact"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        let limit = youth.mode == .intensive ? settings.noContactIntensiveDays : settings.noContactCaseManagementDays
        // With no contact ever, count from intake.
        let last = youth.lastContact?.day ?? youth.intake
        let days = last.days(to: today)
        guard days >= limit else { return nil }
        let severity: Severity = youth.mode == .intensive ? .urgent : .warning
        return youth.lastContact == nil ? DueReason(rule: id, severity: severity, message: LocalizedMessage(.ruleNoContactNever, [String(days)]))
            : reason(severity, [String(days)])
    }
}
