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
            let m = try municipality.map { (t: String) throws(TavleError) in try session.team.municipalityFilter(t) }
            let load = try session.store.teamStats(team: session.team, today: session.today, contactWeeks: weeks, municipality: m)
            if output.json { try JSONOutput.print(StatsText.json(load.stats, labels: load.labels)) } else {
                StatsText.print(load.stats, teamName: session.team.name, labels: load.labels)
            }
            BoardListing.reportProblems(load.problems)
        }
    }
}
