import ArgumentParser
import Foundation
import TavleCore

/// `tavle meeting start|status|discuss|decision|end`: the morning meeting from the command line.
struct MeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "meeting", abstract: L.t(.helpMeetingAbstract), discussion: L.t(.helpMeetingDiscussion),
                             subcommands: [MeetingStartCommand.self, MeetingStatusCommand.self, MeetingDiscussCommand.self,
                                           MeetingDecisionCommand.self, MeetingEndCommand.self])
    }

    /// Bare `tavle meeting`: tavle's own help for the group (the parser's printed "OVERVIEW:").
    func run() throws { GroupHelp.show(["meeting"]) }
}

/// `tavle meeting start [--chair STAFF] [--attendees A,B] [--minutes N]`.
struct MeetingStartCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "start", abstract: L.t(.helpMeetingStartAbstract),
                             discussion: L.t(.helpMeetingStartDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optMeetingChair), valueName: "STAFF")) var chair: String?
    @Option(help: ArgumentHelp(L.t(.optMeetingAttendees), valueName: "A,B")) var attendees: String?
    @Option(help: ArgumentHelp(L.t(.optMeetingMinutes), valueName: "N")) var minutes: Int?

    func validate() throws {
        if let m = minutes, !(1...240).contains(m) { throw ValidationError(L.t(.usageMeetingMinutes)) }
    }

    func run() throws {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let chairID = try chair.map { try context.member($0).id } ?? context.actor.staff
        var people: [StaffID] = attendees == nil ? Store.defaultAttendees(session.team) : []
        for part in (attendees ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            let id = try context.member(String(part)).id
            if !people.contains(id) { people.append(id) }
        }
        let m = try session.store.startMeeting(day: session.today, chair: chairID, attendees: people, minutes: minutes,
                                               actor: context.actor)
        Console.out(L.t(.mtgStarted, Format.day(m.day), m.started.clock, Format.staff(m.chair, session.team),
                        MeetingText.staffList(m.attendees, session.team), String(m.minutes), String(m.board.count)))
        Console.out(L.t(.mtgStartedNext))
    }
}

/// `tavle meeting status [--json]`: the agenda in urgency order, progress, time, crisis readiness.
struct MeetingStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: L.t(.helpMeetingStatusAbstract),
                             discussion: L.t(.helpMeetingStatusDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var privateOutput: PrivateOutputOptions

    func run() throws {
        let session = try globals.session()
        // Names, crisis plans and the meeting's decisions: a private file or stdout, and logged.
        try privateOutput.emit(session) {
            let view = try MeetingView.load(session)
            AccessRecording.record(session, youth: nil, how: "meeting")
            if output.json { try JSONOutput.print(view.json(session)) } else { view.print(session) }
            BoardListing.reportProblems(view.problems)
        }
    }
}

/// `tavle meeting discuss ID [--decision TEXT]… [--who STAFF --when HH:MM [--where TEXT]] [--status S] [--seconds N]
/// [--needs TEXT] [--treatment|--safety|--family ok|concern]`.
struct MeetingDiscussCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "discuss", abstract: L.t(.helpMeetingDiscussAbstract),
                             discussion: L.t(.helpMeetingDiscussDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optMeetingDecision), valueName: "TEXT")) var decision: [String] = []
    @Option(help: ArgumentHelp(L.t(.optMeetingWho), valueName: "STAFF")) var who: String?
    @Option(help: ArgumentHelp(L.t(.optMeetingWhen), valueName: "HH:MM")) var when: String?
    @Option(name: .customLong("where"), help: ArgumentHelp(L.t(.optMeetingWhere), valueName: "TEXT")) var place: String?
    @Option(help: ArgumentHelp(L.t(.optMeetingStatus), valueName: "STATUS")) var status: Status?
    @Option(help: ArgumentHelp(L.t(.optWhy), valueName: "TEXT")) var why: String?
    @Option(help: ArgumentHelp(L.t(.optMeetingSeconds), valueName: "N")) var seconds: Int?
    @Option(help: ArgumentHelp(L.t(.optMeetingNeeds), valueName: "TEXT")) var needs: String?
    @Option(help: ArgumentHelp(L.t(.optMeetingTreatment), valueName: "ok|concern")) var treatment: QuestionAnswer?
    @Option(help: ArgumentHelp(L.t(.optMeetingSafety), valueName: "ok|concern")) var safety: QuestionAnswer?
    @Option(help: ArgumentHelp(L.t(.optMeetingFamily), valueName: "ok|concern")) var family: QuestionAnswer?

    func validate() throws {
        if (who == nil) != (when == nil) { throw ValidationError(L.t(.usageMeetingWhoWhen)) }
        if place != nil && who == nil { throw ValidationError(L.t(.usageMeetingWhoWhen)) }
        if let s = seconds, s < 0 { throw ValidationError(L.t(.usageMeetingSeconds)) }
        if let s = seconds, !Limits.meetingSeconds.contains(s) { throw ValidationError(L.t(.usageMeetingSecondsRange)) }
    }

    func run() throws {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let target = try session.resolve(youth, for: .write)
        let store = session.store, day = session.today
        // The status, each decision and today's plan, then the mark: one change (one undo).
        var changes: [YouthChange] = []
        if let s = status { changes.append(.status(s, why: why)) }
        changes += decision.map { .decision(text: $0) }
        if let p = who, let w = when { changes.append(.plan(day: nil, staff: p, time: w, place: place)) }
        if needs != nil || treatment != nil || safety != nil || family != nil {
            changes.append(.answers(needs: needs, treatment: treatment, safety: safety, family: family))
        }
        let m = try store.discuss(youth: target.id, day: day, changes: changes, seconds: seconds, actor: context.actor)
        if store.currentYouth(day: day)?.youth == target.id { try? store.setCurrentYouth(day: day, youth: nil) }
        let item = m.item(target.id)
        let coverage = try store.coverage(of: m)
        Console.out(L.n(.mtgDiscussed, item.decisions.count, Format.safe(target.label), target.id, MeetingText.duration(item.seconds),
                        String(item.decisions.count), String(coverage.discussed.count), String(coverage.board.count)))
        if let p = item.plans.last, who != nil { Console.out("  " + L.t(.mtgPlanSet, Format.staff(p.staff, session.team), p.time)) }
        for line in MeetingMinutes.answerLines(item.answers, text: false, L.lang) { Console.out("  " + line) }
        if let next = coverage.undiscussed.first {
            Console.out(L.t(.mtgNext, Format.safe(target.labels[next] ?? next), next))
        } else {
            Console.out(L.t(.mtgAllDiscussed))
        }
    }
}

/// `tavle meeting decision ID TEXT`: a decision in today's meeting (also a decision note on the youth).
struct MeetingDecisionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decision", abstract: L.t(.helpMeetingDecisionAbstract),
                             discussion: L.t(.helpMeetingDecisionDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argDecisionText), valueName: "TEXT")) var text: String

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let target = try session.resolve(youth, for: .write)
        let m = try session.store.applyInMeeting(.decision(text: text), youth: target.id, day: session.today, actor: actor)
        Console.out(L.t(.mtgDecisionRecorded, Format.safe(target.label), target.id, String(m.item(target.id).decisions.count)))
    }
}

/// `tavle meeting end [--yes]`: ends today's meeting; board youths not discussed need confirmation.
struct MeetingEndCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "end", abstract: L.t(.helpMeetingEndAbstract), discussion: L.t(.helpMeetingEndDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Flag(name: [.customShort("y"), .long], help: ArgumentHelp(L.t(.optMeetingYes))) var yes = false

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let store = session.store, day = session.today
        var result = try store.endMeeting(day: day, confirmUndiscussed: yes, actor: actor)
        if case .needsConfirmation(let coverage) = result {
            let labels = Board.distinctInitials(try store.allYouthNames(today: day))
            let missing = coverage.undiscussed
            let names = missing.map { Format.safe(labels[$0] ?? $0) }.joined(separator: ", ")
            let total = coverage.board.count
            guard MeetingText.interactive else {
                throw CLIError.data(.mtgEndRefused, String(missing.count), String(total), names)
            }
            MeetingText.prompt(L.t(.mtgEndConfirm, String(missing.count), String(total), names) + " [y/N] ")
            let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard ["y", "yes", "j", "ja"].contains(answer) else { throw CLIError.data(.mtgEndCancelled) }
            result = try store.endMeeting(day: day, confirmUndiscussed: true, actor: actor)
        }
        guard case .ended(let m) = result else { return }
        let labels = Board.distinctInitials(try store.allYouthNames(today: day))
        let coverage = m.coverage()
        Console.out(L.t(.mtgEnded, m.ended?.clock ?? "", String(coverage.discussed.count), String(coverage.board.count),
                        MeetingText.duration(Int((m.ended ?? m.started).seconds - m.started.seconds)), String(m.minutes)))
        let not = coverage.undiscussed
        if !not.isEmpty {
            Console.out(L.t(.mtgEndedNotDiscussed, not.map { Format.safe(labels[$0] ?? $0) }.joined(separator: ", ")))
        }
        Console.out(L.t(.mtgEndedMinutes))
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
        Console.stderr(text)
    }

    /// Today's meeting, open, or the core's refusal saying why not.
    static func openMeeting(_ store: Store, _ day: Day) throws -> Meeting {
        guard let m = try store.meeting(on: day) else { throw TavleError.refused(LocalizedMessage(.refuseMeetingNone, [day.iso])) }
        guard let end = m.ended else { return m }
        throw TavleError.refused(LocalizedMessage(.refuseMeetingEnded, [day.iso, end.clock]))
    }
}
