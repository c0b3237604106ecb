import ArgumentParser
import TavleCore

/// `tavle log [ID] [--since DATE] [--user U] [--json] [--access]`: the audit journal (or the access log).
struct LogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: L.t("help.log.abstract"), discussion: L.t("help.log.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youthOptional"), valueName: "ID")) var youth: String?
    @Option(help: ArgumentHelp(L.t("opt.log.since"), valueName: "YYYY-MM-DD")) var since: Day?
    @Option(help: ArgumentHelp(L.t("opt.log.user"), valueName: "USER")) var user: String?
    @Flag(help: ArgumentHelp(L.t("opt.log.access"))) var access = false
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
        error as? TavleError ?? .badFile(path: "-", problem: "cannot encode JSON: \(error)")
    }

    func run() throws {
        let session = try globals.session()
        let zone = session.team.zone
        let id = try youth.map { (q: String) throws(TavleError) in try session.resolve(q).id }
        // Labels from the index's names alone (the whole board only when the index is missing).
        let names = (try? session.store.youthNames()) ?? nil
        let labels = names.map { Board.distinctInitials($0) }
            ?? Board.distinctInitials((try? session.store.loadBoard(today: session.today).youths) ?? [])
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
                                + (e.youth.map { Format.safe((labels[$0] ?? "") + " " + $0) } ?? L.t("log.wholeBoard")) + "  " + Format.safe(e.how))
                }
            }
            if output.json { try json.finish() } else if count == 0 { Console.out(L.t("log.empty")) }
            if unreadable > 0 { Console.error(L.t("warn.accessUnreadable", String(unreadable))) }
            return
        }
        var count = 0
        var json = JSONOutput.ArrayWriter<EntryJSON>()
        let width = Console.width
        let read = try session.store.journal.forEach { (e: JournalEntry) throws(TavleError) in
            guard (id == nil || (e.target == "youth" && e.id == id)) && keep(e.at, e.staff, e.user) else { return }
            count += 1
            if output.json {
                do {
                    try json.add(EntryJSON(at: e.at, staff: JSONOutput.safe(e.staff), user: JSONOutput.safe(e.user),
                                           target: JSONOutput.safe(e.target), id: JSONOutput.safe(e.id),
                                           version: e.version, action: JSONOutput.safe(e.action),
                                           changes: e.changes.map { ChangeJSON(field: JSONOutput.safe($0.field), op: $0.op.rawValue,
                                                                               old: $0.old.map(JSONOutput.safe), new: $0.new.map(JSONOutput.safe)) }))
                } catch { throw LogCommand.tavleError(error) }
                return
            }
            let who = Format.staff(e.staff, session.team) + " (" + Format.safe(e.user) + ")"
            let what = e.target == "youth" ? ((labels[e.id].map { $0 + " " } ?? "") + e.id) : L.t("log.team")
            Console.out(Format.time(e.at) + "  " + who + "  " + Format.safe(what) + "  " + Format.safe(e.action)
                        + "  " + L.t("log.version", String(e.version)))
            let brief = e.action == "create" || e.action == "init"
            let shown = brief ? e.changes.filter { ValueText.createFields.contains($0.field) } : e.changes
            for c in shown {
                Console.out(DisplayWidth.truncate("    " + ValueText.change(c), to: width))
            }
            if shown.count < e.changes.count {
                Console.out("    " + L.t("log.moreFields", String(e.changes.count - shown.count)))
            }
        }
        if output.json { try json.finish() } else if count == 0 { Console.out(L.t("log.empty")) }
        for p in read.problems { Console.error(L.t("warn.journal", Format.safe(p))) }
    }
}
