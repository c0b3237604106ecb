/// `out-of-hours`: contacts (not attempts) in evenings, at night, on weekends and public holidays
/// (`FidelityCalendar.isOutOfHours`), of all contacts; and (`detail.nightsWithoutOnCall` of
/// `detail.nights`) the nights nobody was on call in the rota. The rota keeps today's pattern and
/// its dated changes, not its history: nights before its last change are said as a gap. Records:
/// the youths with a contact out of hours.
enum OutOfHours {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        var all = 0, out = 0
        var youths: Set<String> = []
        for y in input.youths {
            for c in y.shownContacts where c.kind != .attempt && r.contains(c.at.day) {
                all += 1
                if FidelityCalendar.isOutOfHours(c.at) { out += 1; youths.insert(y.id) }
            }
        }
        var detail: [String: Double] = [:]
        var gaps: [FidelityGap] = []
        let rota = input.rota
        if rota.pattern.isEmpty && rota.holidayPattern.isEmpty && rota.changes.isEmpty {
            gaps.append(FidelityGap(.noRota, r.days.count))
        } else {
            let days = r.days
            detail["nights"] = Double(days.count)
            detail["nightsWithoutOnCall"] = Double(days.count { rota.onCall(on: $0).isEmpty })
            if let changed = rota.updated?.day { gaps.append(FidelityGap(.rotaHistory, days.count { $0 < changed })) }
        }
        return .share(.outOfHours, out, all, records: youths, detail: detail, gaps: gaps)
    }
}
