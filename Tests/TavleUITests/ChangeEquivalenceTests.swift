import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// One change, one place (issue 14): every kind of change the board can make, made once through
/// the board (keys → dialog → `Store.apply`) and once through the command line (the real binary),
/// on two identical copies of the demo team at the same pinned moment, writes identical youth and
/// meeting files and identical journal entries (action word, fields, old and new values), apart
/// from random ids, time and author. The kinds come from the core's table (`ChangeKind`): a kind
/// with a board path and no script here fails the test.
@Suite("board and command line write the same", .serialized)
struct ChangeEquivalenceTests {
    static let now = "2026-11-22T09:00:00+01:00"
    static let env = ["TAVLE_TODAY": "2026-11-22", "TAVLE_NOW": now, "HOME": NSTemporaryDirectory()]

    /// A demo directory at the pinned moment.
    final class Copy {
        let path = FileManager.default.temporaryDirectory.path + "/tavle-eq-" + UUID().uuidString
        var data: String { path + "/data" }
        init() throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try Demo.install(at: data, today: demoToday, user: Session.currentUnixUser(), environment: ChangeEquivalenceTests.env)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func session() throws -> Session { try Session.open(dataFlag: data, langFlag: "nb", actAs: nil, environment: ChangeEquivalenceTests.env) }
    }

    /// How one kind of change is made on each side: keys on the board, arguments on the command line.
    struct Script {
        var prepare: (Store, Actor) throws -> Void = { _, _ in }
        var board: (BoardSession, StaffID) throws -> Void
        var cli: (StaffID) -> [String]
        var youth: String
    }

    static func choose(_ b: BoardSession, field: String, value: String) {
        for _ in 0..<20 where b.state.form?.value(field) != value { b.key(.right) }
    }

    static func type(_ b: BoardSession, _ text: String) { for ch in text { b.key(.char(ch)) } }

    static func select(_ b: BoardSession, _ id: String) {
        b.key(.home)
        for _ in 0..<40 where b.state.selectedID != id { b.key(.down) }
    }

    /// Opens the detail view of `id` (the keys of the youth's path live there).
    static func detail(_ b: BoardSession, _ id: String) {
        select(b, id)
        b.key(.enter)
    }

    nonisolated(unsafe) static let scripts: [ChangeKind: Script] = [
        .intensive: Script(board: { b, _ in
            select(b, "filip"); b.key(.char("i"))
            choose(b, field: "reason", value: "crisis"); b.key(.enter)
            type(b, "Daglig kontakt; bolig før jul"); b.key(.enter)
            b.key(.ctrl("u")); type(b, "1.12"); b.key(.enter)
        }, cli: { _ in ["intensive", "filip", "--reason", "crisis", "--plan", "Daglig kontakt; bolig før jul", "--evaluate", "1.12"] },
           youth: "filip"),
        .caseManagement: Script(board: { b, _ in
            select(b, "kristian"); b.key(.char("i")); type(b, "Roligere, tilbake i skolen"); b.key(.enter)
        }, cli: { _ in ["case-management", "kristian", "--note", "Roligere, tilbake i skolen"] }, youth: "kristian"),
        // `s` opens the choice of three; `3` picks crisis.
        .status: Script(board: { b, _ in select(b, "kristian"); b.key(.char("s")); b.key(.char("3")); b.key(.enter) },
                        cli: { _ in ["status", "kristian", "crisis"] }, youth: "kristian"),
        .note: Script(board: { b, _ in select(b, "ida"); b.key(.char("n")); type(b, "Hjemmebesøk, god samtale"); b.key(.enter) },
                      cli: { _ in ["note", "ida", "Hjemmebesøk, god samtale"] }, youth: "ida"),
        // How, with whom, when (a time typed), who (the user), the arena and a note.
        .contact: Script(board: { b, _ in
            select(b, "ida"); b.key(.char("c")); b.key(.char("3")); b.key(.tab); b.key(.char("2")); b.key(.tab)
            type(b, "815"); b.key(.tab); b.key(.tab); choose(b, field: "arena", value: "school"); b.key(.tab)
            type(b, "Skolen"); b.key(.tab); type(b, "Ringte mor"); b.key(.enter)
        }, cli: { _ in ["contact", "ida", "--kind", "attempt", "--with", "network", "--at", "8:15", "--arena", "school", "--where", "Skolen",
                        "--note", "Ringte mor"] },
           youth: "ida"),
        // School or work (`W` in the detail view): the status, from a day, a note.
        .school: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("W"))
            choose(b, field: "status", value: "nav-measure"); b.key(.enter)
            type(b, "1.11"); b.key(.enter); type(b, "Arbeidstrening"); b.key(.enter)
        }, cli: { _ in ["school", "ida", "nav-measure", "--since", "1.11", "--note", "Arbeidstrening"] }, youth: "ida"),
        // Who starts on the primary contact (Siri for Ida); a day other than today.
        .plan: Script(board: { b, _ in
            select(b, "ida"); b.key(.char("a")); b.key(.backTab); type(b, "23.11"); b.key(.tab); type(b, "930"); b.key(.tab)
            type(b, "Skolen"); b.key(.enter)
        }, cli: { _ in ["plan", "ida", "--who", "SL", "--when", "9:30", "--where", "Skolen", "--day", "23.11"] }, youth: "ida"),
        .reviewed: Script(board: { b, _ in select(b, "ida"); b.key(.char("r")); type(b, "Plan revidert"); b.key(.enter) },
                          cli: { _ in ["reviewed", "ida", "--note", "Plan revidert"] }, youth: "ida"),
        .evaluate: Script(board: { b, _ in
            select(b, "mathias"); b.key(.char("E")); type(b, "Går bra på skolen"); b.key(.tab); b.key(.ctrl("u")); type(b, "10.12")
            b.key(.enter)
        }, cli: { _ in ["evaluate", "mathias", "--note", "Går bra på skolen", "--next", "10.12"] }, youth: "mathias"),
        .crisisPlan: Script(board: { b, _ in
            select(b, "kristian"); b.key(.char("K")); b.key(.ctrl("u")); type(b, "20.11"); b.key(.tab); type(b, "Far ringer bakvakt")
            b.key(.enter)
        }, cli: { _ in ["crisis-plan", "kristian", "--updated", "20.11", "--out-of-hours", "Far ringer bakvakt"] }, youth: "kristian"),
        .order: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("O")); b.key(.tab); type(b, "Tvungent psykisk helsevern"); b.key(.tab); type(b, "1.3.2027")
            b.key(.enter)
        }, cli: { _ in ["order", "ida", "--kind", "Tvungent psykisk helsevern", "--expires", "1.3.2027"] }, youth: "ida"),
        .discharge: Script(board: { b, _ in
            detail(b, "lukas"); b.key(.char("X")); choose(b, field: "reason", value: "moved"); b.key(.tab)
            choose(b, field: "to", value: "gp"); b.key(.tab); type(b, "Flyttet til Bergen"); b.key(.tab)
            type(b, "lb"); b.key(.enter)
        }, cli: { _ in ["discharge", "lukas", "--reason", "moved", "--to", "gp", "--note", "Flyttet til Bergen"] }, youth: "lukas"),
        .set: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("e"))
            for _ in 0..<30 where b.state.form?.value("field") != "warning" { b.key(.right) }
            b.key(.tab); b.key(.ctrl("u")); type(b, "Ny jobb, lite søvn"); b.key(.enter)
        }, cli: { _ in ["set", "ida", "warning", "Ny jobb, lite søvn"] }, youth: "ida"),
        .consent: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("C")); b.key(.tab); choose(b, field: "party", value: "nav"); b.key(.tab); b.key(.tab)
            type(b, "20.11"); b.key(.tab); type(b, "Skole og arbeid"); b.key(.enter)
        }, cli: { _ in ["consent", "ida", "--to", "nav", "--by", "youth", "--on", "20.11", "--scope", "Skole og arbeid"] }, youth: "ida"),
        .goal: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("T")); type(b, "Fullføre skoleåret"); b.key(.enter)
        }, cli: { _ in ["goal", "add", "ida", "Fullføre skoleåret"] }, youth: "ida"),
        .service: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("P")); choose(b, field: "party", value: "outreach"); b.key(.tab); b.key(.char("1")); b.key(.enter)
        }, cli: { _ in ["service", "ida", "outreach"] }, youth: "ida"),
        // Maja's handover has a service and a contact; the follow-up, the day and the consent are added.
        .handover: Script(board: { b, _ in
            detail(b, "maja"); b.key(.char("H")); b.key(.tab); b.key(.tab); type(b, "Samtale hver uke i januar"); b.key(.tab)
            type(b, "15.12"); b.key(.tab); b.key(.char("2")); b.key(.enter)
        }, cli: { _ in ["handover", "maja", "--follow-up", "Samtale hver uke i januar", "--day", "15.12", "--consented", "yes"] },
           youth: "maja"),
        .decision: Script(prepare: { store, actor in
            try store.startMeeting(day: demoToday, chair: actor.staff, attendees: [], actor: actor)
        }, board: { b, _ in
            b.key(.char("m")); b.key(.char("b")); type(b, "Nettverksmøte med skolen"); b.key(.enter)
        }, cli: { _ in ["meeting", "decision", "sofie", "Nettverksmøte med skolen"] }, youth: "sofie"),
        // Issue 23: a person in the family and network (the detail view's N), and the four
        // questions answered in the meeting (Q: answered and discussed, as `meeting discuss` does).
        .network: Script(board: { b, _ in
            detail(b, "ida"); b.key(.char("N")); type(b, "Kari Strand"); b.key(.tab)
            choose(b, field: "relation", value: "mother"); b.key(.tab); choose(b, field: "parental", value: "yes"); b.key(.tab)
            type(b, "900 00 000"); b.key(.tab); choose(b, field: "mayShare", value: "yes"); b.key(.enter)
        }, cli: { _ in ["network", "add", "ida", "--name", "Kari Strand", "--relation", "mother", "--parental-responsibility",
                        "--phone", "900 00 000", "--may-share", "yes"] }, youth: "ida"),
        .answers: Script(prepare: { store, actor in
            try store.startMeeting(day: demoToday, chair: actor.staff, attendees: [], actor: actor)
        }, board: { b, _ in
            b.key(.char("m")); b.key(.char("Q")); type(b, "Mer kontakt med skolen"); b.key(.tab)
            choose(b, field: "treatment", value: "ok"); b.key(.tab); choose(b, field: "safety", value: "concern"); b.key(.tab)
            choose(b, field: "family", value: "ok"); b.key(.enter)
        }, cli: { _ in ["meeting", "discuss", "sofie", "--needs", "Mer kontakt med skolen", "--treatment", "ok", "--safety", "concern",
                        "--family", "ok"] }, youth: "sofie"),
        .documented: Script(prepare: { store, actor in
            try store.apply(.decision(text: "Søke avlastning"), to: "ida", actor: actor)
        }, board: { b, _ in
            select(b, "ida"); b.key(.enter); b.key(.char("w")); b.key(.enter)
        }, cli: { _ in ["documented", "ida"] }, youth: "ida"),
    ]

    @Test("every kind of change the board can make has a script here")
    func everyBoardKindIsCovered() {
        let missing = ChangeKind.allCases.filter { $0.hasBoardPath && Self.scripts[$0] == nil }
        #expect(missing == [], "add a script for these kinds")
    }

    @Test("the board and the command line write identical files and journal entries", arguments: ChangeKind.allCases.filter(\.hasBoardPath))
    func sameWrite(kind: ChangeKind) throws {
        let binary = try #require(TmuxEndToEndTests.binary, "the tavle executable is not built")
        let script = try #require(Self.scripts[kind])
        let (viaBoard, viaCLI) = (try Copy(), try Copy())
        let session = try viaBoard.session()
        let actor = try #require(session.actor)
        for copy in [viaBoard, viaCLI] {
            try script.prepare(try Store(root: copy.data, environment: Self.env), actor)
        }
        let offset = (session.store.journal.size(), try Store(root: viaCLI.data, environment: Self.env).journal.size())

        let board = BoardSession(session: session, shared: false, width: 120, height: 40)
        try script.board(board, actor.staff)
        try Self.run(binary, script.cli(actor.staff) + ["--data", viaCLI.data])

        let boardEntries = try Self.entries(viaBoard.data, from: offset.0)
        let cliEntries = try Self.entries(viaCLI.data, from: offset.1)
        #expect(!boardEntries.isEmpty, "the board wrote nothing: \(board.state.message?.text ?? "") \(board.state.form?.error ?? "")")
        #expect(boardEntries == cliEntries, "\(kind): journal entries differ")
        #expect(boardEntries.allSatisfy { ($0["action"] as? String) != nil })
        #expect(try Self.file(viaBoard.data + "/youths/\(script.youth).json") == (try Self.file(viaCLI.data + "/youths/\(script.youth).json")),
                "\(kind): the youth files differ")
        let meeting = "/meetings/2026-11-22.json"
        if FileManager.default.fileExists(atPath: viaBoard.data + meeting) {
            #expect(try Self.file(viaBoard.data + meeting) == (try Self.file(viaCLI.data + meeting)), "\(kind): the meetings differ")
        }
    }

    @Test("the core's refusals and undo reach the board: no plan, leaving crisis, undo retracts a note")
    func refusalsAndUndoOnTheBoard() throws {
        let copy = try Copy()
        let session = try copy.session()
        let b = BoardSession(session: session, shared: false, width: 120, height: 40)
        let journal = session.store.journal.size()
        // Onto the board without a plan: the dialog shows the core's refusal, the cursor on the plan.
        Self.select(b, "filip"); b.key(.char("i")); b.key(.enter); b.key(.enter); b.key(.enter)
        #expect(b.state.form?.error == Texts.text(.refusePlanNeeded, .nb), "\(String(describing: b.state.form?.error))")
        #expect(b.state.form?.focusedField?.id == "plan")
        #expect(session.store.journal.size() == journal)
        b.key(.escape)
        // A youth in crisis does not leave it on a key without a reason: the dialog asks, and the
        // core refuses an empty one (the dialog shows its words, on the reason's field).
        Self.select(b, "sofie"); b.key(.char("s")); b.key(.char("1")); b.key(.enter)
        #expect(b.state.form?.focusedField?.id == "why")
        b.key(.enter)
        #expect(b.state.form?.error?.contains("begrunnelse") == true, "\(String(describing: b.state.form?.error))")
        #expect(try session.store.loadYouth("sofie").status == .crisis)
        #expect(session.store.journal.size() == journal)
        b.key(.escape)
        // A note written to the wrong youth is taken back with u: retracted, not deleted.
        Self.select(b, "ida"); b.key(.char("n")); Self.type(b, "Skulle til en annen"); b.key(.enter)
        b.key(.char("u"))
        #expect(b.state.message?.text == "Angret: notat for Ida Strand (IS).", "\(String(describing: b.state.message))")
        let ida = try session.store.loadYouth("ida")
        #expect(ida.notes.contains { $0.text == "Skulle til en annen" } && !ida.shownNotes.contains { $0.text == "Skulle til en annen" })
        // The command line's undo is the same core change: nothing left to undo.
        let r = try Store(root: copy.data, environment: Self.env)
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUndoNothing))) { try r.undoLast(actor: session.actor!) }
    }

    @Test("taking in a new youth: + on the board and tavle add write the same youth and journal entries")
    func sameIntake() throws {
        let binary = try #require(TmuxEndToEndTests.binary, "the tavle executable is not built")
        let (viaBoard, viaCLI) = (try Copy(), try Copy())
        let session = try viaBoard.session()
        let before = try Set(FileManager.default.contentsOfDirectory(atPath: viaBoard.data + "/youths"))
        let offset = (session.store.journal.size(), try Store(root: viaCLI.data, environment: Self.env).journal.size())
        let b = BoardSession(session: session, shared: false, width: 120, height: 40)
        b.key(.char("+"))
        Self.type(b, "Kari Nordmann"); b.key(.tab); Self.type(b, "05.05.2010"); b.key(.tab)
        Self.choose(b, field: "contact", value: "ole"); b.key(.tab)
        b.key(.char(" ")); b.key(.right); b.key(.char(" ")); b.key(.tab)   // mental health and school
        Self.choose(b, field: "longTermNeed", value: "yes"); b.key(.tab)
        Self.choose(b, field: "referredBy", value: "school"); b.key(.tab); Self.type(b, "Rektor Hansen"); b.key(.enter); b.key(.enter)
        #expect(b.state.form == nil, "\(String(describing: b.state.form?.error))")
        try Self.run(binary, ["add", "--name", "Kari Nordmann", "--born", "2010-05-05", "--contact", "OB", "--domains", "mental-health,school",
                              "--referred-by", "school", "--referral-contact", "Rektor Hansen", "--long-term-need", "yes", "--data", viaCLI.data])
        func newFile(_ copy: Copy) throws -> String {
            let now = try Set(FileManager.default.contentsOfDirectory(atPath: copy.data + "/youths")).subtracting(before)
            try #require(now.count == 1, "one new youth file: \(now)")
            return copy.data + "/youths/" + now.first!
        }
        // The new id is random: compared without it (the file's, the entry's, and the entry's change of `id`).
        func withoutID(_ d: NSDictionary) -> NSDictionary {
            let m = d.mutableCopy() as! NSMutableDictionary
            m["id"] = nil
            if let changes = m["changes"] as? [NSDictionary] {
                m["changes"] = changes.map { c -> NSDictionary in
                    guard c["field"] as? String == "id" else { return c }
                    let mc = c.mutableCopy() as! NSMutableDictionary
                    mc["new"] = "ID"
                    return mc
                } as NSArray
            }
            return m
        }
        let (boardFile, cliFile) = (withoutID(try Self.file(try newFile(viaBoard))), withoutID(try Self.file(try newFile(viaCLI))))
        #expect(boardFile == cliFile)
        let boardEntries = try Self.entries(viaBoard.data, from: offset.0).map(withoutID)
        let cliEntries = try Self.entries(viaCLI.data, from: offset.1).map(withoutID)
        #expect(!boardEntries.isEmpty && boardEntries == cliEntries)
        #expect(b.state.board.entry(b.state.selectedID ?? "")?.youth.name == "Kari Nordmann", "the new youth is selected")
    }

    @Test("a one-off rota change: V on the board and tavle rota set --date write the same rota and journal entry")
    func sameRotaChange() throws {
        let binary = try #require(TmuxEndToEndTests.binary, "the tavle executable is not built")
        let (viaBoard, viaCLI) = (try Copy(), try Copy())
        let session = try viaBoard.session()
        let offset = (session.store.journal.size(), try Store(root: viaCLI.data, environment: Self.env).journal.size())
        let onCall = try #require(session.store.loadRota().onCall(on: demoToday).first)
        let b = BoardSession(session: session, shared: false, width: 120, height: 40)
        b.key(.char("V"))
        #expect(b.state.form?.value("shift") == "on-call" && b.state.form?.value("replacing") == onCall, "tonight's on-call is proposed")
        b.key(.tab); b.key(.tab); Self.choose(b, field: "staff", value: "ole"); b.key(.tab); b.key(.tab); Self.type(b, "Syk"); b.key(.enter)
        #expect(b.state.form == nil, "\(String(describing: b.state.form?.error))")
        #expect(b.state.rota?.onCall(on: demoToday) == ["ole"])
        try Self.run(binary, ["rota", "set", "--date", "2026-11-22", "on-call", "OB", "--replacing", onCall, "--note", "Syk", "--data", viaCLI.data])
        let boardEntries = try Self.entries(viaBoard.data, from: offset.0)
        let cliEntries = try Self.entries(viaCLI.data, from: offset.1)
        #expect(!boardEntries.isEmpty && boardEntries == cliEntries)
        let (boardRota, cliRota) = (try Self.file(viaBoard.data + "/rota.json"), try Self.file(viaCLI.data + "/rota.json"))
        #expect(boardRota == cliRota)
    }

    // MARK: Reading back, without what may differ (random ids, time, author, change id)

    static func run(_ binary: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in Self.env { env[k] = v }
        env["TAVLE_LANG"] = nil
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "tavle \(args.joined(separator: " ")) failed")
    }

    static func entries(_ data: String, from offset: Int64) throws -> [NSDictionary] {
        let entries = try Journal(path: data + "/journal.jsonl").read(from: offset).entries
        return try entries.map { e in
            var o = try JSONSerialization.jsonObject(with: JSONEncoder().encode(e)) as! [String: Any]
            for k in ["at", "staff", "user", "change"] { o[k] = nil }
            return normalized(o) as! NSDictionary
        }
    }

    static func file(_ path: String) throws -> NSDictionary {
        normalized(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))) as! NSDictionary
    }

    /// Ids inside lists (of notes, contacts, plans, periods) and note references are random: one placeholder.
    static func normalized(_ v: Any, depth: Int = 0) -> Any {
        if let o = v as? [String: Any] {
            var out: [String: Any] = [:]
            for (k, x) in o { out[k] = (k == "id" || k == "note") && depth > 1 && x is String ? "ID" : normalized(x, depth: depth + 1) }
            return out as NSDictionary
        }
        if let a = v as? [Any] { return a.map { normalized($0, depth: depth + 1) } as NSArray }
        return v
    }
}
