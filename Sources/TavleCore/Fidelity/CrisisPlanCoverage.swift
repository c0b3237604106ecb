/// `crisis-plan-coverage`: board days (a youth on the board on a day) with a current crisis plan,
/// of board days. Current, as in `CrisisReadiness`: updated since the board period began. The
/// record keeps only the plan's last update, so a board day before it cannot be judged (an earlier
/// plan may have held): those days are left out and said as a gap. A youth with no plan: not
/// covered. Records: the youths with a covered board day.
enum CrisisPlanCoverage {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        var covered = 0, all = 0, unknown = 0
        var youths: Set<String> = []
        for y in input.youths {
            for p in y.boardPeriods {
                let start = max(p.start, r.from), end = min(p.end ?? r.to, r.to)
                guard start <= end else { continue }
                let n = start.days(to: end) + 1
                guard let plan = y.crisisPlan else { all += n; continue }
                // Days before the last update: unknown. From it on: current if updated since the period began.
                let judged = plan.updated > end ? 0 : (plan.updated > start ? plan.updated.days(to: end) + 1 : n)
                unknown += n - judged
                all += judged
                if plan.updated >= p.start, judged > 0 { covered += judged; youths.insert(y.id) }
            }
        }
        return .share(.crisisPlanCoverage, covered, all, target: 1, records: youths, gaps: [FidelityGap(.crisisPlanHistory, unknown)])
    }
}
