/// Which shifts a day needs for the team's crisis readiness (the Directorate's letter: days,
/// evenings, weekends and holidays, with someone on call when the team is not at work).
public enum ShiftNeeds {
    /// Saturdays, Sundays and public holidays are worked as weekends.
    public static func isWeekendLike(_ day: Day) -> Bool { Weekday(day).isWeekend || Holidays.isHoliday(day) }

    /// Every day needs an on-call (bakvakt); a working day an evening shift; a Saturday, Sunday or
    /// public holiday a weekend shift. (The day shift is the team at work, not readiness.)
    public static func required(on day: Day) -> [Shift] {
        isWeekendLike(day) ? [.weekend, .onCall] : [.evening, .onCall]
    }
}

/// A shift nobody has on a day that needs it: a team-level warning.
public struct MissingShift: Sendable, Equatable, Codable {
    public var day: Day
    public var shift: Shift
    public init(day: Day, shift: Shift) { self.day = day; self.shift = shift }

    /// `Ingen bakvakt 23.12` / `No on-call 23.12`.
    public var message: LocalizedMessage {
        let c = day.components
        let key: TextKey = switch shift {
        case .onCall: .coverageMissingOnCall
        case .evening: .coverageMissingEvening
        case .weekend: .coverageMissingWeekend
        case .day: .coverageMissingDay
        }
        return LocalizedMessage(key, [Day.pad(c.day, 2) + "." + Day.pad(c.month, 2)])
    }
}

/// The rota's gaps in the coming week, as team-level warnings: while any youth is on the board,
/// every shift a day needs (`ShiftNeeds`) that nobody has in the next seven days, today first,
/// on call before the evening or weekend shift. One value, shown by the board's header, the day
/// plan, `tavle today`, `tavle due` and the meeting alike.
public struct RotaCoverage: Sendable, Equatable, Codable {
    /// How many days ahead the rota is checked, today included.
    public static let days = 7

    public var from: Day
    public var through: Day
    public var missing: [MissingShift]

    /// Checks `rota` from `today`; with nobody on the board there is nothing to be ready for.
    public init(rota: Rota, today: Day, anyoneOnBoard: Bool) {
        from = today
        through = today.adding(days: RotaCoverage.days - 1)
        guard anyoneOnBoard else { missing = []; return }
        var out: [MissingShift] = []
        for i in 0..<RotaCoverage.days {
            let day = today.adding(days: i)
            let duty = rota.duty(on: day)
            for shift in ShiftNeeds.required(on: day).sorted(by: { $0 == .onCall && $1 != .onCall })
            where (duty[shift] ?? []).isEmpty {
                out.append(MissingShift(day: day, shift: shift))
            }
        }
        missing = out
    }

    /// The coverage for the board's day and youths.
    public init(board: Board, rota: Rota) {
        self.init(rota: rota, today: board.today, anyoneOnBoard: !board.intensive.isEmpty)
    }

    public var isEmpty: Bool { missing.isEmpty }
}
