/// `shared-caseload`: in each 14-day window (back from the period's last day; a window may not
/// start before the period), the youths active on its last day seen by more than one team member
/// (`TeamStats.seenByMoreThanOne`, the definition `stats` uses), of those youths; summed over the
/// windows. Expected at least 90 %. Records: the youths seen by more than one in some window.
enum SharedCaseload {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        let days = TeamStats.multipleStaffDays
        // The windows' last days, back from the period's last day.
        var ends: [Day] = []
        var end = r.to
        while end.adding(days: 1 - days) >= r.from { ends.append(end); end = end.adding(days: -days) }
        var seen = 0, all = 0
        var youths: Set<String> = []
        // Each youth once, through every window (a youth's record is large to go over again and again).
        for y in input.youths {
            for end in ends where FidelityCalendar.active(y, on: end) {
                all += 1
                if TeamStats.seenByMoreThanOne(y, from: end.adding(days: 1 - days), through: end) { seen += 1; youths.insert(y.id) }
            }
        }
        let windows = ends.count
        return .share(.sharedCaseload, seen, all, target: TeamStats.multipleStaffTarget, records: youths,
                      detail: ["windows": Double(windows)])
    }
}
