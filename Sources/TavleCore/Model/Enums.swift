import Foundation

/// Values with a fixed set of choices. Raw values are the stable, untranslated words used in
/// files, JSON output and on the command line; `label(_:)` gives the user's word.
public protocol Choice: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {
    static var labelPrefix: String { get }
}

extension Choice {
    /// The user's word for this value in `lang`.
    public func label(_ lang: Language) -> String { Catalog.shared.text(labelKey, lang) }

    /// The language files' key of this value's word (`status.crisis`).
    public var labelKey: TextKey { TextKey(Self.labelPrefix + "." + rawValue) }

    /// Parses a raw value, case-insensitively, also accepting `_` for `-`.
    public static func parse(_ text: String) -> Self? {
        let t = text.lowercased().replacingOccurrences(of: "_", with: "-").trimmingCharacters(in: .whitespaces)
        if let v = Self(rawValue: t) { return v }
        // Also accept the user's word in either language (e.g. from an imported spreadsheet).
        return allCases.first { c in Language.allCases.contains { c.label($0).lowercased() == t } }
    }

    /// `a, b, c`: the accepted values, for error messages and help.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Every `Choice` type: their words are keys made at run time (`status.crisis`), so the catalog
/// test walks this list. A test also checks that every `Choice` declared in the sources is here.
public enum Choices {
    public static let all: [any Choice.Type] = [
        Mode.self, Status.self, BoardReason.self, Phase.self, Whereabouts.self, Domain.self, ReferralSource.self,
        NoteKind.self, ContactWith.self, ContactKind.self, Role.self, ShareParty.self, ConsentGiver.self, Severity.self,
        ReadinessProblem.self, AgendaSection.self, Shift.self, Weekday.self, MeetingEventKind.self, MeetingOutcome.self,
        ChangeKind.self, YouthField.self, HandoverItem.self, RecordField.self, NamedDay.self, SettingUnit.self,
        StaffField.self, Arena.self, SchoolStatus.self, DischargeReason.self, DischargeDestination.self, IntakeCriterion.self, Relation.self,
        ReferralDecision.self, QuestionAnswer.self, FidelityItemID.self, FidelityGapReason.self,
    ]

    /// The keys of every value's word, for the catalog test.
    public static var labelKeys: [TextKey] {
        all.flatMap { t in t.keysOfAllCases }
    }
}

extension Choice {
    static var keysOfAllCases: [TextKey] { allCases.map(\.labelKey) }
}

/// Intensive (on the board, shared caseload) or ordinary case management.
public enum Mode: String, Choice { case intensive, caseManagement = "case-management"
    public static let labelPrefix = "mode" }

/// How the youth is doing, always shown with a symbol as well as a colour.
public enum Status: String, Choice { case stable, worried, crisis
    public static let labelPrefix = "status"
    /// The symbol shown beside the colour, so status never depends on colour alone.
    public var symbol: String { switch self { case .stable: "●"; case .worried: "▲"; case .crisis: "■" } }
    /// Plain-ASCII form for places where symbols may not render.
    public var asciiSymbol: String { switch self { case .stable: "o"; case .worried: "!"; case .crisis: "X" } }
    /// Higher is more urgent.
    public var urgency: Int { switch self { case .stable: 0; case .worried: 1; case .crisis: 2 } }
}

/// Why a youth is on the board.
public enum BoardReason: String, Choice {
    case intake, crisis, vulnerable, positiveDevelopment = "positive-development", clarification, discharge, other
    public static let labelPrefix = "reason"
}

/// Where the youth is in the team's path.
public enum Phase: String, Choice {
    case clarification, active, dischargePhase = "discharge-phase", discharged
    public static let labelPrefix = "phase"
}

/// Where the youth is staying now.
public enum Whereabouts: String, Choice { case home, institution, ward, unknown
    public static let labelPrefix = "whereabouts" }

/// Functional-impairment domains (intake criterion 3).
public enum Domain: String, Choice {
    case mentalHealth = "mental-health", school, network, work, family, substanceUse = "substance-use",
         crime, sexuality, addiction, other
    public static let labelPrefix = "domain"
}

/// Where a referral came from.
public enum ReferralSource: String, Choice {
    case outreach, childWelfare = "child-welfare", gp, school, selfReferral = "self", specialist, other
    public static let labelPrefix = "referral"
}

/// A note's kind.
public enum NoteKind: String, Choice { case note, decision, warning
    public static let labelPrefix = "notekind" }

/// Whom a contact was with.
public enum ContactWith: String, Choice { case youth, network
    public static let labelPrefix = "with" }

/// How a contact happened: face to face, by phone, or an attempt that failed.
public enum ContactKind: String, Choice { case visit, phone, attempt
    public static let labelPrefix = "contactkind" }

/// A team member's role.
public enum Role: String, Choice {
    case caseManager = "case-manager", psychiatrist, psychologist, peerSpecialist = "peer-specialist",
         substanceSpecialist = "substance-specialist", recoverySpecialist = "recovery-specialist",
         educationWorkExpert = "education-work-expert", familyTherapist = "family-therapist", leader
    public static let labelPrefix = "role"
}

/// Services a youth's information may be shared with, by consent, and that may follow the youth
/// (`tavle consent --to`, `tavle service`: one list). `other` is named in the consent's note.
public enum ShareParty: String, Choice {
    case childWelfare = "child-welfare", nav, school, outreach, gp, bupDps = "bup-dps", ppt, policeSlt = "police-slt",
         family, other
    public static let labelPrefix = "party"
}

/// Who gave a consent: the youth (from 16), or for a youth under 16 the parents or child welfare
/// (barnevernet, when it holds the care), with no order record needed.
public enum ConsentGiver: String, Choice { case youth, parents, childWelfare = "child-welfare"
    public static let labelPrefix = "giver"
    /// Whether this giver consents on behalf of a youth under 16 (parents, child welfare).
    public var isOnBehalf: Bool { self != .youth }
}

/// How serious a review reason is.
public enum Severity: String, Choice {
    case info, warning, urgent
    public static let labelPrefix = "severity"
    public var rank: Int { switch self { case .info: 0; case .warning: 1; case .urgent: 2 } }
}


/// Where a contact happened: the youth's own arenas, the office, or at a distance.
public enum Arena: String, Choice {
    case home, school, work, community, office, phone, video, sms, other
    public static let labelPrefix = "arena"

    /// **Face to face**: home, school, work, in the community or at the office. The one definition,
    /// used by `stats` and every figure after it.
    public var isFaceToFace: Bool {
        switch self {
        case .home, .school, .work, .community, .office: true
        case .phone, .video, .sms, .other: false
        }
    }

    /// **In the community**: face to face and not at the office (on the youth's own arenas).
    public var isInCommunity: Bool { isFaceToFace && self != .office }
}

extension ContactKind {
    /// The arena a contact has when none is given: a visit is at home, a phone call by phone, an
    /// attempt has none.
    public var defaultArena: Arena? {
        switch self {
        case .visit: .home
        case .phone: .phone
        case .attempt: nil
        }
    }
}

/// A youth's school or work status (IPS ung: education weighs heaviest).
public enum SchoolStatus: String, Choice {
    case attending, partly, absent, droppedOut = "dropped-out", work, navMeasure = "nav-measure", none
    public static let labelPrefix = "school"

    /// **In school or work**: attending, partly attending, in work or on a NAV measure. The one definition.
    public var isInSchoolOrWork: Bool {
        switch self {
        case .attending, .partly, .work, .navMeasure: true
        case .absent, .droppedOut, .none: false
        }
    }
}
