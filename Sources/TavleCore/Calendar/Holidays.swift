import Synchronization

/// A named day of the Norwegian calendar: the public holidays (helligdager and the two national
/// days), and christmas eve and new year's eve, which are named but are ordinary working days.
public enum NamedDay: String, Choice {
    case newYearsDay = "new-years-day", maundyThursday = "maundy-thursday", goodFriday = "good-friday",
         easterSunday = "easter-sunday", easterMonday = "easter-monday", labourDay = "labour-day",
         constitutionDay = "constitution-day", ascensionDay = "ascension-day", whitSunday = "whit-sunday",
         whitMonday = "whit-monday", christmasEve = "christmas-eve", christmasDay = "christmas-day",
         boxingDay = "boxing-day", newYearsEve = "new-years-eve"
    public static let labelPrefix = "holiday"

    /// Whether the day is a public holiday (julaften and nyttårsaften are not).
    public var isHoliday: Bool { self != .christmasEve && self != .newYearsEve }
}

/// The Norwegian public holidays, worked out for any year: fixed ones and those that follow
/// Easter (Gregorian computus). A pure calendar: no table to keep up to date.
public enum Holidays {
    /// Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easter(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }

    /// Every named day of `year`, in calendar order.
    public static func named(in year: Int) -> [(day: Day, name: NamedDay)] {
        guard (1583...9999).contains(year) else { return [] }
        let e = easter(year)
        let fixed: [(Int, Int, NamedDay)] = [(1, 1, .newYearsDay), (5, 1, .labourDay), (5, 17, .constitutionDay),
                                             (12, 24, .christmasEve), (12, 25, .christmasDay), (12, 26, .boxingDay),
                                             (12, 31, .newYearsEve)]
        var out = fixed.map { (day: Day(year: year, month: $0.0, day: $0.1)!, name: $0.2) }
        let moving: [(Int, NamedDay)] = [(-3, .maundyThursday), (-2, .goodFriday), (0, .easterSunday), (1, .easterMonday),
                                         (39, .ascensionDay), (49, .whitSunday), (50, .whitMonday)]
        out += moving.map { (day: e.adding(days: $0.0), name: $0.1) }
        // Ascension Day can fall on 1 or 17 May: both names stand, the day is listed once per name.
        return out.sorted { ($0.day, $0.name.rawValue) < ($1.day, $1.name.rawValue) }
    }

    /// Each year's holidays, worked out once: the board ages every open decision in working days,
    /// and working out the year again for each was a fifth of its first frame at 10,000 youths.
    private static let cache = Mutex<[Int: [Day]]>([:])

    /// The public holidays of `year`, each day once.
    public static func holidays(in year: Int) -> [Day] {
        if let known = cache.withLock({ $0[year] }) { return known }
        var seen: Set<Day> = []
        let days = named(in: year).filter { $0.name.isHoliday && seen.insert($0.day).inserted }.map(\.day)
        cache.withLock { $0[year] = days }
        return days
    }

    /// The names `day` has (usually none, at most two when a moving holiday meets a fixed one).
    public static func names(on day: Day) -> [NamedDay] {
        named(in: day.year).filter { $0.day == day }.map(\.name)
    }

    /// The day's name, if it has one (a public holiday before julaften/nyttårsaften).
    public static func name(on day: Day) -> NamedDay? {
        let n = names(on: day)
        return n.first { $0.isHoliday } ?? n.first
    }

    /// Whether `day` is a public holiday.
    public static func isHoliday(_ day: Day) -> Bool { holidays(in: day.year).contains(day) }
}
