import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// Issue 21 on the board: `L` shows each member's caseload (the core's `Caseload`, the figure
/// `tavle caseload` prints) and the referral queue; there `+` puts a referral in the queue and `R`
/// decides one, building the same core request as `tavle referral add|decide`. Never on the shared screen.
@Suite("caseload and referrals on the board", .serialized)
struct ReferralBoardTests {
    typealias E = ChangeEquivalenceTests

    @Test("L shows the caseload and the two waiting demo referrals with days waiting")
    func page() throws {
        let copy = try E.Copy()
        let b = BoardSession(session: try copy.session(), shared: false, width: 100, height: 30)
        b.key(.char("L"))
        #expect(b.state.mode == .caseload)
        let text = b.screen.text
        #expect(text.contains("Saksmengde og henvisninger"), "\(text)")
        #expect(text.contains("OB  Ole Bråten"), "\(text)")
        #expect(text.contains("HENVISNINGER I KØ: 2"), "\(text)")
        #expect(text.contains("Emma Nilsen") && text.contains("9 dager i kø") && text.contains("Tobias Eide") && text.contains("2 dager i kø"), "\(text)")
        // The listing is in the access log, with no youth named.
        let log = try String(contentsOfFile: copy.data + "/access.jsonl", encoding: .utf8)
        #expect(log.contains(#""how":"referrals""#))
        b.key(.escape)
        #expect(b.state.mode == .board)
    }

    @Test("+ puts a referral in the queue; R accepts Emma: she is taken in with the referral's id and details")
    func addAndAccept() throws {
        let copy = try E.Copy()
        let session = try copy.session()
        let b = BoardSession(session: session, shared: false, width: 100, height: 30)
        b.key(.char("L")); b.key(.char("+"))
        #expect(b.state.form?.kind == .addReferral)
        E.type(b, "Vera Testesen"); b.key(.tab)
        E.type(b, "03.03.2010"); b.key(.tab)
        E.choose(b, field: "from", value: "school"); b.key(.tab); b.key(.tab)
        E.type(b, "Helsesykepleier"); b.key(.enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        let vera = try #require(try session.store.referrals().referrals.first { $0.name == "Vera Testesen" })
        #expect(vera.from == .school && vera.received == demoToday && vera.contact == "Helsesykepleier" && vera.isWaiting)
        #expect(b.screen.text.contains("Vera Testesen"), "the page shows it after the change")

        b.key(.char("R"))
        #expect(b.state.form?.kind == .decideReferral)
        E.choose(b, field: "referral", value: "emma"); b.key(.tab)
        E.choose(b, field: "decision", value: "accept"); b.key(.tab)
        E.choose(b, field: "contact", value: "ole"); b.key(.tab)
        E.choose(b, field: "longTermNeed", value: "yes"); b.key(.tab)
        E.type(b, "Tas inn etter inntaksmøtet"); b.key(.enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        let y = try session.store.loadYouth("emma")
        #expect(y.name == "Emma Nilsen" && y.phase == .active && y.primaryContact == "ole" && y.intakeCriteria.longTermNeed == true)
        #expect(y.referral?.source == .school && y.referral?.received == demoToday.adding(days: -9))
        let r = try session.store.loadReferral("emma")
        #expect(r.decision == .accept && r.note == "Tas inn etter inntaksmøtet")
        #expect(!b.screen.text.contains("▸ Emma Nilsen") && b.screen.text.contains("▸ Tobias Eide"), "no longer waiting")
    }

    @Test("R declines Tobias to his GP: no youth is made; a refusal keeps the dialog open with the core's words")
    func decline() throws {
        let copy = try E.Copy()
        let session = try copy.session()
        let b = BoardSession(session: session, shared: false, width: 100, height: 30)
        b.key(.char("L")); b.key(.char("R"))
        E.choose(b, field: "referral", value: "tobias"); b.key(.tab)
        // Accepting with an explicit "no" to criterion 2 is refused by the core: the dialog stays.
        E.choose(b, field: "decision", value: "accept"); b.key(.tab); b.key(.tab)
        E.choose(b, field: "longTermNeed", value: "no"); b.key(.enter); b.key(.enter)
        #expect(b.state.form?.kind == .decideReferral && !(b.state.form?.error ?? "").isEmpty)
        #expect(try session.store.loadReferral("tobias").isWaiting)
        b.key(.escape)
        b.key(.char("R"))
        E.choose(b, field: "referral", value: "tobias"); b.key(.tab)
        E.choose(b, field: "decision", value: "decline"); b.key(.tab)
        E.choose(b, field: "to", value: "gp"); b.key(.enter); b.key(.enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        let r = try session.store.loadReferral("tobias")
        #expect(r.decision == .decline && r.sentTo == .gp)
        #expect(throws: TavleError.self) { try session.store.loadYouth("tobias") }
    }

    @Test("the shared screen refuses L: no referral name reaches it")
    func sharedScreen() throws {
        let copy = try E.Copy()
        let b = BoardSession(session: try copy.session(), shared: true, width: 100, height: 30)
        b.key(.char("L"))
        #expect(b.state.mode != .caseload)
        #expect(!b.screen.text.contains("Emma") && !b.screen.text.contains("Tobias"))
        #expect(b.screen.text.contains("vises ikke på fellesskjermen"), "\(b.screen.text)")
    }
}
