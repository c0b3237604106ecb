import Foundation
import Testing
@testable import TavleCore

/// `DischargeCounts` (issue 21): youths discharged in the last 365 days, by reason and destination,
/// worked out by hand. Today is 2026-11-22, so the window is 2025-11-23 … 2026-11-22.
///
///   youth  discharged   reason                 to          handover lacked
///   a      2026-11-01   goals-met              outreach    –
///   b      2026-06-15   goals-met              gp          follow-up (anyway)
///   c      2026-02-01   moved                  none        –
///   d      2026-10-01   (not recorded: before schema 5)
///   e      2025-11-22   moved                  gp          – (one day too old)
///   f      –            still followed up
/// → total 4; goals-met 2, moved 1; outreach 1, gp 1, none 1; not recorded 1; anyway 1.
@Suite struct DischargeCountsTests {
    let today = Day(parsing: "2026-11-22")!

    func youth(_ id: String, _ discharged: String?, _ reason: DischargeReason? = nil, _ to: DischargeDestination? = nil,
               lacked: [HandoverItem]? = nil) -> Youth {
        var y = Youth(id: id, name: id, born: Day(parsing: "2008-01-01")!, intake: Day(parsing: "2024-01-01")!)
        if let d = discharged { y.phase = .discharged; y.discharged = Day(parsing: d) }
        y.dischargeReason = reason; y.dischargeTo = to; y.dischargeHandoverMissing = lacked
        return y
    }

    @Test func byReasonAndDestinationOverTheLastYear() {
        let youths = [youth("a", "2026-11-01", .goalsMet, .outreach), youth("b", "2026-06-15", .goalsMet, .gp, lacked: [.followUp]),
                      youth("c", "2026-02-01", .moved, DischargeDestination.none), youth("d", "2026-10-01"),
                      youth("e", "2025-11-22", .moved, .gp), youth("f", nil)]
        let d = TeamStats(youths: youths, meetings: [], today: today, team: Team(name: "T")).discharges
        #expect(d.from == Day(parsing: "2025-11-23") && d.through == today)
        #expect(d.total == 4 && d.notRecorded == 1 && d.handoverIncomplete == 1)
        #expect(d.byReason == ["goals-met": 2, "moved": 1, "declined-further-help": 0, "transferred": 0, "aged-out": 0, "other": 0])
        #expect(d.byDestination == ["outreach": 1, "gp": 1, "none": 1, "municipal-services": 0, "adult-fact": 0, "dps": 0,
                                    "child-welfare-aftercare": 0, "other": 0])
    }

    @Test func theRuleRefusesAnIncompleteHandoverUnlessAnywayWithANote() throws {
        var y = youth("m", nil)
        y.phase = .dischargePhase
        y.handover = Handover(service: "Utekontakten", contact: "Lars Holm")
        let at = Timestamp.local(day: today, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!)
        #expect(throws: TavleError.self) { try y.discharge(reason: .goalsMet, to: .outreach, note: nil, anyway: false, by: "ole", today: today, at: at) }
        #expect(throws: TavleError.self) { try y.discharge(reason: .goalsMet, to: .outreach, note: "  ", anyway: true, by: "ole", today: today, at: at) }
        #expect(y.phase == .dischargePhase && y.dischargeReason == nil)
        try y.discharge(reason: .goalsMet, to: .outreach, note: "Flytter", anyway: true, by: "ole", today: today, at: at)
        #expect(y.phase == .discharged && y.discharged == today && y.dischargeReason == .goalsMet && y.dischargeTo == .outreach)
        #expect(y.dischargeNote == "Flytter" && y.dischargeHandoverMissing == [.followUp, .date, .consent])
    }
}
