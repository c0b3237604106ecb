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

    @Test("the generated meetings: working days of the last year, each with the youths on the board that day, nearly all discussed, most answered")
    func meetings() throws {
        let today = Day(parsing: "2026-11-22")!
        var rng = SeededRandom(seed: 9)
        let youths = Generator.youths(count: 300, years: 2, today: today, seed: 24, staff: ["s0", "s1", "s2"])
            .map { GeneratorFidelity.enrich($0, &rng, today: today) }
        let zone = TimeZone(identifier: "Europe/Oslo")!
        let held = GeneratorFidelity.meetings(youths, staff: ["s0", "s1", "s2"], today: today, zone: zone, &rng)
        let working = FidelityRange(from: today.adding(months: -12), to: today.adding(days: -1)).days.filter(FidelityCalendar.isWorkingDay)
        // About one working day in twenty is missed, never a weekend or holiday.
        #expect(held.allSatisfy { FidelityCalendar.isWorkingDay($0.day) && $0.day < today && $0.ended != nil })
        #expect(held.count < working.count && held.count > working.count * 8 / 10, "\(held.count) of \(working.count)")
        var pairs = 0, discussed = 0, answered = 0
        for m in held {
            // The board of the day, worked out here from the periods (not by the generator's code).
            let expected = youths.filter { y in
                y.intake <= m.day && !(y.discharged.map { $0 <= m.day } ?? false)
                    && y.boardPeriods.contains { p in p.start <= m.day && !(p.end.map { $0 <= m.day } ?? false) }
            }.map(\.id)
            #expect(m.board == expected)
            #expect(m.events.allSatisfy { m.board.contains($0.youth) })
            pairs += m.board.count
            let c = m.coverage()
            discussed += c.discussed.count
            answered += m.items.count { $0.answers?.safetyAndFamilyAnswered == true && c.discussed.contains($0.youth) }
        }
        #expect(pairs > 100, "a board to discuss: \(pairs) pairs")
        #expect(discussed < pairs && Double(discussed) > 0.9 * Double(pairs), "\(discussed) of \(pairs)")
        #expect(answered < discussed && Double(answered) > 0.6 * Double(discussed), "\(answered) of \(discussed)")
    }

    @Test("generate --fidelity writes the meetings and a referral queue through the store, and the report counts them")
    func throughTheStore() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/tavle-genfid-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let today = Day(parsing: "2026-11-22")!
        let env = ["TAVLE_TODAY": "2026-11-22", "TAVLE_NOW": "2026-11-22T12:00:00+01:00"]
        let store = try GeneratorFidelity.generate(root: dir, youths: 80, years: 1, seed: 5, today: today,
                                                   actor: Actor(staff: "s0", unixUser: Session.currentUnixUser()), environment: env)
        let held = try store.meetings()
        #expect(held.problems.isEmpty)
        #expect(held.meetings.count > 150)
        #expect(try store.referrals().referrals.count == 8)
        let loaded = try store.fidelity(team: try store.loadTeam(), today: today, from: FidelityReport.defaultFrom(today: today), to: today)
        let meetingsHeld = try #require(loaded.report.item(.meetingsHeld))
        #expect(meetingsHeld.numerator == held.meetings.count)
        #expect(loaded.report.item(.fourQuestions)?.value != nil)
        #expect(loaded.report.item(.referralToContact)?.detail["received"] == 8)
    }
}
