/// `turning-18`: turns 18 within `turning18WithinDays`, and stays raised after the birthday until a
/// whole-team review on or after the day it was raised.
public struct Turning18Rule: ReviewRule {
    public let id = "turning-18"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        TransitionRule.check(self, youth, today: today, age: 18, within: settings.turning18WithinDays)
    }
}

/// `ageing-out`: turns 26 (leaves the 12–25 range) within `ageingOutWithinDays`; stays raised after
/// the birthday until a whole-team review.
public struct AgeingOutRule: ReviewRule {
    public let id = "ageing-out"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        TransitionRule.check(self, youth, today: today, age: 26, within: settings.ageingOutWithinDays)
    }
}

/// Shared logic of the two birthday rules: raised `within` days before the birthday and kept after
/// it (a transition nobody planned does not go away by itself), until a whole-team review on or
/// after the day it was raised. Only for a birthday after intake: a youth taken in at 19 came in
/// as an adult, there is no turning 18 to plan.
enum TransitionRule {
    static func check(_ rule: some ReviewRule, _ youth: Youth, today: Day, age: Int, within: Int) -> DueReason? {
        let birthday = youth.born.birthday(age)
        let raised = birthday.adding(days: -within)
        guard birthday > youth.intake, today >= raised, !ReviewRules.reviewed(youth, since: raised) else { return nil }
        let days = today.days(to: birthday)
        if days > 0 { return rule.reason(.info, [birthday.iso, String(days)]) }
        // On and after the birthday the transition is due now: a warning, worded as such.
        let key = TextKey.rule(rule.id, variant: days == 0 ? "today" : "passed")
        return DueReason(rule: rule.id, severity: .warning, message: LocalizedMessage(key, [birthday.iso, String(-days)]))
    }
}
