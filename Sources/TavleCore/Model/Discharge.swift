import Foundation

/// Why a youth was discharged (`tavle discharge --reason`).
public enum DischargeReason: String, Choice {
    case goalsMet = "goals-met", moved, declinedFurtherHelp = "declined-further-help", transferred, agedOut = "aged-out", other
    public static let labelPrefix = "dischargereason"
}

/// Where the youth goes after discharge (`tavle discharge --to`): the service that follows up, or none.
public enum DischargeDestination: String, Choice {
    case outreach, municipalServices = "municipal-services", adultFact = "adult-fact", dps,
         childWelfareAftercare = "child-welfare-aftercare", gp, none, other
    public static let labelPrefix = "dischargeto"
}

/// The discharge rule: a youth in the discharge phase whose handover (`handoverMissing`) is
/// incomplete is not discharged unless the team says so on purpose (`anyway`) and writes why
/// (`note`). What the handover lacked then is kept on the record.
extension Youth {
    mutating func discharge(reason: DischargeReason, to destination: DischargeDestination, note: String?, anyway: Bool,
                            by: StaffID, today: Day, at: Timestamp) throws(TavleError) {
        guard phase != .discharged else { throw .refused(LocalizedMessage(.refuseDischarged)) }
        let text = note.flatMap { Change.clean($0, multiline: true) }
        if anyway, text == nil { throw .refused(LocalizedMessage(.refuseDischargeAnywayNote)) }
        let missing = handoverMissing
        if !missing.isEmpty, !anyway {
            throw .refused(LocalizedMessage(.refuseDischargeHandover, [LocalizedMessage.list(missing.map { LocalizedMessage.word($0.labelKey) })]))
        }
        try discharge(by: by, today: today, at: at)
        dischargeReason = reason
        dischargeTo = destination
        dischargeNote = text
        dischargeHandoverMissing = missing.isEmpty ? nil : missing
    }
}
