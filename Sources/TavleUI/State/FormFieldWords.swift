import TavleCore

/// The fields `tavle set` changes, as the `e` dialog shows them: each field's word, its value
/// now as text the core reads back, and the options of a field with fixed values.
enum FieldWords {
    /// The field's word in the user's language (`whereabouts` → "Hvor ungdommen er").
    static func label(_ field: String, _ lang: Language) -> String {
        key(field).map { Texts.text($0, lang) } ?? field
    }

    static func key(_ field: String) -> TextKey? {
        switch field {
        case "name": .setfieldName
        case "initials": .setfieldInitials
        case "born": .setfieldBorn
        case "intake": .setfieldIntake
        case "contact": .setfieldContact
        case "second-contact": .setfieldSecondContact
        case "domains": .setfieldDomains
        case "whereabouts": .setfieldWhereabouts
        case "goals": .setfieldGoals
        case "warning": .setfieldWarning
        case "phase": .setfieldPhase
        case "plan-reviewed": .setfieldPlanReviewed
        case "referral": .setfieldReferral
        case "referral-contact": .setfieldReferralContact
        case "crisis-plan-out-of-hours": .setfieldCrisisPlanOutOfHours
        case "long-term-need": .setfieldLongTermNeed
        case "functional-impairment": .setfieldFunctionalImpairment
        case "eating-disorder": .setfieldEatingDisorder
        case "municipality": .setfieldMunicipality
        default: nil
        }
    }

    /// The value the youth has now, as the dialog shows it and the core reads it back.
    static func current(_ field: String, _ y: Youth, team: Team, _ lang: Language) -> String {
        func yes(_ b: Bool) -> String { b ? "yes" : "no" }
        switch field {
        case "name": return y.name
        case "initials": return y.initialsOverride ?? ""
        case "born": return y.born.norwegian
        case "intake": return y.intake.norwegian
        case "contact": return y.primaryContact.map { team.member($0)?.initials ?? $0 } ?? ""
        case "second-contact": return y.secondContact.map { team.member($0)?.initials ?? $0 } ?? ""
        case "domains": return y.domains.map { $0.label(lang) }.joined(separator: ", ")
        case "whereabouts": return y.whereabouts.rawValue
        case "goals": return y.goals
        case "warning": return y.warning
        case "phase": return y.phase.rawValue
        case "plan-reviewed": return y.planReviewed?.norwegian ?? ""
        case "referral": return y.referral?.source.rawValue ?? ""
        case "referral-contact": return y.referral?.contact ?? ""
        case "crisis-plan-out-of-hours": return y.crisisPlan?.outOfHours ?? ""
        case "long-term-need": return y.intakeCriteria.longTermNeed.map(yes) ?? ""
        case "functional-impairment": return y.intakeCriteria.functionalImpairment.map(yes) ?? ""
        case "eating-disorder": return yes(y.intakeCriteria.severeEatingDisorder)
        case "municipality": return y.municipality ?? ""
        default: return ""
        }
    }

    /// The options of a field with fixed values (stored value, the user's word); nil for free text.
    static func options(_ field: String, lang: Language, municipalities: [String] = []) -> [(String, String)]? {
        let yesNo = [("yes", Texts.text(.formYes, lang)), ("no", Texts.text(.formNo, lang))]
        switch field {
        case "whereabouts": return Whereabouts.allCases.map { ($0.rawValue, $0.label(lang)) }
        case "phase": return Phase.allCases.filter { $0 != .discharged }.map { ($0.rawValue, $0.label(lang)) }
        case "referral": return [("", Texts.text(.formNotGiven, lang))] + ReferralSource.allCases.map { ($0.rawValue, $0.label(lang)) }
        case "long-term-need", "functional-impairment", "eating-disorder": return yesNo
        // The team's municipalities (none set: typed, and the core says how to add them).
        case "municipality": return municipalities.isEmpty ? nil : [("", Texts.text(.formNotGiven, lang))] + municipalities.map { ($0, $0) }
        default: return nil
        }
    }
}
