import ArgumentParser
import TavleCore

/// `tavle log [ID] [--since DATE] [--user U] [--json] [--access]`: the audit journal (or the access log).
struct LogCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "log", abstract: L.t(.helpLogAbstract), discussion: L.t(.helpLogDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouthOptional), valueName: "ID")) var youth: String?
    @Option(help: ArgumentHelp(L.t(.optLogSince), valueName: "YYYY-MM-DD")) var since: Day?
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

    func run() throws {
        let session = try globals.session()
        let zone = session.team.zone
        let id = try youth.map { (q: String) throws(TavleError) in try session.resolve(q).id }
        let labels = Board.distinctInitials((try? session.store.loadBoard(today: session.today).youths) ?? [])
        let keep = { (at: Timestamp, staff: String?, unix: String) -> Bool in
            if let s = since, at.day(in: zone) < s { return false }
            if let u = user, u != unix && u != staff { return false }
            return true
        }
        if access {
            let log = try session.store.accessLog(youth: id)
            let entries = log.entries.filter { keep($0.at, $0.staff, $0.user) }
            if output.json {
                try JSONOutput.printArray(entries.lazy.map {
                    AccessJSON(at: $0.at, staff: JSONOutput.safe($0.staff), user: JSONOutput.safe($0.user),
                               youth: JSONOutput.safe($0.youth), how: JSONOutput.safe($0.how))
                })
            } else {
                for e in entries {
                    Console.out(Format.time(e.at) + "  " + Format.staff(e.staff, session.team) + " (" + Format.safe(e.user) + ")  "
                                + (e.youth.map { Format.safe((labels[$0] ?? "") + " " + $0) } ?? L.t(.logWholeBoard)) + "  " + Format.safe(e.how))
                }
                if entries.isEmpty { Console.out(L.t(.logEmpty)) }
            }
            if log.unreadable > 0 { Console.error(L.t(.warnAccessUnreadable, String(log.unreadable))) }
            return
        }
        let read = try session.store.journal.read()
        let entries = read.entries.filter { e in
            (id == nil || (e.target == "youth" && e.id == id)) && keep(e.at, e.staff, e.user)
        }
        if output.json {
            try JSONOutput.printArray(entries.lazy.map { e in
                EntryJSON(at: e.at, staff: JSONOutput.safe(e.staff), user: JSONOutput.safe(e.user), target: JSONOutput.safe(e.target),
                          id: JSONOutput.safe(e.id),
                          version: e.version, action: JSONOutput.safe(e.action),
                          changes: e.changes.map { ChangeJSON(field: JSONOutput.safe($0.field), op: $0.op.rawValue,
                                                              old: $0.old.map(JSONOutput.safe), new: $0.new.map(JSONOutput.safe)) },
                          change: e.change.map(JSONOutput.safe), why: e.why.map(JSONOutput.safe), undoes: e.undoes.map(JSONOutput.safe))
            })
        } else {
            let width = Console.width
            // Notes and contacts taken back by an undo: shown struck through, with who and when.
            var retracted: [String: String] = [:]
            for e in read.entries where e.target == "youth" {
                for c in e.changes where c.field == "retractions" && c.op == .append {
                    for r in c.new?.array ?? [] {
                        guard let o = r.object, let rid = o["id"]?.string else { continue }
                        let at = o["at"]?.string.flatMap(Timestamp.init(parsing:)).map(Format.time) ?? ""
                        retracted[rid] = L.t(.logRetracted, Format.staff(o["by"]?.string, session.team), at)
                    }
                }
            }
            for e in entries {
                let who = Format.staff(e.staff, session.team) + " (" + Format.safe(e.user) + ")"
                let what = e.target == "youth" ? ((labels[e.id].map { $0 + " " } ?? "") + e.id) : L.t(.logTeam)
                Console.out(Format.time(e.at) + "  " + who + "  " + Format.safe(what) + "  " + Format.safe(JournalWords.action(e.action, L.lang))
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
            if entries.isEmpty { Console.out(L.t(.logEmpty)) }
        }
        for p in read.problems { Console.error(L.t(.warnJournal, Format.safe(p))) }
    }
}
