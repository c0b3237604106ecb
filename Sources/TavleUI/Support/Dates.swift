import TavleCore

/// Dates as the board writes them: `22.11`, `søndag 22.11.2026`, `uke 47`.
enum Dates {
    /// `22.11`
    static func short(_ d: Day) -> String { String(d.norwegian.prefix(5)) }

    /// `09:14`
    static func shortTime(_ t: Timestamp) -> String { t.clock }

    /// `22.11 09:14`
    static func shortDateTime(_ t: Timestamp) -> String { short(t.day) + " " + t.clock }

    /// `søndag 22.11.2026` / `Sunday 2026-11-22`
    static func weekdayAndDate(_ d: Day, _ lang: Language) -> String {
        Weekday(d).label(lang) + " " + d.text(lang)
    }

    /// ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday).
    static func isoWeek(_ d: Day) -> Int {
        let thursday = d.adding(days: 3 - d.weekdayIndex)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        return jan1.days(to: thursday) / 7 + 1
    }

    /// `i dag`, `i går`, `3 d`: how long ago, compactly.
    static func ago(_ d: Day, today: Day, _ lang: Language) -> String {
        let n = d.days(to: today)
        switch n {
        case 0: return Texts.text(.agoToday, lang)
        case 1: return Texts.text(.agoYesterday, lang)
        default: return Texts.text(.agoDays, lang, [String(n)])
        }
    }
}
