import Foundation
import Testing
@testable import TavleCore

@Suite struct ConsentAndHandoverTests {
    let today = fixedToday

    @Test func parentsConsentUnder16YouthFrom16() throws {
        var young = Youth(id: "a", name: "A", born: today.adding(years: -14), intake: today)
        #expect(throws: TavleError.self) { try young.giveConsent(to: .childWelfare, by: .youth, on: today, scope: nil, today: today) }
        try young.giveConsent(to: .childWelfare, by: .parents, on: today, scope: "Skolesituasjon", today: today)
        #expect(young.mayShare(with: .childWelfare))
        var older = Youth(id: "b", name: "B", born: today.adding(years: -17), intake: today)
        #expect(throws: TavleError.self) { try older.giveConsent(to: .nav, by: .parents, on: today, scope: nil, today: today) }
        try older.giveConsent(to: .nav, by: .youth, on: today, scope: nil, today: today)
        #expect(older.mayShare(with: .nav))
    }

    @Test func withdrawalIsJournaledAndNeverShownAsAllowed() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.updateYouth("sara", actor: leader, action: "consent") {
            try $0.giveConsent(to: .school, by: .youth, on: fixedToday, scope: "Fravær", today: fixedToday)
        }
        #expect(try store.loadYouth("sara").mayShare(with: .school))
        try store.updateYouth("sara", actor: leader, action: "consent-withdraw") { try $0.withdrawConsent(from: .school, on: fixedToday) }
        let sara = try store.loadYouth("sara")
        #expect(!sara.mayShare(with: .school))
        #expect(sara.consents.count == 1 && sara.consents[0].withdrawn == fixedToday, "the history is kept")
        #expect(store.journal.lastEntry()?.action == "consent-withdraw")
        #expect(throws: TavleError.self) {
            try store.updateYouth("sara", actor: leader, action: "consent-withdraw") { try $0.withdrawConsent(from: .school, on: fixedToday) }
        }
    }

    @Test func dischargePhaseShowsWhatTheHandoverLacks() throws {
        var y = Youth(id: "a", name: "A", born: today.adding(years: -19), intake: today)
        #expect(y.handoverMissing.isEmpty, "not in the discharge phase")
        y.phase = .dischargePhase
        #expect(y.handoverMissing == [.service, .contact, .followUp, .date, .consent])
        try y.setHandover(service: "Utekontakten", contact: "Lars Holm", followUp: nil, day: nil, consented: nil)
        #expect(y.handoverMissing == [.followUp, .date, .consent])
        try y.setHandover(service: nil, contact: nil, followUp: "Møte hver 14. dag", day: today.adding(days: 20), consented: true)
        #expect(y.handoverMissing.isEmpty)
    }

    @Test func followedByOutreach() throws {
        let (_, youths) = try Demo.load(today: fixedToday)
        let outreach = youths.filter { $0.isFollowed(by: .outreach) }.map(\.id).sorted()
        #expect(outreach == ["amina", "maja"])
    }
}
