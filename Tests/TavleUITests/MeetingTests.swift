import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// The morning meeting in the board: driven through the keymap, `update`, the effect runner and
/// the core on a real demo directory, with the stored meeting record checked afterwards.
@Suite(.serialized) struct MeetingTests {
    func keys(_ b: BoardSession, _ keys: Key...) { for k in keys { b.key(k) } }
    func type(_ b: BoardSession, _ text: String) { for ch in text { b.key(.char(ch)) } }

    /// `m`, then Enter through the start dialog (chair: the user; everyone present; the team's time box).
    func start(_ b: BoardSession) {
        keys(b, .char("m"))
        #expect(b.state.form?.kind == .startMeeting)
        keys(b, .enter, .enter, .enter)
    }

    @Test func aFullMeetingDiscussesEveryBoardYouthRecordsDecisionsAndEnds() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let me = try #require(session.actor?.staff)
        let b = BoardSession(session: session, shared: false)
        let boardIDs = b.state.board.intensive.map(\.id)
        #expect(boardIDs.count == 4)
        start(b)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        #expect(b.state.mode == .meeting)
        #expect(b.state.meeting.currentID == boardIDs[0], "the most urgent youth comes first")
        #expect(b.screen.contains("0 av 4 drøftet") && b.screen.contains("Hva trengs?") && b.screen.contains("Er familien nok involvert?"))
        #expect(b.screen.contains("⏱ 15:00 igjen"))
        #expect(session.store.currentYouth(day: demoToday)?.youth == boardIDs[0], "the shared screen is told who is discussed")

        // Each board youth: a decision, for the first also today's plan, then discussed → next.
        var discussed: [String] = []
        while let id = b.state.meeting.currentID, b.state.agenda.section(.board).contains(where: { $0.id == id && $0.outcome == nil }) {
            keys(b, .char("b"))
            #expect(b.state.form?.kind == .decision)
            type(b, "Beslutning for \(id): daglig kontakt")
            keys(b, .enter)
            #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
            if discussed.isEmpty {
                keys(b, .char("a"))
                // Who sees the youth starts on the primary contact; the user takes it here.
                for _ in 0..<20 where b.state.form?.value("staff") != me { keys(b, .backTab, .backTab, .right, .tab, .tab) }
                type(b, "1400")
                keys(b, .enter, .enter)
                #expect(b.state.form == nil)
            }
            keys(b, .enter)
            discussed.append(id)
            #expect(b.screen.contains("\(discussed.count) av 4 drøftet"))
        }
        #expect(Set(discussed) == Set(boardIDs))
        // Then the youths due for review and those flagged to move up are on the agenda.
        #expect(b.screen.contains("TIL GJENNOMGANG") && b.screen.contains("LØFTE OPP?"))
        #expect(b.state.agenda.section(.moveUp).contains { $0.id == "filip" })
        // Every board youth is discussed: e ends without asking.
        keys(b, .char("e"))
        #expect(b.state.form == nil)
        #expect(b.state.mode == .minutes, "after the meeting: its minutes")
        #expect(b.state.message?.text.contains("Alle på tavla ble drøftet") == true, "\(b.state.message?.text ?? "")")

        let m = try #require(try session.store.meeting(on: demoToday))
        #expect(m.ended != nil && m.coveredEveryBoardYouth)
        #expect(m.chair == me && m.attendees.count == session.team.staff.filter(\.active).count)
        #expect(m.board == boardIDs)
        for id in boardIDs {
            let item = m.item(id)
            #expect(item.outcome == .discussed)
            #expect(item.decisions.map(\.text) == ["Beslutning for \(id): daglig kontakt"])
            // The decision is in the youth's own record too, waiting for the "written into the record" mark.
            let y = try session.store.loadYouth(id)
            #expect(y.notes.contains { $0.kind == .decision && $0.id == item.decisions[0].note && $0.documented == nil })
        }
        #expect(m.item(boardIDs[0]).plans.map(\.time) == ["14:00"])
        #expect(try session.store.loadYouth(boardIDs[0]).plans(on: demoToday).contains { $0.time == "14:00" && $0.staff == me })
        #expect(session.store.currentYouth(day: demoToday) == nil, "nobody is under discussion after the end")
        #expect(session.store.verify() == [])

        // One meeting a day: from the board, m now opens its minutes.
        keys(b, .escape)
        #expect(b.state.mode == .board)
        keys(b, .char("m"))
        #expect(b.state.mode == .minutes && b.screen.contains("Referat fra tavlemøtet") && b.screen.contains("avsluttet"))
        keys(b, .char("b"))
        #expect(b.state.form == nil, "no decision after the end")
    }

    @Test func endingWithUndiscussedBoardYouthsAsksAndRecordsThem() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        start(b)
        keys(b, .enter)  // the first youth discussed
        keys(b, .char("e"))
        #expect(b.state.form?.kind == .endMeeting)
        #expect(b.state.meeting.confirmEnd?.count == 3)
        #expect(b.screen.contains("3 av 4 ungdommer på tavla er ikke drøftet"))
        keys(b, .escape)
        #expect(b.state.form == nil && b.state.mode == .meeting)
        #expect(try session.store.meeting(on: demoToday)?.ended == nil, "Esc ends nothing")
        keys(b, .char("e"), .enter)
        let m = try #require(try session.store.meeting(on: demoToday))
        #expect(m.ended != nil && !m.coveredEveryBoardYouth)
        #expect(m.events.filter { $0.kind == .notDiscussed }.count == 3)
        #expect(b.state.message?.text.contains("3 på tavla ble registrert som ikke drøftet") == true)
    }

    @Test func aSecondMeetingIsRefusedWithTheCoresMessage() throws {
        let dir = try DemoDirectory()
        let a = BoardSession(session: try dir.session(), shared: false)
        let other = BoardSession(session: try dir.session(), shared: false)
        keys(a, .char("m"))
        #expect(a.state.form?.kind == .startMeeting)
        start(other)  // someone else started it meanwhile
        keys(a, .enter, .enter, .enter)
        let f = try #require(a.state.form, "the dialog stays open with the refusal")
        #expect(f.error?.contains("Det er allerede holdt et tavlemøte 22.11.2026") == true, "\(f.error ?? "")")
    }

    @Test func theSharedScreenFollowsTheMeetingAndNeverWrites() throws {
        let dir = try DemoDirectory()
        let chair = BoardSession(session: try dir.session(), shared: false)
        let sharedSession = try dir.session()
        let shared = BoardSession(session: sharedSession, shared: true)
        shared.tick()
        #expect(shared.state.mode == .board)
        start(chair)
        keys(chair, .down)  // the chair takes up the second youth first
        let current = try #require(chair.state.meeting.currentID)
        #expect(current == chair.state.board.intensive[1].id)
        #expect(shared.tick(), "the shared screen notices the meeting without a key")
        #expect(shared.state.mode == .meeting)
        #expect(shared.state.meeting.currentID == current)
        let screen = shared.screen
        let label = shared.state.labels[current]!
        let row = try #require(screen.row(containing: "◆ "), "the youth under discussion is marked")
        #expect(screen.line(row).contains(label))
        #expect(screen[1, row].style.reverse, "and highlighted")
        #expect(screen.contains("0 av 4 drøftet") && screen.contains("igjen") && screen.contains("DELT SKJERM"))
        #expect(!screen.contains(chair.state.board.entry(current)!.youth.name), "initials only")
        // The chair moves on; the shared screen follows.
        keys(chair, .enter)
        shared.tick()
        #expect(shared.state.meeting.currentID == chair.state.meeting.currentID)
        #expect(shared.screen.contains("1 av 4 drøftet"))
        // No key on the shared screen writes anything, and its runner refuses meeting writes.
        let journal = sharedSession.store.journal.size()
        let currentFile = try FileIO.read(sharedSession.store.currentYouthPath(demoToday))
        keys(shared, .down, .enter, .char("b"), .char("s"), .char("e"), .char("a"), .char("i"))
        #expect(shared.state.form == nil)
        #expect(shared.runner.perform(.meeting(.discussed(youth: current)))
            .contains { if case .meetingFailed = $0 { return true }; return false })
        #expect(shared.runner.perform(.meeting(.setCurrent(nil))).contains { if case .meetingFailed = $0 { return true }; return false })
        #expect(sharedSession.store.journal.size() == journal)
        #expect(try FileIO.read(sharedSession.store.currentYouthPath(demoToday)) == currentFile)
        // After the end the shared screen goes back to the board.
        keys(chair, .char("e"), .enter)
        shared.tick()
        #expect(shared.state.mode == .board)
    }

    @Test func theCountdownTurnsIntoAWarningWhenOverTime() throws {
        var s = try meetingState()
        s.now = Timestamp.local(day: demoToday, minutes: 9 * 60 + 12, in: s.board.team.zone)
        var screen = render(s)
        #expect(screen.line(0).contains("⏱ 5:00 igjen"))
        s.now = Timestamp.local(day: demoToday, minutes: 9 * 60 + 19, in: s.board.team.zone)
        screen = render(s)
        let line = screen.line(0)
        #expect(line.contains("⚠ 2:00 OVER TIDEN"), "\(line)")
        let x = try #require(line.firstIndex(of: "⚠").map { line.distance(from: line.startIndex, to: $0) })
        #expect(screen[x, 0].style.color == .red && screen[x, 0].style.bold, "colour and symbol")
    }

    @Test func anIntensiveYouthWithoutACrisisPlanIsCalledOutWithTonightsOnCall() throws {
        var s = try meetingState()
        s.rota = try sundayRota(s.board.team)
        s.meeting.currentID = "kristian"
        var screen = render(s)
        #expect(screen.contains("⚠ Ingen kriseplan"))
        #expect(screen.contains("Bakvakt i kveld: @IS"))
        s.meeting.currentID = "sofie"
        screen = render(s)
        #expect(screen.contains("Utenom kontortid: Mor ringer bakvakt"))
        #expect(!screen.contains("⚠ Ingen kriseplan"))
        // An outdated plan (older than the board period) is called out too.
        let (team, youths) = try Demo.load(today: demoToday)
        let changed = youths.map { y -> Youth in
            var y = y
            if y.id == "sofie" { y.crisisPlan = CrisisPlan(updated: Day(year: 2026, month: 1, day: 5)!, outOfHours: "Mor") }
            return y
        }
        s.replaceBoard(Board(team: team, youths: changed, today: demoToday))
        #expect(render(s).contains("⚠ Kriseplanen er eldre enn tavleperioden"))
    }

    @Test func aDecisionIsMarkedWrittenIntoTheRecordWithW() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        let count = try #require(b.state.undocumented[id: "sofie"], "the demo has a decision of Sofie's not in the record")
        let late = Documentation.undocumented([try session.store.loadYouth("sofie")], today: demoToday)
        #expect(late.count == count)
        let flag = try #require(b.screen.row(containing: "Sofie Bakke"))
        #expect(b.screen.line(flag).contains(" J "), "the row is flagged: \(b.screen.line(flag))")
        b.key(.char("g"))
        keys(b, .enter)
        #expect(BoardApp.view(b.state, width: 120, height: 40).contains("IKKE i journalen"))
        keys(b, .char("w"))
        let f = try #require(b.state.form)
        #expect(f.kind == .documented && f.value("note") == late[0].note)
        keys(b, .enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        let note = try #require(try session.store.loadYouth("sofie").notes.first { $0.id == late[0].note })
        #expect(note.documented != nil)
        #expect((b.state.undocumented[id: "sofie"] ?? 0) == count - 1)
        #expect(session.store.journal.lastEntry()?.action == "documented")
    }

    @Test func aBoardLeftOpenAcrossAnUpgradeSaysSoAndKeepsRunning() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        b.tick()
        // A newer tavle rewrites team.json with a schema this binary does not know.
        let path = session.store.teamPath
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let now = String(Team.schemaVersion)
        text = text.replacingOccurrences(of: "\"schema\" : " + now, with: "\"schema\" : 9").replacingOccurrences(of: "\"schema\":" + now, with: "\"schema\":9")
        try text.write(toFile: path + ".new", atomically: false, encoding: .utf8)
        rename(path + ".new", path)
        let journal = session.store.journal.size()
        b.tick()
        #expect(b.state.upgradeNotice?.contains("nyere tavle") == true)
        #expect(b.state.board.activeCount == 14, "the board still shows what it last read")
        #expect(b.screen.contains("nyere tavle") && b.screen.line(0).contains("BARE LESING"))
        b.key(.char("s"))
        #expect(session.store.journal.size() == journal, "and writes nothing")
        b.key(.char("m"))
        #expect(b.state.form == nil)
    }

    // MARK: Fixtures

    /// The demo board with a meeting started 09:02 (15 min) and Sofie discussed.
    func meetingState(shared: Bool = false) throws -> AppState {
        var s = try demoState(shared: shared)
        let zone = s.board.team.zone
        let start = Timestamp.local(day: demoToday, minutes: 9 * 60 + 2, in: zone)
        var m = Meeting(day: demoToday, chair: "ingrid", attendees: ["ingrid", "ole", "siri", "jonas"], started: start, minutes: 15,
                        board: s.board.intensive.map(\.id))
        var d = MeetingEvent(at: start, by: "ingrid", youth: "sofie", kind: .decision)
        d.text = "Daglig kontakt, mor ringer bakvakt ved uro"
        m.events.append(d)
        var e = MeetingEvent(at: start, by: "ingrid", youth: "sofie", kind: .discussed)
        e.seconds = 130
        m.events.append(e)
        (s, _) = BoardApp.update(s, .meetingLoaded(m, current: nil))
        s.mode = .meeting
        s.meeting.currentID = "kristian"
        s.meeting.since = start
        s.now = Timestamp.local(day: demoToday, minutes: 9 * 60 + 6, in: zone)
        return s
    }

    /// Ingrid on call and Ole on weekend duty on Sundays (the demo's today); the rest of the week
    /// covered too (Ingrid on call, Ole on the evening or weekend shift), so it has no gaps.
    func sundayRota(_ team: Team) throws -> Rota {
        var r = Rota()
        for w in Weekday.allCases {
            try r.setPattern(weekday: w, shift: .onCall, staff: ["ingrid"], team: team)
            try r.setPattern(weekday: w, shift: w.isWeekend ? .weekend : .evening, staff: ["ole"], team: team)
        }
        return r
    }
}
