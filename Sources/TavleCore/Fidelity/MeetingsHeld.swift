/// `meetings-held`: working days (weekdays that are not public holidays) with a board meeting, of
/// all working days. A meeting started counts as held (`stats` counts it so too); a meeting on a
/// weekend or holiday is held but is not a working day. Records: the days counted.
enum MeetingsHeld {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        let held = Set(input.meetings.map(\.day).filter { r.contains($0) })
        let working = r.days.filter(FidelityCalendar.isWorkingDay)
        let with = working.filter { held.contains($0) }
        return .share(.meetingsHeld, with.count, working.count, target: 1, records: Set(with.map(\.iso)),
                      detail: ["meetings": Double(held.count)])
    }
}
