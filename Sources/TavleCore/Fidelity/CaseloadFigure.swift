/// `caseload`: on the period's last day, the active youths per case manager as primary contact:
/// the value is the mean over the members who are primary contact for anyone, `detail.max` the
/// largest, `detail.caseManagers` how many. Active youths with no primary contact are a gap.
/// Records: the youths counted.
enum CaseloadFigure {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        guard r.from <= r.to else { return FidelityItem(id: .caseload, value: nil, records: []) }
        var per: [StaffID: Int] = [:]
        var youths: [String] = [], none = 0
        for y in input.youths where FidelityCalendar.active(y, on: r.to) {
            if let p = y.primaryContact { per[p, default: 0] += 1; youths.append(y.id) } else { none += 1 }
        }
        let counts = Array(per.values)
        let mean = counts.isEmpty ? nil : TeamStats.round(Double(counts.reduce(0, +)) / Double(counts.count), 2)
        return FidelityItem(id: .caseload, value: mean, records: youths.sorted(),
                            detail: ["max": Double(counts.max() ?? 0), "caseManagers": Double(counts.count)],
                            gaps: [FidelityGap(.noPrimaryContact, none)])
    }
}
