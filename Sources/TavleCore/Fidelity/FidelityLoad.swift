/// The fidelity report read from a data directory, with the board labels its records are shown by
/// and the files that could not be read: what `tavle fidelity` and the board's `F` view both show.
public struct FidelityLoad: Sendable {
    public var report: FidelityReport
    /// Board labels by youth id (`Board.distinctInitials` over every youth read).
    public var labels: [String: String]
    public var problems: [LoadProblem]
}

extension Store {
    /// Reads each youth file once, keeping only what the report reads (`FidelityReport.kept`), the
    /// meetings of the period, the rota and the referral queue, and builds the report for
    /// `from`…`to`, narrowed to one municipality (already resolved, `Team.municipalityFilter`)
    /// when given. The labels are made from every youth's name as it is read.
    public func fidelity(team: Team, today: Day, from: Day, to: Day, municipality: String? = nil) throws(TavleError) -> FidelityLoad {
        var youths: [Youth] = []
        var names: [YouthName] = []
        let youthProblems = try forEachYouth(keep: FidelityReport.kept(from: from)) { y in
            names.append(YouthName(y))
            if municipality == nil || y.municipality == municipality { youths.append(y) }
        }
        let held = try meetings(from: from, through: to)
        let rota = try loadRota()
        let queue = try referrals()
        let input = FidelityInput(youths: youths, meetings: held.meetings, rota: rota, referrals: queue.referrals, team: team, today: today)
        return FidelityLoad(report: FidelityReport(input, from: from, to: to, municipality: municipality),
                            labels: Board.distinctInitials(names), problems: youthProblems + held.problems + queue.problems)
    }
}
