import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// The keymap owns its policy: hint priority, writes, the shared screen's rule and what a key
/// needs are fields of the binding; no view or `update` keeps a side table of them. The symbol
/// legend exists once, and `update` works out no layout.
@Suite struct KeymapPolicyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TavleUI")

    /// The Swift files under Sources/TavleUI/<folder>, by name.
    func files(_ folder: String) throws -> [(String, String)] {
        let dir = Self.sources.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }.map {
            ($0, try String(contentsOfFile: dir.appendingPathComponent($0).path, encoding: .utf8))
        }
    }

    @Test func theSideTablesAreGone() throws {
        for (name, text) in try files("Views") + files("Update") + files("State") {
            // A hint ranked or a key singled out by name in a view or in update is a side table.
            #expect(!text.contains("\"hint."), "\(name) names a hint: the ranking belongs to the binding")
            #expect(text.range(of: #"\.command == \.[a-z]+"#, options: .regularExpression) == nil, "\(name) singles out a binding by its command")
            #expect(!text.contains("changesData"), "\(name): whether a key writes is the binding's `writes`")
            #expect(text.range(of: #"shared\s*&&[^\n]*\.(toggleNames|moveDown|moveUp)"#, options: .regularExpression) == nil,
                    "\(name) keeps the shared-screen rule of a key")
        }
        let hintBar = try String(contentsOfFile: Self.sources.appendingPathComponent("Views/HintBar.swift").path, encoding: .utf8)
        #expect(!hintBar.contains("rank"), "no hand-kept ranking in the hint bar")
    }

    @Test func updateWorksOutNoLayout() throws {
        for (name, text) in try files("Update") {
            for layout in ["BoardGeometry", "ListLayout", "ColumnLayout", "DetailView", "PageView", "HelpOverlay", "MeetingView.", "Dialogs"] {
                #expect(!text.contains(layout), "\(name) calls view layout (\(layout)); the view reports what update needs")
            }
        }
    }

    @Test func everyHintHasAPriorityAndTheBarFollowsIt() throws {
        // At 60 columns the board's bar keeps its essential hints and drops the extra ones.
        var s = try demoState(width: 60, height: 16)
        let bar = BoardApp.present(&s).line(15)
        let board = Keymap.bindings(in: .board).filter { $0.hint != nil }
        for b in board where b.priority == .essential {
            #expect(bar.contains(Texts.text(b.hint!, .nb)), "essential \(b.command) in «\(bar)»")
        }
        for b in board where b.priority == .extra {
            #expect(!bar.contains(" " + Texts.text(b.hint!, .nb) + " "), "extra \(b.command) left out of «\(bar)»")
        }
        // Changing a binding's field is all it takes: the bar reads the priority, nothing else.
        let essential = Set(board.filter { $0.priority == .essential }.map(\.command))
        #expect(essential == [.moveDown, .openDetail, .meeting, .help, .quit])
    }

    @Test func theSharedScreensRuleIsTheBindings() throws {
        var s = try demoState(shared: true)
        // p: refused with the binding's own reason; not offered in the bar; marked in the help.
        press(&s, .char("p"))
        #expect(s.message == StatusMessage(Texts.text(.msgSharedInitials, .nb), isError: true).stamped(s.now))
        #expect(!render(s).line(23).contains("navn"))
        let help = HelpOverlay.lines(.nb, shared: true, width: 200).map(\.text)
        #expect(help.contains { $0.contains("Initialer ⇄ fulle navn") && $0.contains("(ikke på delt skjerm)") })
        #expect(help.contains { $0.contains("Skriv et notat") && $0.contains("(ikke på delt skjerm)") })
        #expect(help.contains { $0.contains("Forrige ungdom i agendaen") && $0.contains("(ikke på delt skjerm)") })
        #expect(help.contains { $0.contains("Vis alt om ungdommen") && !$0.contains("(ikke på delt skjerm)") })
        // Writes are refused with the read-only reason (the shared screen's), before anything opens.
        press(&s, .char("n"))
        #expect(s.form == nil && s.message?.text == Texts.text(.readonlyShared, .nb))
        for b in Keymap.bindings where b.writes {
            #expect(b.refusal(in: s) != nil, "\(b.command) refused on the shared screen")
        }
        // In the meeting, choosing the youth is the chair's: ↓ is refused, with why.
        var m = try MeetingTests().meetingState(shared: true)
        let current = m.meeting.currentID
        press(&m, .down)
        #expect(m.meeting.currentID == current && m.message?.text == Texts.text(.refuseFollowsChair, .nb))
    }

    @Test func aBindingsNeedsAreItsDisabledReason() throws {
        var s = try demoState()
        press(&s, .char("/"))
        type(&s, "zzz")
        press(&s, .enter)
        #expect(s.visible.isEmpty)
        s.selectedID = nil
        #expect(press(&s, .char("n")).isEmpty)
        #expect(s.form == nil && s.message?.text == Texts.text(.msgNoSelection, .nb))
        #expect(!render(s).line(23).contains("notat"), "a key that cannot run is not offered")
    }

    @Test func helpOpensAtTheSectionOfTheCurrentView() throws {
        let cases: [(String, (inout AppState) -> Void)] = [
            ("Tavla", { _ in }),
            ("Detaljvisning", { s in select(&s, "sofie"); press(&s, .enter) }),
            ("Tavlemøtet", { s in s = try! MeetingTests().meetingState() }),
            ("dagsplan, teamets tall og referatet", { s in press(&s, .char("d")) }),
            ("dagsplan, teamets tall og referatet", { s in press(&s, .char("S")) }),
        ]
        for (title, go) in cases {
            var s = try demoState()
            go(&s)
            press(&s, .char("?"))
            let screen = BoardApp.present(&s)
            #expect(screen.line(2).contains(title), "? opens at «\(title)»: \(screen.line(2))")
            // And scrolls on from there.
            press(&s, .down)
            #expect(BoardApp.present(&s).line(2) != screen.line(2) || title == "Tavla")
        }
    }

    @Test func theLegendIsGeneratedOnceAndHoldsEverySymbolOnScreen() throws {
        // docs/keymap.md and the overlay print the same `Legend` (the overlay is checked in KeymapTests).
        let doc = KeymapDoc.markdown()
        for (en, nb) in zip(Legend.entries(.en), Legend.entries(.nb)) {
            #expect(doc.contains("| \(en.meaning) | \(nb.meaning) |"), "docs/keymap.md lists \(en.symbol)")
        }
        // Every symbol the views draw is explained: render each view of the demo and look.
        var screens: [Screen] = []
        var s = try demoState(width: 120, height: 40)
        screens.append(BoardApp.present(&s))
        screens.append(render(try demoState(width: 80, height: 24)))
        var detail = try demoState(width: 120, height: 40)
        let (_, youths) = try Demo.load(today: demoToday)
        for id in ["sofie", "maja", "kristian"] {
            select(&detail, id)
            press(&detail, .enter)
            (detail, _) = BoardApp.update(detail, .detailLoaded(youths.first { $0.id == id }!))
            screens.append(render(detail))
            press(&detail, .escape)
        }
        var meeting = try MeetingTests().meetingState()
        meeting.width = 120; meeting.height = 40
        screens.append(render(meeting))
        var ended = meeting
        ended.meeting.record?.ended = Timestamp.local(day: demoToday, minutes: 9 * 60 + 20, in: meeting.board.team.zone)
        screens.append(render(ended))
        for key in ["d", "S"] {
            var p = try demoState(width: 120, height: 40)
            press(&p, .char(Character(key)))
            if key == "S" { let stats = TeamStats(youths: youths, meetings: [], today: demoToday, team: p.board.team)
                (p, _) = BoardApp.update(p, .statsLoaded(stats))
            }
            screens.append(render(p))
        }
        var fidelity = try FidelityBoardTests.fidelityState(width: 120, height: 40)
        for _ in 0..<4 { screens.append(render(fidelity)); press(&fidelity, .pageDown) }
        var dialog = try demoState()
        press(&dialog, .char("m"))
        screens.append(render(dialog))
        let legend = (Legend.entries(.nb) + Legend.entries(.en)).map(\.symbol).joined(separator: " ")
        // Lines, arrows inside text and the bar chart's blocks draw; they are not symbols to explain.
        let drawing: (Unicode.Scalar) -> Bool = { (0x2500...0x259F).contains($0.value) || "→←⇄…–«»".unicodeScalars.contains($0) }
        var seen = Set<Character>()
        for screen in screens {
            for ch in screen.text where !seen.contains(ch) {
                seen.insert(ch)
                guard let u = ch.unicodeScalars.first, u.value > 0x7F, !drawing(u) else { continue }
                let kind = u.properties.generalCategory
                guard [.otherSymbol, .mathSymbol, .otherNumber, .otherPunctuation].contains(kind) else { continue }
                #expect(legend.contains(ch), "«\(ch)» is on screen but not in the legend")
            }
        }
        // The ASCII marks: `+1` in "I dag" and `!3` flags.
        let board = screens[1].text
        #expect(board.contains("+1") && legend.contains("+1"))
        #expect(seen.contains("■") && seen.contains("✓") && seen.contains("◆"), "the screens did show the symbols")
    }
}

extension StatusMessage {
    /// As `update` stamps a new message with the clock.
    func stamped(_ now: Timestamp?) -> StatusMessage {
        var m = self
        m.shownAt = now
        return m
    }
}
