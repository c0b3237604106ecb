import Foundation

/// What a handover at discharge must have: the service, its contact person, the agreed
/// follow-up, a date, and the youth's consent.
public enum HandoverItem: String, Choice {
    case service, contact, followUp = "follow-up", date, consent
    public static let labelPrefix = "handover.missing"
}

/// A youth's path beyond the daily work: referral, consent, other services, handover.
extension Youth {
    /// Records a consent to share with `party`. Under 16 it is the parents (or child welfare, when
    /// it holds the care) who consent; from 16 the youth consents themself (the Patient and User
    /// Rights Act's age of consent in health matters). `other` needs a note saying who it is.
    mutating func giveConsent(to party: ShareParty, by giver: ConsentGiver, on day: Day, scope: String?,
                              note: String? = nil, today: Day) throws(TavleError) {
        guard day <= today else { throw .refused(LocalizedMessage(.refuseDateInFuture, [day.iso])) }
        guard day >= born else { throw .refused(LocalizedMessage(.refuseConsentBeforeBirth, [day.iso])) }
        let age = born.age(on: day)
        if age < 16 && giver == .youth { throw .refused(LocalizedMessage(.refuseConsentUnder16, [String(age)])) }
        if age >= 16 && giver.isOnBehalf {
            throw .refused(LocalizedMessage(.refuseConsentOver16, [String(age), LocalizedMessage.word(giver.labelKey)]))
        }
        let s = scope.map { TextSafety.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let n = note.flatMap { Change.clean($0) }
        if party == .other && n == nil { throw .refused(LocalizedMessage(.refuseConsentOtherNote)) }
        consents.append(Consent(party: party, givenBy: giver, given: day, scope: s, note: n))
    }

    /// The standing consent (given, not withdrawn) to share with `party`, if any.
    public func standingConsent(_ party: ShareParty) -> Consent? {
        guard let c = consents.last(where: { $0.party == party }), c.withdrawn == nil else { return nil }
        return c
    }

    /// Withdraws the standing consent to share with `party`; from then on the share is not allowed.
    mutating func withdrawConsent(from party: ShareParty, on day: Day) throws(TavleError) {
        guard let i = consents.lastIndex(where: { $0.party == party && $0.withdrawn == nil }) else {
            throw .refused(LocalizedMessage(.refuseNoConsent, [LocalizedMessage.word(party.labelKey)]))
        }
        consents[i].withdrawn = day
    }

    /// Marks that `service` also follows the youth (or no longer does).
    mutating func setService(_ service: ShareParty, following: Bool) {
        services.removeAll { $0 == service }
        if following { services.append(service) }
    }

    /// Records or updates the handover at discharge.
    mutating func setHandover(service: String?, contact: String?, followUp: String?, day: Day?, consented: Bool?) throws(TavleError) {
        var h = handover ?? Handover(service: "")
        if let s = service { h.service = TextSafety.clean(s).trimmingCharacters(in: .whitespaces) }
        if let c = contact { h.contact = c.isEmpty ? nil : TextSafety.clean(c) }
        if let f = followUp { h.followUp = f.isEmpty ? nil : TextSafety.clean(f, multiline: true) }
        if let d = day { h.day = d }
        if let c = consented { h.consented = c }
        guard !h.service.isEmpty else { throw .refused(LocalizedMessage(.refuseHandoverService)) }
        handover = h
    }

    /// What the handover still lacks (in `--json` as the raw values `service`, `contact`,
    /// `follow-up`, `date`, `consent`); shown in the discharge phase. Empty when complete or not in
    /// the discharge phase.
    public var handoverMissing: [HandoverItem] {
        guard phase == .dischargePhase || phase == .discharged else { return [] }
        guard let h = handover else { return HandoverItem.allCases }
        var out: [HandoverItem] = []
        if h.service.isEmpty { out.append(.service) }
        if h.contact == nil { out.append(.contact) }
        if h.followUp == nil { out.append(.followUp) }
        if h.day == nil { out.append(.date) }
        if h.consented != true { out.append(.consent) }
        return out
    }

    /// Whether another service also follows the youth: marked, referred by it, or handed over to it.
    public func isFollowed(by party: ShareParty) -> Bool {
        if services.contains(party) { return true }
        if party == .outreach, referral?.source == .outreach { return true }
        if party == .childWelfare, referral?.source == .childWelfare { return true }
        return false
    }
}
