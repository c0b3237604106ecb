/// `consent-renewal`: a consent to share was given on the youth's behalf (by the parents or child
/// welfare) before 16; from the 16th birthday the youth consents themself, so it is raised until
/// the youth gives that consent (a newer consent by the youth) or declines it (it is withdrawn).
public struct ConsentRenewalRule: ReviewRule {
    public let id = "consent-renewal"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        let sixteen = youth.born.birthday(16)
        guard today >= sixteen else { return nil }
        for party in ShareParty.allCases {
            guard let c = youth.standingConsent(party), c.givenBy.isOnBehalf, c.given < sixteen else { continue }
            return reason(.warning, [LocalizedMessage.word(party.labelKey), LocalizedMessage.word(c.givenBy.labelKey), sixteen.iso])
        }
        return nil
    }
}
