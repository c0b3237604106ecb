import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// Issue 21 on the board: `X` builds the same core change as `tavle discharge`, so the board
/// refuses an incomplete handover in the discharge phase and discharges anyway only with a note.
@Suite("discharge on the board", .serialized)
struct DischargeBoardTests {
    typealias E = ChangeEquivalenceTests

    @Test("Maja's incomplete handover is refused; 'discharge anyway' with a note discharges her with reason and destination")
    func anywayNeedsTheChoiceAndANote() throws {
        let copy = try E.Copy()
        let session = try copy.session()
        let b = BoardSession(session: session, shared: false, width: 120, height: 40)
        E.detail(b, "maja"); b.key(.char("X"))
        #expect(b.state.form?.kind == .discharge)
        // The defaults (goals met, to the outreach service), no note, not anyway: refused, naming what is missing.
        b.key(.tab); b.key(.tab); b.key(.tab); b.key(.tab); E.type(b, "mø"); b.key(.enter)
        #expect(b.state.form?.kind == .discharge, "still open after the refusal")
        #expect((b.state.form?.error ?? "").contains("avtalt oppfølging, dato, samtykke"), "\(b.state.form?.error ?? "")")
        #expect(try session.store.loadYouth("maja").phase == .dischargePhase)
        b.key(.escape)
        E.detail(b, "maja"); b.key(.char("X"))
        E.choose(b, field: "reason", value: "declined-further-help"); b.key(.tab)
        E.choose(b, field: "to", value: "none"); b.key(.tab)
        E.type(b, "Ønsker ikke overføring"); b.key(.tab)
        E.choose(b, field: "anyway", value: "yes"); b.key(.tab)
        E.type(b, "mø"); b.key(.enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        let y = try session.store.loadYouth("maja")
        #expect(y.phase == .discharged && y.dischargeReason == .declinedFurtherHelp && y.dischargeTo == DischargeDestination.none)
        #expect(y.dischargeNote == "Ønsker ikke overføring" && y.dischargeHandoverMissing == [.followUp, .date, .consent])
    }
}
