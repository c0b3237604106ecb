import ArgumentParser
import TavleCore

/// `tavle intensive ID --reason R`: onto the board, with a plan and an evaluation date.
struct IntensiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "intensive", abstract: L.t(.helpIntensiveAbstract),
                             discussion: L.t(.helpIntensiveDiscussion, BoardReason.allValueStrings.joined(separator: ", ")))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optIntensiveReason))) var reason: BoardReason
    @Option(help: ArgumentHelp(L.t(.optIntensiveEvaluate), valueName: "DATE")) var evaluate: String?
    @Option(help: ArgumentHelp(L.t(.optIntensivePlan), valueName: "TEXT")) var plan: String = ""
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { c in
            .putOnBoard(reason: reason, plan: plan, evaluate: try Input.optionalDay(evaluate, for: .upcoming, today: c.today))
        } done: { y, _ in
            L.t(.doneIntensive, L.label(reason), Format.day(y.currentPeriod?.evaluate))
        }
    }
}

/// `tavle case-management ID`: off the board, closing the board period.
struct CaseManagementCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "case-management", abstract: L.t(.helpCaseManagementAbstract),
                             discussion: L.t(.helpCaseManagementDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optCaseManagementNote), valueName: "TEXT")) var note: String?
    @Option(help: ArgumentHelp(L.t(.optCaseManagementStatus), valueName: "STATUS")) var status: Status?
    @Option(help: ArgumentHelp(L.t(.optWhy), valueName: "TEXT")) var why: String?
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { _ in
            .takeOffBoard(note: note, status: status, why: why)
        } done: { y, c in
            L.n(.doneCaseManagement, y.boardPeriods.last?.days(today: c.today) ?? 0)
        }
    }
}

/// `tavle evaluate ID`: evaluates the current board period and sets the next date.
struct EvaluateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "evaluate", abstract: L.t(.helpEvaluateAbstract), discussion: L.t(.helpEvaluateDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optEvaluateNext), valueName: "DATE")) var next: String?
    @Option(help: ArgumentHelp(L.t(.optEvaluateNote), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { c in
            .evaluate(next: try Input.optionalDay(next, for: .upcoming, today: c.today), note: note)
        } done: { y, _ in
            L.t(.doneEvaluate, Format.day(y.currentPeriod?.evaluate))
        }
    }
}
