/// The spreadsheet columns `tavle import` understands, by their bokmål and English header names
/// (case, spaces, `_` and `-` do not matter). docs/cli.md lists them.
enum ImportColumn: String, CaseIterable {
    case name, born, intake, contact, secondContact = "second-contact", initials, mode, status, reason, since, evaluate, plan,
         domains, referredBy = "referred-by", referralContact = "referral-contact", whereabouts, warning, goals,
         crisisPlan = "crisis-plan", note, ageOverride = "age-override", phase, municipality

    /// Header names, bokmål first.
    var headers: [String] {
        switch self {
        case .name: ["navn", "name", "fullt navn", "full name"]
        case .born: ["født", "fødselsdato", "fodt", "born", "date of birth", "birth date", "dob"]
        case .intake: ["inntak", "inntaksdato", "intake", "intake date"]
        case .contact: ["primærkontakt", "kontakt", "casemanager", "contact", "primary contact"]
        case .secondContact: ["andre kontakt", "sekundærkontakt", "second contact"]
        case .initials: ["initialer", "initials"]
        case .mode: ["modus", "nivå", "mode", "level"]
        case .status: ["status"]
        case .reason: ["grunn", "tavlegrunn", "grunn på tavla", "reason", "board reason"]
        case .since: ["på tavla siden", "tavle fra", "board since", "since"]
        case .evaluate: ["evaluering", "evalueres", "evalueringsdato", "evaluate", "evaluation date"]
        case .plan: ["plan", "tiltak", "board plan"]
        case .domains: ["domener", "funksjonsområder", "domains"]
        case .referredBy: ["henvist av", "henvisning", "referred by", "referral"]
        case .referralContact: ["henviser", "henvisende kontakt", "referral contact"]
        case .whereabouts: ["opphold", "oppholdssted", "hvor", "whereabouts"]
        case .warning: ["varsel", "advarsel", "warning"]
        case .goals: ["mål", "egne mål", "goals"]
        case .crisisPlan: ["kriseplan", "crisis plan"]
        case .note: ["notat", "merknad", "note"]
        case .ageOverride: ["aldersunntak", "age override"]
        case .phase: ["fase", "phase"]
        case .municipality: ["kommune", "bostedskommune", "municipality"]
        }
    }

    static func normalise(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").joined(separator: " ")
    }

    /// The column a header names, if any.
    static func match(_ header: String) -> ImportColumn? {
        let h = normalise(header)
        return allCases.first { c in c.rawValue.replacingOccurrences(of: "-", with: " ") == h || c.headers.contains(h) }
    }

    /// Columns an export writes that an import passes over (derived values, not data).
    static let ignored: Set<String> = ["id", "alder", "age", "til gjennomgang", "due", "versjon", "version"]

    static let required: [ImportColumn] = [.name, .born]
}

import Foundation
