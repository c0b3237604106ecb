/// The fidelity report read from a data directory, with the board labels its records are shown by
/// and the files that could not be read: what `tavle fidelity` and the board's `F` view both show.
public struct FidelityLoad: Sendable {
    public var report: FidelityReport
    /// Board labels by youth id (`Board.distinctInitials` over every youth read).
    public var labels: [String: String]
    public var problems: [LoadProblem]
}

extension Store {
    /// Reads each youth file once (without notes or contact text), the meetings of the period, the
    /// rota and the referral queue, and builds the report for `from`…`to`, narrowed to one
    /// municipality (already resolved, `Team.municipalityFilter`) when given.
    public func fidelity(team: Team, today: Day, from: Day, to: Day, municipality: String? = nil) throws(TavleError) -> FidelityLoad {
        let all = try loadAllYouths(keep: FidelityReport.kept(from: from))
        let held = try meetings(from: from, through: to)
        let rota = try loadRota()
        let queue = try referrals()
        let youths = municipality.map { m in all.youths.filter { $0.municipality == m } } ?? all.youths
        let input = FidelityInput(youths: youths, meetings: held.meetings, rota: rota, referrals: queue.referrals, team: team, today: today)
        return FidelityLoad(report: FidelityReport(input, from: from, to: to, municipality: municipality),
                            labels: Board.distinctInitials(all.youths), problems: all.problems + held.problems + queue.problems)
    }
}
