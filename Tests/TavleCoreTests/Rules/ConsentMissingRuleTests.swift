import Testing
@testable import TavleCore

@Suite struct ConsentMissingRuleTests {
    @Test("a service that follows the youth with no consent on record is raised, from the day it follows")
    func raisedWhenFollowedWithoutConsent() throws {
        var y = youth(age: 15)
        #expect(check(ConsentMissingRule(), y) == nil, "no other service follows")
        y.setService(.bupDps, following: true)
        let r = check(ConsentMissingRule(), y)
        #expect(r?.rule == "consent-missing" && r?.severity == .warning)
        #expect(r?.message.text(.nb) == "Følges av BUP/DPS, men det er ikke registrert noe samtykke til å dele med dem")
    }

    @Test("the referrer follows the youth: child welfare's referral with no consent is raised")
    func referrer() throws {
        var y = youth(age: 15)
        y.referral = Referral(source: .childWelfare)
        #expect(check(ConsentMissingRule(), y)?.message.text(.en) == "Followed by child welfare, but no consent to share with them is recorded")
    }

    @Test("cleared by a consent given today, and a withdrawn consent is the youth's answer, not missing")
    func clearedByAConsent() throws {
        var y = youth(age: 16)
        y.setService(.nav, following: true)
        try y.giveConsent(to: .nav, by: .youth, on: today, scope: nil, today: today)
        #expect(check(ConsentMissingRule(), y) == nil)
        try y.withdrawConsent(from: .nav, on: today)
        #expect(check(ConsentMissingRule(), y) == nil)
        #expect(check(ConsentMissingRule(), y, d(-1)) != nil, "the day before the consent there was none on record")
    }

    @Test("no longer followed, nothing to raise")
    func serviceOff() throws {
        var y = youth(age: 16)
        y.setService(.ppt, following: true)
        y.setService(.ppt, following: false)
        #expect(check(ConsentMissingRule(), y) == nil)
    }
}
