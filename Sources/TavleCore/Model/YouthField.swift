/// The stored fields of a youth, by their name in the file and the journal, so a person reads a
/// word ("kriseplanen"), never a field name, in a conflict, an undo or the log.
public enum YouthField: String, Choice {
    case name, initialsOverride, labelNumber, born, intake, referral, primaryContact, secondContact, domains, whereabouts
    case goals, warning, status, crisisPlan, orders, consents, services, handover, phase, planReviewed, mode
    case boardPeriods, reviews, notes, contacts, retractions, plans, intakeCriteria, ageOverride, lastContact, discharged
    case municipality, school
    case dischargeReason, dischargeTo, dischargeNote, dischargeHandoverMissing
    case goalList, network
    public static let labelPrefix = "fieldname"

    /// The word for a stored field's name; a name this build does not know reads "a field".
    public static func key(_ raw: String) -> TextKey { YouthField(rawValue: raw)?.labelKey ?? .fieldnameUnknown }
}
