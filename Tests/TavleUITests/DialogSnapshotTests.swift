import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// Every dialog issue 18 added, as the user sees it at 80×24 and at the projector minimum of
/// 60×16 (Snapshots/dialog-*.txt; re-record with TAVLE_RECORD=1). Each opens through its key on
/// the demo team, so the snapshot also shows what the key opens.
@Suite struct DialogSnapshotTests {
    static let sizes = [(80, 24), (60, 16)]

    /// The demo state at `w`×`h` with `youth` selected (and its detail view open when `detail`),
    /// after `keys`.
    func opened(_ youth: String?, detail: Bool = false, keys: [Key], w: Int, h: Int, prepare: (inout AppState) -> Void = { _ in })
        throws -> AppState {
        var s = try demoState(width: w, height: h)
        s.now = Timestamp.local(day: demoToday, minutes: 9 * 60, in: s.board.team.zone)
        prepare(&s)
        if let youth { select(&s, youth) }
        if detail, let youth {
            press(&s, .enter)
            let (_, youths) = try Demo.load(today: demoToday)
            (s, _) = BoardApp.update(s, .detailLoaded(youths.first { $0.id == youth }!))
        }
        for k in keys { press(&s, k) }
        return s
    }

    func check(_ name: String, _ youth: String?, detail: Bool = false, _ keys: [Key], kind: FormKind,
               prepare: @escaping (inout AppState) -> Void = { _ in }, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (w, h) in Self.sizes {
            let s = try opened(youth, detail: detail, keys: keys, w: w, h: h, prepare: prepare)
            #expect(s.form?.kind == kind, "\(name) at \(w)×\(h): \(s.message?.text ?? "")", sourceLocation: sourceLocation)
            let screen = render(s)
            // Every field shown is whole, its label and its row; the box stays above the hint bar.
            if let f = s.form {
                for i in f.shownIndices {
                    #expect(screen.contains(Texts.text(f.fields[i].label, .nb)), "\(name) \(w)×\(h): label \(f.fields[i].id)",
                            sourceLocation: sourceLocation)
                }
            }
            #expect(screen.line(h - 1).contains("Esc avbryt"), sourceLocation: sourceLocation)
            try Snapshot.check(screen, "dialog-\(name)-\(w)x\(h)", sourceLocation: sourceLocation)
        }
    }

    @Test func status() throws {
        try check("status", "kristian", [.char("s")], kind: .status)
        try check("status-leaving-crisis", "sofie", [.char("s"), .char("2")], kind: .status)
        try check("take-off-in-crisis", "sofie", [.char("i")], kind: .takeOffBoard)
    }

    @Test func contactAndPlan() throws {
        try check("contact", "ida", [.char("c")], kind: .contact)
        try check("plan", "ida", [.char("a")], kind: .plan)
    }

    @Test func crisisPlanEvaluationReview() throws {
        try check("crisis-plan", "sofie", [.char("K")], kind: .crisisPlan)
        try check("evaluate", "mathias", [.char("E")], kind: .evaluate)
        try check("reviewed", "ida", [.char("r")], kind: .reviewed)
    }

    @Test func theYouthsPath() throws {
        try check("consent", "ida", detail: true, [.char("C")], kind: .consent)
        try check("handover", "maja", detail: true, [.char("H")], kind: .handover)
        try check("orders", "eirik", detail: true, [.char("O")], kind: .orders)
        try check("services", "maja", detail: true, [.char("P")], kind: .services)
        try check("set-field", "ida", detail: true, [.char("e")], kind: .setField)
        try check("discharge", "maja", detail: true, [.char("X")], kind: .discharge)
    }

    @Test func aNewYouthTheRotaTheMeeting() throws {
        try check("add-youth", nil, [.char("+")], kind: .addYouth)
        try check("rota-change", nil, [.char("V")], kind: .rotaChange, prepare: { s in s.rota = try? MeetingTests().sundayRota(s.board.team) })
        try check("start-meeting", nil, [.char("m")], kind: .startMeeting)
    }
}
