/// `turning-18`: turns 18 within `turning18WithinDays`; cleared by a review after the rule was raised.
public struct Turning18Rule: ReviewRule {
    public let id = "turning-18"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        TransitionRule.check(self, youth, today: today, age: 18, within: settings.turning18WithinDays)
    }
}

/// `ageing-out`: turns 26 (leaves the 12–25 range) within `ageingOutWithinDays`.
public struct AgeingOutRule: ReviewRule {
    public let id = "ageing-out"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        TransitionRule.check(self, youth, today: today, age: 26, within: settings.ageingOutWithinDays)
    }
}

/// Shared logic of the two birthday rules: raised `within` days before the birthday,
/// cleared by a whole-team review on or after the day it was raised.
enum TransitionRule {
    static func check(_ rule: some ReviewRule, _ youth: Youth, today: Day, age: Int, within: Int) -> DueReason? {
        let birthday = youth.born.birthday(age)
        let raised = birthday.adding(days: -within)
        guard today >= raised, today < birthday, !ReviewRules.reviewed(youth, since: raised) else { return nil }
        return rule.reason(.info, [birthday.iso, String(today.days(to: birthday))])
    }
}
