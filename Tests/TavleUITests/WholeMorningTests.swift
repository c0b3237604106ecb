import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// Issue 18, the whole morning from the board: every write of the command line has a key (or is
/// on the issue's list left to the command line), the hints never offer a key the view refuses,
/// `s` is a choice that never drops a youth out of crisis by accident, `u` undoes everywhere,
/// the minutes follow the meeting, and the demo never holds today's meeting.
@Suite(.serialized) struct WholeMorningTests {
    static let now = "2026-11-22T09:00:00+01:00"
    static let env = ["TAVLE_TODAY": "2026-11-22", "TAVLE_NOW": now, "HOME": NSTemporaryDirectory()]

    // MARK: Every write of the command line, on the board

    /// The command line's commands, as the real binary describes its own command tree.
    static func commandLineCommands(_ binary: String) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--experimental-dump-help"]
        // Into a file, not a pipe: reading a pipe to its end can be interrupted by a signal (EINTR)
        // while other tests run processes, which Foundation turns into a crash of the whole run.
        let path = FileManager.default.temporaryDirectory.path + "/tavle-dump-help-" + UUID().uuidString
        FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var found: [String] = []
        func walk(_ c: [String: Any], _ path: [String]) {
            for sub in c["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, name != "help" else { continue }
                found.append((path + [name]).joined(separator: " "))
                walk(sub, path + [name])
            }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return found
    }

    @Test("every write command of the command line has a key on the board, or is on the issue's list left to it")
    func everyWriteHasAKey() throws {
        let binary = try #require(TmuxEndToEndTests.binary, "the tavle executable is not built")
        let commands = try Self.commandLineCommands(binary)
        #expect(commands.contains("crisis-plan") && commands.contains("meeting start") && commands.contains("rota set"), "\(commands)")
        #expect(CommandCoverage.problems(commands: commands) == [])
        // The check bites: a new write command nobody gave a key fails it, and so does a key taken away.
        #expect(CommandCoverage.problems(commands: commands + ["goals"]).contains { $0.hasPrefix("tavle goals: not classified") })
        // Each key the table names writes through the core (✎), except opening the meeting (its start dialog writes).
        for case (let command, .key(let c)) in CommandCoverage.table {
            let bindings = Keymap.bindings.filter { $0.command == c }
            #expect(!bindings.isEmpty, "tavle \(command)")
            #expect(c == .meeting || bindings.allSatisfy(\.writes), "tavle \(command): \(c) is marked as a write")
        }
        // Only the issue's list is left to the command line.
        for case (let command, .commandLineOnly) in CommandCoverage.table { #expect(CommandCoverage.isExempt(command), "\(command)") }
        // The start dialog has the time box (`meeting start --minutes`).
        var s = try demoState()
        press(&s, .char("m"))
        #expect(s.form?.field("minutes") != nil)
        // docs/keymap.md lists them (it is generated; KeymapTests checks it is current).
        #expect(KeymapDoc.markdown().contains("| `tavle crisis-plan` | `K` |"))
    }

    @Test("every reserved key is bound now (M and W went to issue 22, L and R to issue 21, T, N and Q to issue 23, F to issue 24)")
    func reservedKeysAreFree() {
        #expect(Keymap.reserved.isEmpty)
        for (key, purpose) in Keymap.reserved {
            for ctx in KeyContext.allCases {
                #expect(Keymap.binding(for: .char(key), in: ctx).map { b in b.keys.contains(.printable) } ?? true,
                        "\(key) is kept for \(purpose), but \(ctx) binds it")
            }
        }
        // And the issue's keys are where it says.
        let keys: [(Character, [KeyContext], Command)] = [
            ("K", [.board, .detail, .meeting], .crisisPlan), ("E", [.board, .detail, .meeting], .evaluatePeriod),
            ("r", [.board, .detail, .meeting], .markReviewed), ("c", [.board, .detail], .logContact), ("a", [.board, .detail, .meeting], .setPlan),
            ("C", [.detail], .consent), ("H", [.detail], .handover), ("V", [.board, .dayPlan], .rotaChange), ("m", [.board], .meeting),
            ("+", [.board], .addYouth), ("e", [.detail], .editField), ("O", [.detail], .orders), ("P", [.detail], .services),
            ("X", [.detail], .discharge), ("s", [.board, .detail, .meeting], .chooseStatus), ("w", [.minutes, .detail], .markDocumented),
            ("u", [.board, .detail, .meeting, .dayPlan, .stats, .minutes], .undo),
            ("F", [.board, .dayPlan, .stats, .caseload], .fidelity),
        ]
        for (key, contexts, command) in keys {
            for ctx in contexts { #expect(Keymap.binding(for: .char(key), in: ctx)?.command == command, "\(key) in \(ctx)") }
        }
    }

    // MARK: Honest hints

    /// Texts that mean a key was refused (by a binding's need, or by `update` itself).
    static func refusals(_ s: AppState) -> [String] {
        let lang = s.language
        return [Texts.text(.msgNoSelection, lang), Texts.text(.meetingNobodyCurrent, lang), Texts.text(.meetingNoneShared, lang),
                Texts.text(.meetingIsEnded, lang), Texts.text(.readonlyShared, lang), Texts.text(.msgSharedInitials, lang),
                Texts.text(.refuseFollowsChair, lang), Texts.text(.detailLoading, lang), Texts.text(.minutesLoading, lang),
                Texts.text(.minutesAllDocumented, lang)]
            + [Texts.text(.msgAllDocumented, lang, ["§"]), Texts.text(.msgNotOnBoard, lang, ["§"])].map { String($0.split(separator: "§").last ?? "") }
    }

    /// The views and states a hint could lie in.
    static func scenarios() throws -> [(String, AppState)] {
        var out: [(String, AppState)] = []
        out.append(("board", try demoState()))
        var empty = try demoState()
        press(&empty, .char("/")); type(&empty, "zzz"); press(&empty, .enter)
        out.append(("board, nothing selected", empty))
        out.append(("shared board", try demoState(shared: true)))
        var readOnly = AppState(board: try demoBoard(), language: .nb, readOnlyReason: "Du står ikke på teamet.")
        readOnly.width = 80; readOnly.height = 24
        out.append(("board, read-only", readOnly))
        let (_, youths) = try Demo.load(today: demoToday)
        for (id, shared) in [("kristian", false), ("filip", false), ("kristian", true)] {
            var d = try demoState(shared: shared)
            select(&d, id)
            press(&d, .enter)
            (d, _) = BoardApp.update(d, .detailLoaded(youths.first { $0.id == id }!))
            out.append(("detail \(id)\(shared ? " shared" : "")", d))
        }
        var open = try MeetingTests().meetingState()
        out.append(("meeting", open))
        open.meeting.currentID = "thea"
        out.append(("meeting, a youth not on the board", open))
        out.append(("meeting, shared", try MeetingTests().meetingState(shared: true)))
        var ended = try MeetingTests().meetingState()
        ended.meeting.record?.ended = Timestamp.local(day: demoToday, minutes: 9 * 60 + 20, in: ended.board.team.zone)
        out.append(("meeting after its end", ended))
        var minutes = ended
        minutes.mode = .minutes
        minutes.minutes.record = MeetingMinutes(meeting: ended.meeting.record!, team: ended.board.team,
                                                youths: Dictionary(uniqueKeysWithValues: youths.map { ($0.id, $0) }),
                                                labels: ended.labels)
        out.append(("minutes, nothing to write into the record", minutes))
        for key: Character in ["d", "S"] {
            var p = try demoState()
            press(&p, .char(key))
            out.append(("page \(key)", p))
        }
        return out
    }

    @Test("the hint bar never offers a key the view then refuses")
    func hintsAreHonest() throws {
        for (name, state) in try Self.scenarios() {
            var s = state
            _ = BoardApp.present(&s)
            let refused = Self.refusals(s)
            for b in HintBar.hints(s) {
                guard case .key(let key) = b.keys[0] else { continue }
                var t = s
                press(&t, key)
                let text = t.message?.text ?? ""
                #expect(t.message?.isError != true, "\(name): \(Keymap.name(b.keys[0], .nb)) offered, then: \(text)")
                #expect(!refused.contains { !$0.isEmpty && text.contains($0) }, "\(name): \(Keymap.name(b.keys[0], .nb)) offered, then: \(text)")
            }
        }
        // The cases the issue names: after the end no b or Enter; on the shared screen no p and no m
        // without a meeting; with nothing selected no n.
        let hints = { (s: AppState) in HintBar.hints(s).map(\.command) }
        let all = Dictionary(try Self.scenarios(), uniquingKeysWith: { a, _ in a })
        #expect(!hints(all["meeting after its end"]!).contains(.recordDecision) && !hints(all["meeting after its end"]!).contains(.discussedNext))
        #expect(!hints(all["shared board"]!).contains(.toggleNames) && !hints(all["shared board"]!).contains(.meeting))
        #expect(!hints(all["detail kristian shared"]!).contains(.toggleNames))
        #expect(!hints(all["board, nothing selected"]!).contains(.addNote))
        #expect(!hints(all["minutes, nothing to write into the record"]!).contains(.markDocumented))
        #expect(!hints(all["detail filip"]!).contains(.markDocumented), "Filip has no decision to mark")
    }

    // MARK: A status never drops from crisis by one stray key (issue 13, point 6)

    final class Dir {
        let path = FileManager.default.temporaryDirectory.path + "/tavle-morning-" + UUID().uuidString
        var data: String { path + "/data" }
        init() throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try Demo.install(at: data, today: demoToday, user: Session.currentUnixUser(), environment: WholeMorningTests.env)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func session() throws -> Session { try Session.open(dataFlag: data, langFlag: "nb", actAs: nil, environment: WholeMorningTests.env) }
    }

    static func tap(_ b: BoardSession, _ keys: Key...) { for k in keys { b.key(k) } }
    static func write(_ b: BoardSession, _ text: String) { for ch in text { b.key(.char(ch)) } }
    static func goTo(_ b: BoardSession, _ id: String) {
        b.key(.home)
        for _ in 0..<40 where b.state.selectedID != id { b.key(.down) }
    }

    @Test("s then Esc on a youth in crisis leaves the file as it was")
    func statusEscChangesNothing() throws {
        let dir = try Dir()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        let file = session.store.youthPath("sofie")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let journal = session.store.journal.size()
        Self.goTo(b, "sofie")
        Self.tap(b, .char("s"))
        #expect(b.state.form?.kind == .status && b.state.form?.value("status") == "crisis", "the current status is chosen")
        // Stray keys inside the choice, a reason half typed, then Esc.
        Self.tap(b, .right, .char("1"), .enter)
        Self.write(b, "skrev feil")
        Self.tap(b, .escape)
        #expect(b.state.form == nil && b.state.message?.text == Texts.text(.msgCancelled, .nb))
        // And a stray `s` Enter with crisis still chosen saves nothing either.
        Self.tap(b, .char("s"), .enter)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "the file is byte for byte the same")
        #expect(session.store.journal.size() == journal, "nothing journaled")
        #expect(try session.store.loadYouth("sofie").status == .crisis)
    }

    @Test("leaving krise asks for the reason; it is kept in the journal and, in the meeting, in the minutes")
    func leavingCrisisAsksWhy() throws {
        let dir = try Dir()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        Self.goTo(b, "sofie")
        Self.tap(b, .char("s"))
        #expect(b.state.form?.shownIndices.count == 1, "no reason asked while crisis is chosen")
        Self.tap(b, .char("2"))
        #expect(b.state.form?.shownIndices.map { b.state.form!.fields[$0].id } == ["status", "why"], "leaving crisis asks why")
        #expect(b.screen.contains("Hvorfor ikke krise lenger"))
        Self.tap(b, .enter, .enter)
        #expect(b.state.form?.error?.contains("begrunnelse") == true && b.state.form?.focusedField?.id == "why",
                "the core refuses it without a reason: \(b.state.form?.error ?? "")")
        #expect(try session.store.loadYouth("sofie").status == .crisis)
        Self.write(b, "Roligere etter samtale med mor")
        Self.tap(b, .enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        #expect(try session.store.loadYouth("sofie").status == .worried)
        let last = try #require(session.store.journal.lastEntry())
        #expect(last.action == "status" && last.why == "Roligere etter samtale med mor")
        // Coming off the board in crisis asks for both, the status after it and why.
        Self.goTo(b, "kristian")
        Self.tap(b, .char("s"), .char("3"), .enter)
        #expect(try session.store.loadYouth("kristian").status == .crisis)
        Self.tap(b, .char("i"))
        #expect(b.state.form?.kind == .takeOffBoard && b.state.form?.fields.map(\.id) == ["status", "why", "note"])
        Self.tap(b, .char("1"), .tab)
        Self.write(b, "Krisen er over")
        Self.tap(b, .enter, .enter)
        let k = try session.store.loadYouth("kristian")
        #expect(k.mode == .caseManagement && k.status == .stable, "\(b.state.form?.error ?? "")")
        #expect(session.store.journal.lastEntry()?.why == "Krisen er over")
    }

    // MARK: u in every view

    @Test("u undoes your last change in every view, the meeting and the minutes included")
    func undoEverywhere() throws {
        var states = try Self.scenarios().filter { !$0.0.contains("shared") && !$0.0.contains("read-only") }.map(\.1)
        var minutes = try MeetingTests().meetingState()
        minutes.mode = .minutes
        states.append(minutes)
        for var s in states {
            let context = s.keyContext
            #expect(press(&s, .char("u")) == [.undo], "\(context)")
        }
        // And through the real store, in the meeting view: the decision just made is taken back.
        let dir = try Dir()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        Self.tap(b, .char("m"), .enter, .enter, .enter, .char("b"))
        Self.write(b, "Feil ungdom")
        Self.tap(b, .enter)
        #expect(try session.store.meeting(on: demoToday)?.item("sofie").decisions.count == 1)
        Self.tap(b, .char("u"))
        #expect(b.state.mode == .meeting && b.state.message?.text.hasPrefix("Angret: beslutning") == true, "\(b.state.message?.text ?? "")")
        #expect(try session.store.meeting(on: demoToday)?.item("sofie").decisions.isEmpty == true)
        #expect(try session.store.loadYouth("sofie").shownNotes.allSatisfy { $0.text != "Feil ungdom" })
    }

    // MARK: The demo never holds today's meeting

    @Test("the demo never holds today's meeting: on any day a new user can start one")
    func theDemoHoldsNoMeetingToday() throws {
        for today in [demoToday, Day(year: 2027, month: 3, day: 1)!, Day(year: 2026, month: 12, day: 24)!] {
            let path = FileManager.default.temporaryDirectory.path + "/tavle-demo-day-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: path) }
            let env = ["TAVLE_TODAY": today.iso, "HOME": NSTemporaryDirectory()]
            let store = try Demo.install(at: path, today: today, user: Session.currentUnixUser(), environment: env)
            #expect(try store.meeting(on: today) == nil, "\(today.iso)")
            let session = try Session.open(dataFlag: path, langFlag: "nb", actAs: nil, environment: env)
            let b = BoardSession(session: session, shared: false)
            b.key(.char("m"))
            #expect(b.state.form?.kind == .startMeeting, "\(today.iso): m starts the meeting")
        }
    }

    // MARK: After the meeting: the minutes, and what must go into the patient record

    /// A meeting run from the board alone: a decision, the crisis plan, an evaluation, a plan, every
    /// board youth discussed, then the end.
    static func runMeeting(_ b: BoardSession) {
        tap(b, .char("m"), .enter, .enter, .enter)
        // Sofie: a decision.
        tap(b, .char("b")); write(b, "Daglig kontakt, ny kriseplan med mor"); tap(b, .enter)
        tap(b, .enter)
        // Kristian: the crisis plan he lacks (gone through today, whom to call).
        tap(b, .char("K"), .tab); write(b, "Far ringer bakvakt"); tap(b, .enter)
        tap(b, .enter)
        // Mathias: the board period evaluated, its conclusion a decision.
        tap(b, .char("E")); write(b, "Går bra, vurdere casemanagement"); tap(b, .enter, .enter)
        tap(b, .enter)
        // Amina: who sees her today.
        tap(b, .char("a")); write(b, "1300"); tap(b, .tab); write(b, "Skolen"); tap(b, .enter)
        tap(b, .enter)
        tap(b, .char("e"))
    }

    @Test("after the meeting m shows the minutes, the same as tavle export minutes, then what must go into the record; w marks one")
    func theMinutesAfterTheMeeting() throws {
        let binary = try #require(TmuxEndToEndTests.binary, "the tavle executable is not built")
        let dir = try Dir()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        Self.runMeeting(b)
        #expect(b.state.mode == .minutes, "\(b.state.message?.text ?? "")")
        let m = try #require(b.state.minutes.record)
        #expect(m.discussedCount == 4 && m.boardCount == 4 && !m.isOpen)
        #expect(m.pending.map(\.decision.text) == ["Daglig kontakt, ny kriseplan med mor", "Går bra, vurdere casemanagement"])
        #expect(m.discussed.first { $0.youth.id == "kristian" }?.changes.map(\.field) == ["crisisPlan"])
        #expect(m.discussed.first { $0.youth.id == "mathias" }?.changes.map(\.field) == ["evaluate"])
        try Snapshot.check(b.screen, "minutes-80x24")

        // The same model as `tavle export minutes`: every line of its content is in the view.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["export", "minutes", "--names", "--format", "markdown", "--data", dir.data]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in Self.env { env[k] = v }
        env["TAVLE_LANG"] = nil
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let markdown = String(decoding: out.fileHandleForReading.readAllRetryingInterrupts(), as: UTF8.self)
        p.waitUntilExit()
        let view = MinutesView.lines(b.state, width: 200).map(\.text).joined(separator: "\n")
        for line in markdown.split(separator: "\n") where line.hasPrefix("- ") {
            let item = line.dropFirst(2).replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "**", with: "")
            let text = item.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? item
            #expect(view.contains(text), "«\(text)» of the export is in the minutes view")
        }

        // w: the oldest decision first; Enter marks it, in the youth's record.
        b.key(.char("w"))
        #expect(b.state.form?.kind == .minutesDocumented)
        b.key(.enter)
        #expect(b.state.form == nil, "\(b.state.form?.error ?? "")")
        let note = try #require(m.pending.first?.decision.note)
        #expect(try session.store.loadYouth("sofie").shownNotes.first { $0.id == note }?.documented != nil)
        #expect(b.state.minutes.record?.pending.count == 1, "the minutes follow")
        #expect(session.store.journal.lastEntry()?.action == "documented")

        // Esc to the board; m brings the minutes back (today's meeting has ended).
        b.key(.escape)
        #expect(b.state.mode == .board)
        b.key(.char("m"))
        #expect(b.state.mode == .minutes && b.state.minutes.record?.pending.count == 1)
        b.resize(width: 60, height: 16)
        try Snapshot.check(b.screen, "minutes-60x16")

        // The shared screen: the minutes without decision text or full names.
        let shared = BoardSession(session: try dir.session(), shared: true)
        shared.key(.char("m"))
        #expect(shared.state.mode == .minutes)
        let wall = shared.screen
        #expect(!wall.contains("Daglig kontakt") && !wall.contains("Sofie Bakke") && wall.contains("SB"))
        #expect(shared.state.keyContext == .minutes && HintBar.hints(shared.state).allSatisfy { !$0.writes })
    }
}
