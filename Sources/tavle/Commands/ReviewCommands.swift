import ArgumentParser
import TavleCore

/// `tavle reviewed ID [--note TEXT]`: a whole-team review happened today.
struct ReviewedCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reviewed", abstract: L.t(.helpReviewedAbstract), discussion: L.t(.helpReviewedDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optReviewedNote), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .reviewed(note: note)
        } done: { _, c in
            L.t(.doneReviewed, Format.day(c.today))
        }
    }
}

/// `tavle discharge ID`: discharged; any board period is closed.
struct DischargeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "discharge", abstract: L.t(.helpDischargeAbstract), discussion: L.t(.helpDischargeDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optDischargeWhy), valueName: "TEXT")) var why: String?
    @Option(help: ArgumentHelp(L.t(.optDischargeTo), valueName: "SERVICE")) var to: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .discharge(why: why, to: to)
        } done: { _, c in
            L.t(.doneDischarge, Format.day(c.today))
        }
    }
}
