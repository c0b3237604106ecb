import ArgumentParser
import TavleCore

/// `tavle reviewed ID [--note TEXT]`: a whole-team review happened today.
struct ReviewedCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reviewed", abstract: L.t("help.reviewed.abstract"), discussion: L.t("help.reviewed.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t("opt.reviewed.note"), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "reviewed") { y, c in
            try y.markReviewed(by: c.actor.staff, day: c.today, note: note, at: c.now)
        } done: { _, c in
            L.t("done.reviewed", Format.day(c.today))
        }
    }
}

/// `tavle discharge ID`: discharged; any board period is closed.
struct DischargeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "discharge", abstract: L.t("help.discharge.abstract"), discussion: L.t("help.discharge.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "discharge") { y, c in
            try y.discharge(by: c.actor.staff, today: c.today, at: c.now)
        } done: { _, c in
            L.t("done.discharge", Format.day(c.today))
        }
    }
}
