import Foundation
import TavleCore

/// What `tavle meeting status` shows: today's meeting (if started), the agenda in urgency order,
/// progress and time against the time box, crisis readiness beside tonight's rota, and decisions
/// not yet written into the patient record in time.
struct MeetingView {
    let day: Day
    let meeting: Meeting?
    let agenda: MeetingAgenda
    let labels: [String: String]
    let readiness: CrisisReadiness
    let undocumented: [UndocumentedDecision]
    let problems: [LoadProblem]

    static func load(_ session: Session) throws -> MeetingView {
        let store = session.store, day = session.today
        let data = try store.loadBoard(today: day)
        let board = Board(team: data.team, youths: data.youths, today: day, problems: data.problems)
        let meeting = try store.meeting(on: day)
        let current = meeting?.isOpen == true ? store.currentYouth(day: day)?.youth : nil
        let agenda = MeetingAgenda(board: board, meeting: meeting, now: session.now, current: current)
        let rota = try store.loadRota()
        // The board's summaries keep every open decision: no youth's file is read in full.
        return MeetingView(day: day, meeting: meeting, agenda: agenda, labels: Board.distinctInitials(data.youths),
                           readiness: CrisisReadiness(board: board, rota: rota),
                           undocumented: Documentation.pending(data.youths.filter { $0.phase != .discharged }, today: day),
                           problems: data.problems)
    }

    func label(_ id: String) -> String { labels[id] ?? id }

    // MARK: Text

    func print(_ session: Session) {
        let team = session.team
        if let m = meeting {
            Console.out(L.t(.mtgTitle, Format.day(day), Format.safe(team.name)))
            Console.out(L.t(.mtgChairLine, Format.staff(m.chair, team), MeetingText.staffList(m.attendees, team)))
            if let c = agenda.countdown {
                var line = L.t(.mtgClock, m.started.clock, MeetingText.duration(c.elapsed), String(m.minutes))
                if let end = m.ended { line += " · " + L.t(.mtgEndedAt, end.clock) }
                else { line += " · " + (c.overTime ? L.t(.mtgOverTime, MeetingText.duration(-c.remaining)) : L.t(.mtgTimeLeft, c.clock)) }
                Console.out(line)
            }
            Console.out(agenda.progress(L.lang))
        } else {
            Console.out(L.t(.mtgTitle, Format.day(day), Format.safe(team.name)))
            Console.out(L.t(.mtgNone))
        }
        Console.out(L.t(.mtgQuestions, MeetingAgenda.questionKeys.map { Texts.text($0, L.lang) }.joined(separator: " · ")))
        for section in AgendaSection.allCases {
            let items = agenda.section(section)
            if items.isEmpty && section != .board { continue }
            Console.out()
            Console.out(L.label(section).uppercased() + " (" + String(items.count) + ")")
            if items.isEmpty { Console.out("  " + L.t(.listNone)); continue }
            var t = Table([Table.Column(header: ""), Table.Column(header: L.t(.colStatus)), Table.Column(header: L.t(.colInitials)),
                           Table.Column(header: L.t(.colName), shrinkOrder: 0, minWidth: 8), Table.Column(header: L.t(.colContact)),
                           Table.Column(header: L.t(.mtgColOutcome), shrinkOrder: 1, minWidth: 6),
                           Table.Column(header: L.t(.mtgColTime), alignRight: true),
                           Table.Column(header: L.t(.mtgColDecisions), alignRight: true), Table.Column(header: L.t(.colId))])
            for item in items {
                let y = item.entry.youth
                let mark = item.isCurrent ? "▶" : item.outcome == .discussed ? "✓" : item.outcome == .notDiscussed ? "✗" : "·"
                t.add([mark, Format.status(y.status), Format.safe(label(y.id)), Format.safe(y.name), Format.staff(y.primaryContact, team),
                       item.outcome.map { L.label($0) } ?? "", item.seconds > 0 ? MeetingText.duration(item.seconds) : "",
                       item.decisions > 0 ? String(item.decisions) : "", y.id])
            }
            Console.out(t.render(width: Console.width))
        }
        if let m = meeting, m.isOpen {
            Console.out()
            if let next = agenda.next {
                Console.out(L.t(.mtgNext, Format.safe(label(next.id)), next.id))
            } else {
                Console.out(L.t(.mtgAllDiscussed))
            }
        }
        printReadiness(team)
        printUndocumented(team)
    }

    func printReadiness(_ team: Team) {
        Console.out()
        Console.out(L.t(.mtgReadinessTitle))
        Console.out("  " + L.t(.mtgReadinessTonight, MeetingText.staffList(readiness.evening, team),
                               MeetingText.staffList(readiness.onCall, team)))
        if readiness.flagged.isEmpty { Console.out("  " + L.t(.mtgReadinessReady)) }
        for item in readiness.items {
            var parts = item.problems.map { L.label($0) }
            if let o = item.outOfHours, !o.trimmingCharacters(in: .whitespaces).isEmpty {
                parts.append(L.t(.mtgReadinessOutOfHours, Format.safe(o)))
            }
            let mark = item.problems.isEmpty ? " " : "!"
            Console.out(Format.wrap(parts.joined(separator: " · "), first: "  " + mark + " " + DisplayWidth.pad(Format.safe(label(item.youth)), to: 5) + " ",
                                    rest: String(repeating: " ", count: 10)))
        }
    }

    func printUndocumented(_ team: Team) {
        guard !undocumented.isEmpty else { return }
        Console.out()
        Console.out(L.t(.mtgUndocumentedTitle, String(undocumented.count)))
        for u in undocumented { Console.out(DocumentedText.line(u, label: label(u.youth), team: team)) }
        Console.out(L.t(.mtgUndocumentedHint))
    }

    // MARK: JSON

    struct JSON: Encodable {
        struct MeetingInfo: Encodable {
            let chair: String
            let attendees: [String]
            let started: Timestamp
            let ended: Timestamp?
            let minutes: Int
            let open: Bool
        }
        struct Progress: Encodable { let discussed: Int; let board: Int }
        struct Time: Encodable { let timeBox: Int; let elapsed: Int; let remaining: Int; let overTime: Bool }
        struct Item: Encodable {
            let id: String
            let label: String
            let section: String
            let status: String
            let mode: String
            let outcome: String?
            let seconds: Int
            let decisions: Int
            let current: Bool
        }
        struct Readiness: Encodable {
            let evening: [String]
            let onCall: [String]
            let youths: [ReadinessItem]
        }
        let day: Day
        let meeting: MeetingInfo?
        let progress: Progress
        let time: Time?
        let current: String?
        let next: String?
        let agenda: [Item]
        let readiness: Readiness
        let undocumented: [DocumentedText.JSON]
    }

    func json(_ session: Session) -> JSON {
        JSON(day: day,
             meeting: meeting.map { JSON.MeetingInfo(chair: $0.chair, attendees: $0.attendees, started: $0.started, ended: $0.ended,
                                                     minutes: $0.minutes, open: $0.isOpen) },
             progress: JSON.Progress(discussed: agenda.discussedCount, board: agenda.boardCount),
             time: agenda.countdown.map { JSON.Time(timeBox: $0.timeBox, elapsed: $0.elapsed, remaining: $0.remaining, overTime: $0.overTime) },
             current: agenda.items.first { $0.isCurrent }?.id,
             next: meeting?.isOpen == true ? agenda.next?.id : nil,
             agenda: agenda.items.map { i in
                 JSON.Item(id: i.id, label: JSONOutput.safe(label(i.id)), section: i.section.rawValue, status: i.entry.youth.status.rawValue,
                           mode: i.entry.youth.mode.rawValue, outcome: i.outcome?.rawValue, seconds: i.seconds, decisions: i.decisions,
                           current: i.isCurrent)
             },
             readiness: JSON.Readiness(evening: readiness.evening, onCall: readiness.onCall,
                                       youths: readiness.items.map { var r = $0; r.outOfHours = JSONOutput.safe(r.outOfHours); return r }),
             undocumented: undocumented.map { DocumentedText.JSON($0, label: label($0.youth)) })
    }
}
