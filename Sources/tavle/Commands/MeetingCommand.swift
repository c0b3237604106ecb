import ArgumentParser
import Foundation
import TavleCore

/// `tavle meeting start|status|discuss|decision|end`: the morning meeting from the command line.
struct MeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "meeting", abstract: L.t("help.meeting.abstract"), discussion: L.t("help.meeting.discussion"),
                             subcommands: [MeetingStartCommand.self, MeetingStatusCommand.self, MeetingDiscussCommand.self,
                                           MeetingDecisionCommand.self, MeetingEndCommand.self])
    }
}

/// `tavle meeting start [--chair STAFF] [--attendees A,B] [--minutes N]`.
struct MeetingStartCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "start", abstract: L.t("help.meeting.start.abstract"),
                             discussion: L.t("help.meeting.start.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t("opt.meeting.chair"), valueName: "STAFF")) var chair: String?
    @Option(help: ArgumentHelp(L.t("opt.meeting.attendees"), valueName: "A,B")) var attendees: String?
    @Option(help: ArgumentHelp(L.t("opt.meeting.minutes"), valueName: "N")) var minutes: Int?

    func validate() throws {
        if let m = minutes, !(1...240).contains(m) { throw ValidationError(L.t("usage.meeting.minutes")) }
    }

    func run() throws {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let chairID = try chair.map { try context.member($0).id } ?? context.actor.staff
        var people: [StaffID] = []
        for part in (attendees ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            let id = try context.member(String(part)).id
            if !people.contains(id) { people.append(id) }
        }
        let m = try session.store.startMeeting(day: session.today, chair: chairID, attendees: people, minutes: minutes,
                                               actor: context.actor)
        Console.out(L.t("mtg.started", Format.day(m.day), m.started.clock, Format.staff(m.chair, session.team),
                        MeetingText.staffList(m.attendees, session.team), String(m.minutes), String(m.board.count)))
        Console.out(L.t("mtg.startedNext"))
    }
}

/// `tavle meeting status [--json]`: the agenda in urgency order, progress, time, crisis readiness.
struct MeetingStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: L.t("help.meeting.status.abstract"),
                             discussion: L.t("help.meeting.status.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let session = try globals.session()
        let view = try MeetingView.load(session)
        if output.json { try JSONOutput.print(view.json(session)) } else { view.print(session) }
        BoardListing.reportProblems(view.problems)
    }
}

/// `tavle meeting discuss ID [--decision TEXT]… [--who STAFF --when HH:MM [--where TEXT]] [--status S] [--seconds N]`.
struct MeetingDiscussCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "discuss", abstract: L.t("help.meeting.discuss.abstract"),
                             discussion: L.t("help.meeting.discuss.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t("opt.meeting.decision"), valueName: "TEXT")) var decision: [String] = []
    @Option(help: ArgumentHelp(L.t("opt.meeting.who"), valueName: "STAFF")) var who: String?
    @Option(help: ArgumentHelp(L.t("opt.meeting.when"), valueName: "HH:MM")) var when: String?
    @Option(name: .customLong("where"), help: ArgumentHelp(L.t("opt.meeting.where"), valueName: "TEXT")) var place: String?
    @Option(help: ArgumentHelp(L.t("opt.meeting.status"), valueName: "STATUS")) var status: Status?
    @Option(help: ArgumentHelp(L.t("opt.meeting.seconds"), valueName: "N")) var seconds: Int?

    func validate() throws {
        if (who == nil) != (when == nil) { throw ValidationError(L.t("usage.meeting.whoWhen")) }
        if place != nil && who == nil { throw ValidationError(L.t("usage.meeting.whoWhen")) }
        if let s = seconds, s < 0 { throw ValidationError(L.t("usage.meeting.seconds")) }
        if let s = seconds, !Limits.meetingSeconds.contains(s) { throw ValidationError(L.t("usage.meeting.secondsRange")) }
    }

    func run() throws {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let target = try session.resolve(youth)
        let store = session.store, day = session.today
        // Refuse before writing anything when there is no open meeting.
        let open = try MeetingText.openMeeting(store, day)
        let planner = try who.map { try context.member($0) }
        if let s = status {
            try store.changeYouthInMeeting(day: day, youth: target.id, actor: context.actor, action: "status") { $0.setStatus(s) }
        }
        for text in decision {
            try store.recordDecision(day: day, youth: target.id, text: text, actor: context.actor)
        }
        if let p = planner, let w = when {
            try store.setPlanInMeeting(day: day, youth: target.id, staff: p.id, time: w, place: place, actor: context.actor)
        }
        let spent = seconds ?? MeetingText.secondsSinceLastMark(open, store: store, youth: target.id, now: session.now)
        let m = try store.markDiscussed(day: day, youth: target.id, seconds: spent, actor: context.actor)
        if store.currentYouth(day: day)?.youth == target.id { try? store.setCurrentYouth(day: day, youth: nil) }
        let item = m.item(target.id)
        let done = m.board.filter { m.item($0).outcome == .discussed }.count
        Console.out(L.t("mtg.discussed", Format.safe(target.label), target.id, MeetingText.duration(item.seconds),
                        String(item.decisions.count), String(done), String(m.board.count)))
        if let p = planner, let w = when { Console.out("  " + L.t("mtg.planSet", Format.safe(p.initials), w)) }
        if let next = m.undiscussed.first {
            Console.out(L.t("mtg.next", Format.safe(target.labels[next] ?? next), next))
        } else {
            Console.out(L.t("mtg.allDiscussed"))
        }
    }
}

/// `tavle meeting decision ID TEXT`: a decision in today's meeting (also a decision note on the youth).
struct MeetingDecisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decision", abstract: L.t("help.meeting.decision.abstract"),
                             discussion: L.t("help.meeting.decision.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t("arg.decisionText"), valueName: "TEXT")) var text: String

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let target = try session.resolve(youth)
        let m = try session.store.recordDecision(day: session.today, youth: target.id, text: text, actor: actor)
        Console.out(L.t("mtg.decisionRecorded", Format.safe(target.label), target.id, String(m.item(target.id).decisions.count)))
    }
}

/// `tavle meeting end [--yes]`: ends today's meeting; board youths not discussed need confirmation.
struct MeetingEndCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "end", abstract: L.t("help.meeting.end.abstract"), discussion: L.t("help.meeting.end.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Flag(name: [.customShort("y"), .long], help: ArgumentHelp(L.t("opt.meeting.yes"))) var yes = false

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let store = session.store, day = session.today
        var result = try store.endMeeting(day: day, confirmUndiscussed: yes, actor: actor)
        if case .needsConfirmation(let missing) = result {
            let labels = Board.distinctInitials(try store.loadBoard(today: day).youths)
            let names = missing.map { Format.safe(labels[$0] ?? $0) }.joined(separator: ", ")
            let total = try store.meeting(on: day)?.board.count ?? missing.count
            guard MeetingText.interactive else {
                throw CLIError.data("mtg.end.refused", String(missing.count), String(total), names)
            }
            MeetingText.prompt(L.t("mtg.end.confirm", String(missing.count), String(total), names) + " [y/N] ")
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["y", "yes", "j", "ja"].contains(answer) else { throw CLIError.data("mtg.end.cancelled") }
            result = try store.endMeeting(day: day, confirmUndiscussed: true, actor: actor)
        }
        guard case .ended(let m) = result else { return }
        let labels = Board.distinctInitials(try store.loadBoard(today: day).youths)
        let discussed = m.board.filter { m.item($0).outcome == .discussed }.count
        Console.out(L.t("mtg.ended", m.ended?.clock ?? "", String(discussed), String(m.board.count),
                        MeetingText.duration(Int((m.ended ?? m.started).seconds - m.started.seconds)), String(m.minutes)))
        let not = m.board.filter { m.item($0).outcome == .notDiscussed }
        if !not.isEmpty {
            Console.out(L.t("mtg.ended.notDiscussed", not.map { Format.safe(labels[$0] ?? $0) }.joined(separator: ", ")))
        }
        Console.out(L.t("mtg.ended.minutes"))
    }
}

/// Small pieces the meeting commands share.
enum MeetingText {
    /// Staff initials, comma-separated.
    static func staffList(_ ids: [StaffID], _ team: Team) -> String {
        ids.isEmpty ? "–" : ids.map { Format.staff($0, team) }.joined(separator: ", ")
    }

    /// `2:05` (minutes and seconds).
    static func duration(_ seconds: Int) -> String {
        let s = max(0, seconds)
        return String(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + String(s % 60)
    }

    /// Whether a question can be asked: stdin and stderr are terminals.
    static var interactive: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDERR_FILENO) != 0 }

    /// A question on stderr, without a line end, before reading the answer.
    static func prompt(_ text: String) {
        Console.flush()
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Today's meeting, open, or the core's refusal saying why not.
    static func openMeeting(_ store: Store, _ day: Day) throws -> Meeting {
        guard let m = try store.meeting(on: day) else { throw TavleError.refused(LocalizedMessage("refuse.meeting.none", [day.iso])) }
        guard let end = m.ended else { return m }
        throw TavleError.refused(LocalizedMessage("refuse.meeting.ended", [day.iso, end.clock]))
    }

    /// Time spent on `youth` when `--seconds` is not given: since the youth came under discussion
    /// (the board's shared highlight), else since the last youth was marked discussed, else since
    /// the meeting started.
    static func secondsSinceLastMark(_ m: Meeting, store: Store, youth: String, now: Timestamp) -> Int {
        if let c = store.currentYouth(day: m.day), c.youth == youth { return max(0, Int(now.seconds - c.since.seconds)) }
        let last = m.events.last { $0.kind == .discussed }?.at ?? m.started
        return max(0, Int(now.seconds - last.seconds))
    }
}
