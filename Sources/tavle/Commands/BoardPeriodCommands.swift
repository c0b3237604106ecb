import ArgumentParser
import TavleCore

/// `tavle intensive ID --reason R`: onto the board, with a plan and an evaluation date.
struct IntensiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "intensive", abstract: L.t(.helpIntensiveAbstract),
                             discussion: L.t(.helpIntensiveDiscussion, BoardReason.choices))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optIntensiveReason))) var reason: BoardReason
    @Option(help: ArgumentHelp(L.t(.optIntensiveEvaluate), valueName: "YYYY-MM-DD")) var evaluate: Day?
    @Option(help: ArgumentHelp(L.t(.optIntensivePlan), valueName: "TEXT")) var plan: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "intensive") { y, c in
            try y.putOnBoard(reason: reason, plan: plan ?? "", evaluate: evaluate, by: c.actor.staff, today: c.today, settings: c.settings)
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
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "case-management") { y, c in
            try y.takeOffBoard(note: note, by: c.actor.staff, at: c.now, today: c.today)
        } done: { y, c in
            L.t(.doneCaseManagement, String(y.boardPeriods.last?.days(today: c.today) ?? 0))
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
    @Option(help: ArgumentHelp(L.t(.optEvaluateNext), valueName: "YYYY-MM-DD")) var next: Day?
    @Option(help: ArgumentHelp(L.t(.optEvaluateNote), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "evaluate") { y, c in
            try y.evaluatePeriod(next: next, note: note, by: c.actor.staff, at: c.now, today: c.today, settings: c.settings)
        } done: { y, _ in
            L.t(.doneEvaluate, Format.day(y.currentPeriod?.evaluate))
        }
    }
}
