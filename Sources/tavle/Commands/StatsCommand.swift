import ArgumentParser
import TavleCore

/// `tavle stats [--weeks N] [--json]`: the numbers a team watches.
struct StatsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "stats", abstract: L.t(.helpStatsAbstract), discussion: L.t(.helpStatsDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Option(help: ArgumentHelp(L.t(.optStatsWeeks), valueName: "N")) var weeks = TeamStats.contactWeeks
    @Option(help: ArgumentHelp(L.t(.optFilterMunicipality), valueName: "NAME")) var municipality: String?
    @OptionGroup var output: JSONOption

    func validate() throws {
        guard (1...52).contains(weeks) else { throw ValidationError(L.t(.usageWeeks)) }
    }

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let all = try session.store.loadAllYouths(keep: TavleCore.TeamStats.kept(weeks: weeks, today: session.today))
            let held = try session.store.meetings(through: session.today)
            let m = try municipality.map { (t: String) throws(TavleError) in try session.team.municipalityFilter(t) }
            let stats = TeamStats(youths: all.youths, meetings: held.meetings, today: session.today, team: session.team, contactWeeks: weeks,
                                  municipality: m)
            let labels = Board.distinctInitials(all.youths)
            if output.json { try JSONOutput.print(StatsText.json(stats, labels: labels)) } else { StatsText.print(stats, teamName: session.team.name, labels: labels) }
            BoardListing.reportProblems(all.problems + held.problems)
        }
    }
}
