import Foundation
import Testing
@testable import TavleCore

/// `tavle dev generate --fidelity`: the generated youths carry what the fidelity report reads.
@Suite struct GeneratorFidelityTests {
    @Test func enrichedYouthsHaveArenasReferralDaysSchoolAndReasons() {
        let today = Day(parsing: "2026-11-22")!
        let youths = Generator.youths(count: 200, years: 3, today: today, seed: 24, staff: ["s0", "s1", "s2"])
        var rng = SeededRandom(seed: 7)
        let enriched = youths.map { GeneratorFidelity.enrich($0, &rng, today: today) }
        #expect(enriched.map(\.id) == youths.map(\.id))
        for y in enriched {
            #expect(y.contacts.allSatisfy { ($0.kind == .attempt) == ($0.arena == nil) })
            #expect(y.referral?.received.map { $0 <= y.intake } == true)
            #expect(!y.school.isEmpty && y.school.first?.since == y.intake)
            #expect(y.phase != .discharged || (y.dischargeReason != nil && y.dischargeTo != nil))
            for (a, b) in zip(y.boardPeriods, y.boardPeriods.dropFirst()) { #expect(a.end.map { $0 < b.start } == true) }
        }
        let report = FidelityReport(FidelityInput(youths: enriched, meetings: [], rota: Rota(), team: Team(name: "T"), today: today),
                                    from: FidelityReport.defaultFrom(today: today), to: today)
        #expect(report.item(.communityContacts)?.gaps.isEmpty == true, "every contact has its arena")
        #expect(report.item(.referralToContact)?.value != nil)
    }
}
