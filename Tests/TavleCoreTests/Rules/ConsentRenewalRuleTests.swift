import Testing
@testable import TavleCore

@Suite struct ConsentRenewalRuleTests {
    /// A youth who turns 16 on `d(offset)`.
    func turning16(in offset: Int) -> Youth {
        var y = youth()
        y.born = d(offset).adding(years: -16)
        return y
    }

    @Test("raised from the 16th birthday, not the day before")
    func edgeDays() throws {
        var y = turning16(in: 1)
        try y.giveConsent(to: .childWelfare, by: .parents, on: d(-100), scope: nil, today: today)
        #expect(check(ConsentRenewalRule(), y) == nil, "the day before the 16th birthday")
        let r = check(ConsentRenewalRule(), y, d(1))
        #expect(r?.rule == "consent-renewal" && r?.severity == .warning, "the day of the 16th birthday")
        #expect(r?.message.text(.nb) == "Samtykket til å dele med barnevern ble gitt av foreldre før 16 år; fra \(d(1).norwegian) er det ungdommen selv som samtykker")
        #expect(check(ConsentRenewalRule(), y, d(200)) != nil, "stays until the youth answers")
    }

    @Test("a consent by child welfare before 16 is renewed the same way")
    func childWelfare() throws {
        var y = turning16(in: 0)
        try y.giveConsent(to: .nav, by: .childWelfare, on: d(-1), scope: nil, today: today)
        #expect(check(ConsentRenewalRule(), y)?.message.text(.en).contains("given by child welfare") == true)
    }

    @Test("cleared when the youth gives the consent or declines it")
    func clearedByTheYouth() throws {
        var gives = turning16(in: -1)
        try gives.giveConsent(to: .school, by: .parents, on: d(-30), scope: nil, today: today)
        #expect(check(ConsentRenewalRule(), gives) != nil)
        try gives.giveConsent(to: .school, by: .youth, on: today, scope: nil, today: today)
        #expect(check(ConsentRenewalRule(), gives) == nil)
        var declines = turning16(in: -1)
        try declines.giveConsent(to: .school, by: .parents, on: d(-30), scope: nil, today: today)
        try declines.withdrawConsent(from: .school, on: today)
        #expect(check(ConsentRenewalRule(), declines) == nil)
    }

    @Test("a consent the youth gave themself is never raised")
    func ownConsent() throws {
        var y = youth(age: 17)
        try y.giveConsent(to: .nav, by: .youth, on: d(-10), scope: nil, today: today)
        #expect(check(ConsentRenewalRule(), y) == nil)
    }
}
