import ArgumentParser
import Foundation
import TavleCore

/// `tavle on-call [--date D] [--json] [--output FILE]`: the briefing for tonight's on-call
/// clinician (`OnCallBriefing`). It shows youths' data, so every youth in it is access-logged, and
/// `--output` writes a private file (0600, or 0640 for the team's group in team mode).
struct OnCallCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "on-call", abstract: L.t(.helpOnCallAbstract), discussion: L.t(.helpOnCallDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optOnCallDate), valueName: "DATE")) var date: String?
    @OptionGroup var privateOutput: PrivateOutputOptions
    @OptionGroup var json: JSONOption

    func run() throws {
        let session = try globals.session()
        let store = session.store
        let day = try date.map { (t: String) throws(TavleError) in try Input.day(t, for: .upcoming, today: session.today) } ?? session.today
        let data = try store.loadBoard(today: day)
        let board = Board(team: data.team, youths: data.youths, today: day, problems: data.problems)
        let labels = Board.distinctInitials(data.youths)
        // The index holds no contacts: the day's contacts come from the youths' own files.
        var records: [String: Youth] = [:]
        for e in board.all where OnCallBriefing.includes(e.youth) { records[e.id] = try store.loadYouth(e.id) }
        let rota = try store.loadRota()
        let briefing = OnCallBriefing(day: day, board: board, rota: rota, records: records, labels: labels)
        let coverage = RotaCoverage(board: board, rota: rota)
        let text = json.json ? try JSONOutput.encode(OnCallText.sanitized(briefing)) + "\n"
            : OnCallText.lines(briefing, team: data.team, coverage: coverage).joined(separator: "\n") + "\n"
        try privateOutput.emit(session, confirmation: {
            L.t(.oncallWritten, Format.safe(privateOutput.output ?? ""), Format.day(day), String(briefing.youths.count))
        }) {
            for y in briefing.youths { AccessRecording.record(session, youth: y.id, how: "on-call") }
            Console.write(text)
        }
        BoardListing.reportProblems(data.problems)
    }
}

enum OnCallText {
    /// The briefing with every text a person typed made safe for JSON.
    static func sanitized(_ b: OnCallBriefing) -> OnCallBriefing {
        var out = b
        func person(_ p: OnCallBriefing.Person) -> OnCallBriefing.Person {
            var q = p; q.initials = JSONOutput.safe(q.initials); q.name = JSONOutput.safe(q.name); q.phone = JSONOutput.safe(q.phone); return q
        }
        out.onCall = b.onCall.map(person)
        out.evening = b.evening.map(person)
        out.youths = b.youths.map { y in
            var v = y
            v.label = JSONOutput.safe(y.label); v.name = JSONOutput.safe(y.name); v.outOfHours = JSONOutput.safe(y.outOfHours)
            v.warning = JSONOutput.safe(y.warning); v.primaryContact = y.primaryContact.map(person)
            v.contacts = y.contacts.map { c in var d = c; d.staff = person(c.staff); d.note = JSONOutput.safe(c.note); return d }
            return v
        }
        return out
    }

    /// `IS Ingrid Sæther, tlf. 912 34 567`.
    static func person(_ p: OnCallBriefing.Person) -> String {
        Format.safe(p.initials) + " " + Format.safe(p.name) + (p.phone.map { ", " + L.t(.oncallPhone, Format.safe($0)) } ?? "")
    }

    static func people(_ list: [OnCallBriefing.Person]) -> String {
        list.isEmpty ? L.t(.rotaNobody) : list.map(person).joined(separator: "; ")
    }

    static func lines(_ b: OnCallBriefing, team: Team, coverage: RotaCoverage) -> [String] {
        var out: [String] = []
        out.append(L.t(.oncallHeader, Format.safe(team.name), RotaText.dayTitle(b.day)))
        out.append(L.t(.oncallOnCall, people(b.onCall)))
        out.append(L.t(.oncallEvening, people(b.evening)))
        // The shifts missing on the day asked for (the rest of the week is for the meeting).
        out += coverage.missing.filter { $0.day == b.day }.map { "! " + $0.message.text(L.lang) }
        out.append("")
        if b.youths.isEmpty { out.append(L.t(.oncallNoYouths)); return out }
        out.append(L.t(.oncallYouthsTitle, String(b.youths.count)))
        for y in b.youths {
            out.append("")
            var head = Format.safe(y.label) + "  " + Format.safe(y.name) + " · " + Format.status(y.status) + " · " + L.label(y.mode)
            if let w = y.warning { head += " · " + Format.safe(w) }
            out.append(head)
            let indent = "    "
            if let updated = y.crisisPlanUpdated {
                let what = y.outOfHours.map { Format.safe($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? L.t(.oncallNoOutOfHours)
                out += Format.wrap(L.t(.oncallCrisisPlan, Format.day(updated), what), first: indent, rest: indent + "  ")
            } else {
                out.append(indent + "! " + L.t(.oncallNoCrisisPlan))
            }
            for p in y.problems where p == .outdated { out.append(indent + "! " + L.label(p)) }
            out.append(indent + L.t(.oncallPrimary, y.primaryContact.map(person) ?? "–"))
            if y.contacts.isEmpty {
                out.append(indent + L.t(.oncallNoContacts))
            } else {
                out.append(indent + L.t(.oncallContacts))
                for c in y.contacts {
                    var line = indent + "  " + c.at.clock + "  " + Format.safe(c.staff.initials) + "  " + L.label(c.kind) + " (" + L.label(c.with) + ")"
                    if let n = c.note, !n.isEmpty { line += ": " + Format.safe(n) }
                    out.append(line)
                }
            }
        }
        return out
    }
}
