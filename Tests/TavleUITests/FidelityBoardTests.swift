import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// Issue 24 on the board: `F` shows the fidelity evidence of the last 12 months, the core's
/// `FidelityReport` read by `Store.fidelity` (what `tavle fidelity` prints), with bar charts.
@Suite("fidelity on the board (F)", .serialized)
struct FidelityBoardTests {
    typealias E = ChangeEquivalenceTests

    /// The demo team's report as the board gets it, built from the demo's records without a disk.
    static func report(municipality: String? = nil) throws -> FidelityReport {
        let (team, youths) = try Demo.load(today: demoToday)
        let input = FidelityInput(youths: youths, meetings: [], rota: Rota(), team: team, today: demoToday)
        return FidelityReport(input, from: FidelityReport.defaultFrom(today: demoToday), to: demoToday, municipality: municipality)
    }

    static func fidelityState(width: Int, height: Int) throws -> AppState {
        var s = try demoState(width: width, height: height)
        let effects = press(&s, .char("F"))
        #expect(s.mode == .fidelity)
        #expect(effects == [.loadFidelity(municipality: nil)])
        (s, _) = BoardApp.update(s, .fidelityLoaded(try report()))
        return s
    }

    @Test("F on a demo directory loads the same report `tavle fidelity` builds, and shows its figures in the core's words")
    func liveReportIsTheCoreValue() throws {
        let copy = try E.Copy()
        let session = try copy.session()
        let b = BoardSession(session: session, shared: false, width: 100, height: 30)
        // Before the youth files are read, the terminal gets a frame to paint: the page, calculating.
        var painted: [String] = []
        b.beforeLongRead = { [unowned b] in painted.append(b.screen.text) }
        b.key(.char("F"))
        #expect(b.state.mode == .fidelity)
        #expect(painted.count == 1 && painted.first?.contains("Regner ut") == true, "\(painted)")
        let shown = try #require(b.state.fidelity)
        let core = try session.store.fidelity(team: session.team, today: session.today,
                                              from: FidelityReport.defaultFrom(today: session.today), to: session.today).report
        #expect(shown == core)
        let text = b.screen.text
        #expect(text.contains("Fidelity-evidens for FACT ung Nordbyen"), "\(text)")
        let discussed = try #require(core.item(.boardDiscussed))
        #expect(text.contains("Tavleungdommer drøftet") && text.contains(discussed.valueText(.nb)), "\(text)")
        // The demo's meeting of yesterday is read: its board youths are the pairs discussed.
        #expect((discussed.denominator ?? 0) > 0)
        b.key(.escape)
        #expect(b.state.mode == .board)
    }

    @Test("the board narrowed to a municipality asks for the report narrowed the same way")
    func municipality() throws {
        var s = try demoState()
        s.municipality = "Bærum"
        #expect(press(&s, .char("F")) == [.loadFidelity(municipality: "Bærum")])
    }

    @Test("F from the team's numbers and back: Esc returns to the board; S, L, d and m go on from F")
    func navigation() throws {
        var s = try demoState()
        press(&s, .char("S"))
        press(&s, .char("F"))
        #expect(s.mode == .fidelity)
        press(&s, .char("S"))
        #expect(s.mode == .stats)
        press(&s, .char("F"))
        press(&s, .escape)
        #expect(s.mode == .board)
    }

    @Test("at 80×24: every item's name whole (a long one goes on under itself), values beside")
    func fidelity80x24() throws {
        let screen = render(try Self.fidelityState(width: 80, height: 24))
        try Snapshot.check(screen, "fidelity-80x24")
        #expect(!screen.text.contains("…"))
        #expect(screen.text.contains("Tavledager med gjeldende") && screen.text.contains(" kriseplan "))
    }

    @Test("at 60×16 the names go above their values and nothing is cut")
    func fidelity60x16() throws {
        var s = try Self.fidelityState(width: 60, height: 16)
        try Snapshot.check(render(s), "fidelity-60x16")
        // Scrolled to the end: the charts and the pointer to the whole report are there.
        for _ in 0..<12 { press(&s, .pageDown) }
        let end = render(s).text
        #expect(end.contains("KONTAKTER PER ARENA") || end.contains("DAGER FRA HENVISNING"), "\(end)")
        #expect(end.contains("tavle fidelity --format html"), "\(end)")
    }

    @Test("a share's bar: █ up to the value, ┊ at a target above it, · for the rest (hand-counted)")
    func bar() {
        #expect(FidelityView.bar(0.5, top: 1, target: 0.8, cells: 10) == "█████···┊·")
        #expect(FidelityView.bar(0.9, top: 1, target: 0.8, cells: 10) == "█████████·")
        #expect(FidelityView.bar(0, top: 1, target: 1, cells: 10) == "·········┊")
        #expect(FidelityView.bar(12, top: 24, target: nil, cells: 8) == "████····")
    }

    @Test("many weekly bars on a narrow page: the last weeks that fit, and it says how many of how many")
    func manyBars() {
        let weeks = (1...60).map { FidelityBar("W\($0)", $0 == 60 ? 0.4 : 0.2) }
        let chart = FidelityChart(title: .fidelityChartBoardShare, bars: weeks, top: 1, target: 0.2, percent: true)
        let lines = FidelityView.bars(chart, width: 40, .nb).map(\.text)
        #expect(DisplayWidth.of(lines[0]) == 38)
        // Drawn against the highest week: the last (40 %) is a full block, the others (20 %) half.
        #expect(lines[0].hasSuffix("▄█"), "\(lines[0])")
        #expect(lines[1] == "de siste 38 av 60 ukene, W23–W60", "\(lines[1])")
        #expect(lines[2] == "20 %–40 % · mål 20 %", "\(lines[2])")
    }

    @Test("the shared screen may show F: figures only, no youth named")
    func sharedScreen() throws {
        let copy = try E.Copy()
        let b = BoardSession(session: try copy.session(), shared: true, width: 100, height: 30)
        b.key(.char("F"))
        #expect(b.state.mode == .fidelity)
        #expect(b.state.fidelity != nil)
        var text = b.screen.text
        for _ in 0..<6 { b.key(.pageDown); text += b.screen.text }
        let (_, youths) = try Demo.load(today: demoToday)
        for y in youths { #expect(!text.contains(y.name), "\(y.name) on the shared screen") }
    }
}
