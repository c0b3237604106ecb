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
        .status: Script(board: { b, _ in select(b, "kristian"); b.key(.char("s")) },
                        cli: { _ in ["status", "kristian", "crisis"] }, youth: "kristian"),
        .note: Script(board: { b, _ in select(b, "ida"); b.key(.char("n")); type(b, "Hjemmebesøk, god samtale"); b.key(.enter) },
                      cli: { _ in ["note", "ida", "Hjemmebesøk, god samtale"] }, youth: "ida"),
        .contact: Script(board: { b, _ in
            select(b, "ida"); b.key(.char("c")); b.key(.tab); b.key(.tab); type(b, "Ringte mor"); b.key(.enter)
        }, cli: { _ in ["contact", "ida", "--kind", "visit", "--with", "youth", "--note", "Ringte mor"] }, youth: "ida"),
        .plan: Script(board: { b, _ in
            select(b, "ida"); b.key(.char("a")); type(b, "930"); b.key(.tab); type(b, "Skolen"); b.key(.enter)
        }, cli: { me in ["plan", "ida", "--who", me, "--when", "9:30", "--where", "Skolen"] }, youth: "ida"),
        .reviewed: Script(board: { b, _ in select(b, "ida"); b.key(.char("r")) }, cli: { _ in ["reviewed", "ida"] }, youth: "ida"),
        .decision: Script(prepare: { store, actor in
            try store.startMeeting(day: demoToday, chair: actor.staff, attendees: [], actor: actor)
        }, board: { b, _ in
            b.key(.char("m")); b.key(.char("b")); type(b, "Nettverksmøte med skolen"); b.key(.enter)
        }, cli: { _ in ["meeting", "decision", "sofie", "Nettverksmøte med skolen"] }, youth: "sofie"),
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
        // A youth in crisis does not leave it on a key without a reason.
        Self.select(b, "sofie"); b.key(.char("s"))
        #expect(b.state.message?.isError == true && b.state.message?.text.contains("begrunnelse") == true, "\(String(describing: b.state.message))")
        #expect(try session.store.loadYouth("sofie").status == .crisis)
        #expect(session.store.journal.size() == journal)
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
