/// `shared-caseload`: in each 14-day window (back from the period's last day; a window may not
/// start before the period), the youths active on its last day seen by more than one team member
/// (`TeamStats.seenByMoreThanOne`, the definition `stats` uses), of those youths; summed over the
/// windows. Expected at least 90 %. Records: the youths seen by more than one in some window.
enum SharedCaseload {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        let days = TeamStats.multipleStaffDays
        var end = r.to
        var seen = 0, all = 0, windows = 0
        var youths: Set<String> = []
        while end.adding(days: 1 - days) >= r.from {
            let start = end.adding(days: 1 - days)
            windows += 1
            for y in input.youths where FidelityCalendar.active(y, on: end) {
                all += 1
                if TeamStats.seenByMoreThanOne(y, from: start, through: end) { seen += 1; youths.insert(y.id) }
            }
            end = end.adding(days: -days)
        }
        return .share(.sharedCaseload, seen, all, target: TeamStats.multipleStaffTarget, records: youths,
                      detail: ["windows": Double(windows)])
    }
}
