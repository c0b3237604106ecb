/// The team's figures read from a data directory, with the board labels they are shown by and
/// the files that could not be read: what `tavle stats` and the board's `S` view both show.
public struct StatsLoad: Sendable {
    public var stats: TeamStats
    /// Board labels by youth id (`Board.distinctInitials` over every youth read).
    public var labels: [String: String]
    public var problems: [LoadProblem]
}

extension Store {
    /// Reads each youth file once (without notes; contacts of the last `contactWeeks` weeks and
    /// more, without their text: `TeamStats.kept`) and counts it as it is read, so only a youth's
    /// name and what a figure lists stay in memory (issue 29: `stats` streams). `municipality` is
    /// already resolved (`Team.municipalityFilter`).
    public func teamStats(team: Team, today: Day, contactWeeks: Int = TeamStats.contactWeeks,
                          municipality: String? = nil) throws(TavleError) -> StatsLoad {
        var tally = TeamStats.Tally(today: today, team: team, contactWeeks: contactWeeks, municipality: municipality)
        var names: [YouthName] = []
        let problems = try forEachYouth(keep: TeamStats.kept(weeks: contactWeeks, today: today)) { y in
            tally.add(y)
            names.append(YouthName(y))
        }
        let held = try meetings(through: today)
        return StatsLoad(stats: tally.stats(meetings: held.meetings), labels: Board.distinctInitials(names),
                         problems: problems + held.problems)
    }
}
