/// `review-timeliness`: on the period's last day, the youths due a whole-team review (active and
/// taken in at least the team's review interval ago, `rules.reviewIntervalDays`) reviewed within
/// that interval, of those due. Records: the youths reviewed in time.
enum ReviewTimeliness {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        guard r.from <= r.to else { return .share(.reviewTimeliness, 0, 0, target: 1, records: []) }
        let interval = input.team.rules.reviewIntervalDays
        let since = r.to.adding(days: -interval)
        var due = 0
        var reviewed: Set<String> = []
        for y in input.youths where FidelityCalendar.active(y, on: r.to) && y.intake <= since {
            due += 1
            if y.reviews.contains(where: { $0.day > since && $0.day <= r.to }) { reviewed.insert(y.id) }
        }
        return .share(.reviewTimeliness, reviewed.count, due, target: 1, records: reviewed,
                      detail: ["intervalDays": Double(interval)])
    }
}
