/// `discharges`: the youths discharged in the period (`DischargeCounts`, the definition `stats`
/// uses), by reason (`detail.reason.goals-met` …) and destination (`detail.to.outreach` …), with
/// the median length of stay in days from intake to discharge (`detail.medianStayDays`). Those
/// discharged before reasons were recorded are a gap. Records: the youths discharged.
enum DischargesFigure {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        let c = DischargeCounts(input.youths, from: r.from, through: r.to)
        var detail: [String: Double] = [:]
        for (k, v) in c.byReason { detail["reason." + k] = Double(v) }
        for (k, v) in c.byDestination { detail["to." + k] = Double(v) }
        let gone = input.youths.filter { y in y.phase == .discharged && y.discharged.map(r.contains) == true }
        if let m = TeamStats.median(gone.map { $0.intake.days(to: $0.discharged!) }) { detail["medianStayDays"] = m }
        return FidelityItem(id: .discharges, value: Double(c.total), records: gone.map(\.id).sorted(), detail: detail,
                            gaps: [FidelityGap(.dischargeNotRecorded, c.notRecorded)])
    }
}
