extension Store {
    /// Each active member's caseload, counted as each youth file is read (contacts of the last
    /// weeks only, no note text: `TeamStats.kept`), so no youth is held (issue 29). Returns the
    /// files that could not be read beside it.
    public func caseload(team: Team, today: Day) throws(TavleError) -> (caseload: Caseload, problems: [LoadProblem]) {
        var tally = Caseload.Tally(team: team, today: today)
        let problems = try forEachYouth(keep: TeamStats.kept(weeks: 1, today: today)) { tally.add($0) }
        return (tally.caseload, problems)
    }
}
