import ArgumentParser
import TavleCore

/// `tavle log [ID] [--since DATE] [--user U] [--json] [--access]`: the audit journal (or the access log).
struct LogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: L.t(.helpLogAbstract), discussion: L.t(.helpLogDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Argument(help: ArgumentHelp(L.t(.argYouthOptional), valueName: "ID")) var youth: String?
    @Option(help: ArgumentHelp(L.t(.optLogSince), valueName: "DATE")) var since: String?
    @Option(help: ArgumentHelp(L.t(.optLogUser), valueName: "USER")) var user: String?
    @Flag(help: ArgumentHelp(L.t(.optLogAccess))) var access = false
    @OptionGroup var output: JSONOption

    struct ChangeJSON: Encodable {
        let field: String
        let op: String
        let old: JSONValue?
        let new: JSONValue?
    }

    struct EntryJSON: Encodable {
        let at: Timestamp
        let staff: String
        let user: String
        let target: String
        let id: String
        let version: Int
        let action: String
        let changes: [ChangeJSON]
        /// The change the entry belongs to (one command), the reason given, and what an undo reverted.
        let change: String?
        let why: String?
        let undoes: String?
    }

    struct AccessJSON: Encodable {
        let at: Timestamp
        let staff: String?
        let user: String
        let youth: String?
        let how: String
    }

    /// An encoding error as the store's error type (the journal's callback throws only those).
    static func tavleError(_ error: Error) -> TavleError {
        error as? TavleError ?? .badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
    }

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let zone = session.team.zone
            let id = try youth.map { (q: String) throws(TavleError) in try session.resolve(q).id }
            let since = try Input.optionalDay(self.since, for: .past, today: session.today)
            // Labels from the index's names alone (the whole board only when the index is missing).
            let labels = Board.distinctInitials((try? session.store.allYouthNames(today: session.today)) ?? [])
            let keep = { (at: Timestamp, staff: String?, unix: String) -> Bool in
                if let s = since, at.day(in: zone) < s { return false }
                if let u = user, u != unix && u != staff { return false }
                return true
            }
            // Both logs are streamed from disk and printed as they are read: memory stays bounded
            // whatever their size (a journal past 1 GiB included).
            if access {
                var count = 0
                var json = JSONOutput.ArrayWriter<AccessJSON>()
                let unreadable = try session.store.forEachAccess(youth: id) { (e: AccessEntry) throws(TavleError) in
                    guard keep(e.at, e.staff, e.user) else { return }
                    count += 1
                    if output.json {
                        do {
                            try json.add(AccessJSON(at: e.at, staff: JSONOutput.safe(e.staff), user: JSONOutput.safe(e.user),
                                                    youth: JSONOutput.safe(e.youth), how: JSONOutput.safe(e.how)))
                        } catch { throw LogCommand.tavleError(error) }
                    } else {
                        Console.out(Format.time(e.at) + "  " + Format.staff(e.staff, session.team) + " (" + Format.safe(e.user) + ")  "
                                    + (e.youth.map { Format.safe((labels[$0] ?? "") + " " + $0) } ?? L.t(.logWholeBoard)) + "  " + Format.safe(JournalWords.access(e.how, L.lang)))
                    }
                }
                if output.json { try json.finish() } else if count == 0 { Console.out(L.t(.logEmpty)) }
                if unreadable > 0 { Console.error(L.n(.warnAccessUnreadable, unreadable)) }
                return
            }
            // The journal holds note text: reading it is logged like `show` (the whole log: no one youth).
            AccessRecording.record(session, youth: id, how: "log")
            // Notes and contacts taken back by an undo: shown struck through, with who and when. A
            // first pass keeps only those (a few ids), so memory stays bounded.
            // One youth's entries are read through the journal's offsets (`journal.offsets`), not
            // by a scan of the whole journal, and streamed in each pass, never held: one youth's
            // history can itself be most of a 1 GB journal (the reliability suite's case).
            func walk(_ body: (JournalEntry) throws(TavleError) -> Void) throws(TavleError) -> [LocalizedMessage] {
                if let id { return try session.store.forEachJournalEntry(youth: id, body).problems }
                return try session.store.journal.forEach(body).problems
            }
            var retracted: [String: String] = [:]
            if !output.json {
                _ = try walk { (e: JournalEntry) throws(TavleError) in
                    guard e.target == "youth" else { return }
                    for c in e.changes where c.field == "retractions" && c.op == .append {
                        for r in c.new?.array ?? [] {
                            guard let o = r.object, let rid = o["id"]?.string else { continue }
                            let at = o["at"]?.string.flatMap(Timestamp.init(parsing:)).map(Format.time) ?? ""
                            retracted[rid] = L.t(.logRetracted, Format.staff(o["by"]?.string, session.team), at)
                        }
                    }
                }
            }
            var count = 0
            var json = JSONOutput.ArrayWriter<EntryJSON>()
            let width = Console.width
            let problems = try walk { (e: JournalEntry) throws(TavleError) in
                guard (id == nil || (e.target == "youth" && e.id == id)) && keep(e.at, e.staff, e.user) else { return }
                count += 1
                if output.json {
                    do {
                        try json.add(EntryJSON(at: e.at, staff: JSONOutput.safe(e.staff), user: JSONOutput.safe(e.user),
                                               target: JSONOutput.safe(e.target), id: JSONOutput.safe(e.id),
                                               version: e.version, action: JSONOutput.safe(e.action),
                                               changes: e.changes.map { ChangeJSON(field: JSONOutput.safe($0.field), op: $0.op.rawValue,
                                                                                   old: $0.old.map(JSONOutput.safe), new: $0.new.map(JSONOutput.safe)) },
                                               change: e.change.map(JSONOutput.safe), why: e.why.map(JSONOutput.safe),
                                               undoes: e.undoes.map(JSONOutput.safe)))
                    } catch { throw LogCommand.tavleError(error) }
                    return
                }
                let who = Format.staff(e.staff, session.team) + " (" + Format.safe(e.user) + ")"
                let what = switch e.target {
                case "youth": (labels[e.id].map { $0 + " " } ?? "") + e.id
                case "referral": L.t(.logReferral, e.id)
                default: L.t(.logTeam)
                }
                Console.out(Format.time(e.at) + "  " + who + "  " + Format.safe(what) + "  " + Format.safe(JournalWords.action(e.action, target: e.target, L.lang))
                            + "  " + L.t(.logVersion, String(e.version)))
                let brief = e.action == "create" || e.action == "init"
                let shown = brief ? e.changes.filter { ValueText.createFields.contains($0.field) } : e.changes
                for c in shown {
                    Console.out(DisplayWidth.truncate("    " + ValueText.change(c, target: e.target, team: session.team, retracted: retracted), to: width))
                }
                if let why = e.why { Console.out("    " + L.t(.logWhy, Format.safe(why))) }
                if shown.count < e.changes.count {
                    Console.out("    " + L.t(.logMoreFields, String(e.changes.count - shown.count)))
                }
            }
            if output.json { try json.finish() } else if count == 0 { Console.out(L.t(.logEmpty)) }
            for p in problems { Console.error(L.t(.warnJournal, Format.safe(p.text(L.lang)))) }
        }
    }
}
