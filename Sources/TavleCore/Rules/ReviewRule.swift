/// One reason a youth is due for whole-team review.
public struct DueReason: Sendable, Hashable {
    /// Stable, untranslated rule id (e.g. `no-contact`).
    public let rule: String
    public let severity: Severity
    public let message: LocalizedMessage

    public init(rule: String, severity: Severity, message: LocalizedMessage) {
        self.rule = rule; self.severity = severity; self.message = message
    }
}

extension DueReason {
    /// The reason in words. On the shared screen (`shared`) the rule's own short text without its
    /// figures and names: the full one can give a birthday (turning 18, a consent from 16), an
    /// order's kind, another service the youth has, or how the safety question was answered.
    public func text(_ lang: Language, shared: Bool) -> String {
        shared ? Texts.text(TextKey.rule(rule, variant: "shared"), lang) : message.text(lang)
    }
}

extension TextKey {
    /// The message of the review rule `id` (`rule.no-contact`), or of one of its variants
    /// (`rule.no-contact.never`); `TextCatalogTests` checks every rule's keys exist.
    static func rule(_ id: String, variant: String? = nil) -> TextKey { TextKey("rule." + id + (variant.map { "." + $0 } ?? "")) }
}

/// A review rule: a pure function of (youth, today, settings).
public protocol ReviewRule: Sendable {
    /// Stable, untranslated id.
    var id: String { get }
    func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason?
}

extension ReviewRule {
    func reason(_ severity: Severity, _ args: [String] = []) -> DueReason {
        DueReason(rule: id, severity: severity, message: LocalizedMessage(TextKey.rule(id), args))
    }
}

/// Every rule, in the order their reasons are listed.
public enum ReviewRules {
    public static let all: [any ReviewRule] = [
        CrisisRule(), CrisisPlanMissingRule(), NewIntakeRule(), EvaluationOverdueRule(), BoardPeriodLongRule(),
        NoContactRule(), OrderExpiringRule(), DischargePhaseRule(), ClarificationOverdueRule(), Turning18Rule(),
        AgeingOutRule(), TreatmentPlanOverdueRule(), ReviewOverdueRule(), IntakeCriteriaUnassessedRule(),
        ConsentRenewalRule(), ConsentMissingRule(), SafetyConcernRule(),
    ]

    public static var ids: [String] { all.map(\.id) }

    /// The keys of every rule's main message (`TextKey.rule(id)`), for the catalog test.
    public static var messageKeys: [TextKey] { ids.map { TextKey.rule($0) } }

    /// The keys of the variants made at run time (`rule.turning-18.passed`), for the catalog test.
    public static var variantKeys: [TextKey] {
        ["turning-18", "ageing-out"].flatMap { id in ["today", "passed"].map { TextKey.rule(id, variant: $0) } }
            + [TextKey.rule("treatment-plan-overdue", variant: "never")]
    }

    /// The keys of every rule's short name (`rulename.no-contact`), for the catalog test.
    public static var nameKeys: [TextKey] { ids.map { TextKey("rulename." + $0) } }

    /// The keys of each rule's words for the shared screen (`DueReason.text(_:shared:)`).
    public static var sharedKeys: [TextKey] { ids.map { TextKey.rule($0, variant: "shared") } }

    /// A rule's short name in `lang` ("ingen kontakt"): what text output shows instead of the rule id.
    public static func name(_ id: String, _ lang: Language) -> String {
        ids.contains(id) ? Texts.text(TextKey("rulename." + id), lang) : id
    }

    /// Every reason `youth` is due for whole-team review on `today`. Discharged youths are never due.
    public static func due(_ youth: Youth, today: Day, settings: RuleSettings) -> [DueReason] {
        guard youth.phase != .discharged else { return [] }
        return all.compactMap { $0.check(youth, today: today, settings: settings) }
    }

    /// Whether a whole-team review has happened on or after `day`.
    static func reviewed(_ youth: Youth, since day: Day) -> Bool {
        youth.reviews.contains { $0.day >= day }
    }
}
