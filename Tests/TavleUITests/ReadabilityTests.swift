import Testing
import TavleCore
@testable import TavleUI

/// 80×24 with a real board: the chair can tell two Mathiases apart, safety lines are never cut,
/// dialog labels are never cut.
@Suite struct ReadabilityTests {
    let fixtures = MeetingTests()

    /// Puts `y` on the board on `day` through the core's change value, evaluated a week after today.
    func onBoard(_ y: inout Youth, _ reason: BoardReason, _ plan: String, on day: Day, team: Team) throws {
        let context = ChangeContext(actor: Actor(staff: "ingrid", unixUser: "ingrid"), now: Timestamp.local(day: day, minutes: 540, in: team.zone),
                                    today: day, team: team)
        try YouthChange.putOnBoard(reason: reason, plan: plan, evaluate: demoToday.adding(days: 7)).apply(to: &y, context)
    }

    /// The demo with four more Mathiases on the board (a 20-odd youth board, as the issue saw it).
    func manyMathiases() throws -> AppState {
        var (team, youths) = try Demo.load(today: demoToday)
        for (i, surname) in ["Kristiansen", "Haugland", "Kristoffersen", "Hansen"].enumerated() {
            var y = Youth(id: "mathias\(i)", name: "Mathias " + surname, born: Day(year: 2008, month: 3, day: 1 + i)!,
                          intake: demoToday.adding(days: -200))
            try onBoard(&y, .vulnerable, "Tett oppfølging", on: demoToday.adding(days: -3), team: team)
            y.crisisPlan = CrisisPlan(updated: demoToday.adding(days: -3))
            youths.append(y)
        }
        // And one who shares a whole name with another, told apart as the initials are (MK³).
        var twin = Youth(id: "mathias9", name: "Mathias Kristiansen", born: Day(year: 2010, month: 1, day: 1)!, intake: demoToday.adding(days: -90))
        try onBoard(&twin, .crisis, "x", on: demoToday, team: team)
        youths.append(twin)
        var s = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, actorStaff: "ingrid")
        let start = Timestamp.local(day: demoToday, minutes: 9 * 60, in: team.zone)
        let m = Meeting(day: demoToday, chair: "ingrid", attendees: ["ingrid"], started: start, minutes: 15, board: s.board.intensive.map(\.id))
        (s, _) = BoardApp.update(s, .meetingLoaded(m, current: nil))
        s.mode = .meeting
        s.meeting.currentID = "sofie"
        s.now = start
        return s
    }

    @Test func theChairsAgendaTellsEveryMathiasApartAt80x24() throws {
        let s = try manyMathiases()
        let screen = render(s)
        let aw = MeetingView.agendaWidth(80)
        let agenda = (0..<24).map { String(screen.line($0).prefix(aw - 1)) }.filter { $0.contains("M") && ($0.contains("·") || $0.contains("◆")) }
        let mathiases = agenda.filter { $0.contains("Mathias") || $0.contains("M. ") }
        #expect(mathiases.count == 6, "\(agenda)")
        #expect(Set(mathiases).count == mathiases.count, "no two lines alike: \(mathiases)")
        #expect(!mathiases.contains { $0.contains("…") }, "shortened as names are, never cut: \(mathiases)")
        #expect(mathiases.contains { $0.contains("M. Lønning") } && mathiases.contains { $0.contains("M. Haugland") })
        // The two Mathias Kristiansens keep the numbers of their labels (MK¹ and MK³; MK² is Kristoffersen).
        #expect(mathiases.contains { $0.contains("Mathias K.¹") } && mathiases.contains { $0.contains("Mathias K.³") },
                "the namesakes keep their labels' numbers: \(mathiases)")
    }

    @Test func safetyLinesWrapAndAreNeverCut() throws {
        var (team, youths) = try Demo.load(today: demoToday)
        let i = youths.firstIndex { $0.id == "sofie" }!
        let text = "Mor ringer bakvakt først, deretter legevakt 116 117; ved fare for liv ring 113 og AMK, si at Sofie har kriseplan hos FACT ung"
        youths[i].crisisPlan = CrisisPlan(updated: demoToday.adding(days: -2), outOfHours: text)
        var s = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, actorStaff: "ingrid")
        s.rota = try fixtures.sundayRota(team)
        let start = Timestamp.local(day: demoToday, minutes: 9 * 60, in: team.zone)
        let m = Meeting(day: demoToday, chair: "ingrid", attendees: ["ingrid"], started: start, minutes: 15, board: s.board.intensive.map(\.id))
        (s, _) = BoardApp.update(s, .meetingLoaded(m, current: nil))
        s.mode = .meeting
        s.meeting.currentID = "sofie"
        for (w, h) in [(80, 24), (60, 16), (120, 40)] {
            s.width = w; s.height = h
            let screen = render(s)
            let panel = (0..<h).map { String(screen.line($0).dropFirst(MeetingView.agendaWidth(w))) }.joined(separator: " ")
            let words = panel.split(separator: " ").joined(separator: " ")
            #expect(words.contains(text), "the out-of-hours text whole at \(w)×\(h)")
            #expect(words.contains("116 117") && words.contains("113 og AMK"), "the crisis numbers at \(w)×\(h)")
            #expect(words.contains("Bakvakt i kveld: @IS"), "tonight's on-call at \(w)×\(h)")
        }
        // The detail view too.
        var d = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, actorStaff: "ingrid")
        d.selectedID = "sofie"
        press(&d, .enter)
        (d, _) = BoardApp.update(d, .detailLoaded(youths[i]))
        let detail = (0..<24).map { render(d).line($0) }.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(detail.contains(text.split(separator: " ").prefix(12).joined(separator: " ")), "the detail view wraps it too")
    }

    @Test func dialogLabelsAreNeverCut() throws {
        let base = try demoState()
        let e = base.board.entry("sofie")!, f = base.board.entry("filip")!
        let team = base.board.team
        var forms: [Form] = [
            Form.putOnBoard(f, board: base.board, lang: .nb), Form.takeOffBoard(e, lang: .nb), Form.note(e, lang: .nb),
            Form.contact(e, team: team, actor: "ingrid", lang: .nb), Form.plan(e, team: team, actor: "ingrid", lang: .nb),
            Form.startMeeting(team: team, actor: "ingrid"), Form.decision(e), Form.status(e, lang: .nb),
            Form.crisisPlan(e, today: demoToday), Form.evaluate(e, board: base.board), Form.reviewed(e),
            Form.consent(e, today: demoToday, lang: .nb), Form.handover(e, lang: .nb), Form.orders(e, lang: .nb),
            Form.services(e, lang: .nb), Form.setField(e.youth, team: team, lang: .nb), Form.discharge(e, label: "SB", lang: .nb),
            Form.addYouth(team: team, actor: "ingrid", lang: .nb), Form.rotaChange(team: team, rota: nil, today: demoToday, lang: .nb),
        ]
        var leaving = Form.status(e, lang: .nb)
        leaving.choose("status", "worried")
        forms.append(leaving)
        var (_, youths) = try Demo.load(today: demoToday)
        let y = youths.first { $0.notes.contains { $0.kind == .decision && $0.documented == nil } }
        if let y, let doc = Form.documented(y, team: base.board.team, hideText: false) { forms.append(doc) }
        youths = []
        for lang in Language.allCases {
            for (w, h) in [(60, 16), (80, 24)] {
                for form in forms {
                    var s = try demoState(lang, width: w, height: h)
                    s.form = form
                    let screen = render(s)
                    for i in form.shownIndices {
                        let label = Texts.text(form.fields[i].label, lang)
                        #expect(screen.contains(label), "\(lang) \(w)×\(h) \(form.kind): «\(label)» whole")
                    }
                }
            }
        }
    }

    @Test func youthsWithTheSameFullNameAreToldApartEverywhere() throws {
        var s = try manyMathiases()
        s.mode = .board
        let screen = BoardApp.present(&s)
        let rows = (0..<24).map(screen.line).filter { $0.contains("Kristiansen") }
        // Numbered as their initials are: MK, MK² (Kristoffersen), MK³.
        #expect(s.labels["mathias9"] == "MK³")
        #expect(rows.count == 2 && rows.contains { $0.contains("Kristiansen³ ") }, "\(rows)")
        // The dialog names the same youth the same way.
        s.selectedID = "mathias9"
        press(&s, .char("n"))
        #expect(s.form?.youthID == "mathias9" && render(s).contains("Mathias Kristiansen³"))
        // Past the ninth namesake the whole label is used (`OS+13`, as the command line takes it).
        var g = generatedState(count: 1128)
        let repeated = Dictionary(grouping: g.board.all, by: \.youth.name).values.first { $0.count > 1 }!
        let labelled = repeated.map { g.label($0.youth) }
        #expect(Set(labelled).count == repeated.count, "\(labelled)")
        g.showNames = false
        #expect(repeated.allSatisfy { g.label($0.youth) == g.labels[$0.id] }, "initials as before")
    }
}
