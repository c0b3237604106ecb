import ArgumentParser
import TavleCore

/// `tavle stats [--weeks N] [--json]`: the numbers a team watches.
struct StatsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stats", abstract: L.t("help.stats.abstract"), discussion: L.t("help.stats.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t("opt.stats.weeks"), valueName: "N")) var weeks = 4
    @OptionGroup var output: JSONOption

    func validate() throws {
        guard (1...52).contains(weeks) else { throw ValidationError(L.t("usage.weeks")) }
    }

    func run() throws {
        let session = try globals.session()
        let all = try session.store.loadAllYouths(keep: TavleCore.TeamStats.kept(weeks: weeks, today: session.today))
        let held = try session.store.meetings(through: session.today)
        let stats = TeamStats(youths: all.youths, meetings: held.meetings, team: session.team, today: session.today, weeks: weeks)
        if output.json { try JSONOutput.print(stats) } else { stats.print(teamName: session.team.name) }
        BoardListing.reportProblems(all.problems + held.problems)
    }
}
