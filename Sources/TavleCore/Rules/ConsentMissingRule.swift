/// `consent-missing`: another service follows the youth (`Youth.isFollowed(by:)`: marked with
/// `tavle service`, or the referrer) and no consent to share with it is on record, given or
/// withdrawn (a withdrawn consent is the youth's answer, not a missing one).
public struct ConsentMissingRule: ReviewRule {
    public let id = "consent-missing"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        for party in ShareParty.allCases where youth.isFollowed(by: party) {
            guard !youth.consents.contains(where: { $0.party == party && $0.given <= today }) else { continue }
            return reason(.warning, [LocalizedMessage.word(party.labelKey)])
        }
        return nil
    }
}
