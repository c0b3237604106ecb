/// `school-work`: the youths active on the period's last day who are in school or work then
/// (`Fraction.schoolOrWork`, the definition `stats` uses: no status recorded is not, and is said as
/// a gap); `detail.atIntake` the same share on their intake day for the youths taken in during the
/// period (`detail.atIntakeNumerator`, `detail.atIntakeDenominator`). Records: the youths in school
/// or work at the end.
enum SchoolWork {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        guard r.from <= r.to else { return .share(.schoolWork, 0, 0, records: []) }
        let active = input.youths.filter { FidelityCalendar.active($0, on: r.to) }
        let end = Fraction.schoolOrWork(active, on: r.to)
        let taken = input.youths.filter { r.contains($0.intake) }
        let intake = taken.count { $0.isInSchoolOrWork(on: $0.intake) }
        var detail: [String: Double] = ["atIntakeNumerator": Double(intake), "atIntakeDenominator": Double(taken.count)]
        if !taken.isEmpty { detail["atIntake"] = TeamStats.ratio(intake, taken.count) }
        return .share(.schoolWork, end.numerator, end.denominator, records: Set(active.filter { $0.isInSchoolOrWork(on: r.to) }.map(\.id)),
                      detail: detail, gaps: [FidelityGap(.noSchoolStatus, active.count { $0.schoolEntry(on: r.to) == nil })])
    }
}
