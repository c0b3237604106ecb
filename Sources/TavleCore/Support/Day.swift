import Foundation

/// A calendar day with no time zone attached (the team's day), stored as days since 1970-01-01.
/// Pure arithmetic (Howard Hinnant's civil-date algorithms): no Foundation formatters on hot paths.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Nil when the date does not exist (31.02, month 13 …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// Parses `YYYY-MM-DD`, and with `allowNorwegian` also `dd.mm.yyyy` (as Norwegian Excel saves it).
    public init?(parsing text: String, allowNorwegian: Bool = false) {
        // Fast path for exactly `YYYY-MM-DD` (the index and files hold thousands of these).
        if text.utf8.count == 10, let d = text.utf8.withContiguousStorageIfAvailable({ Day(isoBytes: $0) }) ?? nil {
            self = d
            return
        }
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            self.init(year: y, month: m, day: d); return
        }
        if allowNorwegian {
            let no = t.split(separator: ".", omittingEmptySubsequences: false)
            if no.count == 3, (1...2).contains(no[0].count), (1...2).contains(no[1].count), no[2].count == 4,
               let d = Int(no[0]), let m = Int(no[1]), let y = Int(no[2]) {
                self.init(year: y, month: m, day: d); return
            }
        }
        return nil
    }

    /// Exactly `YYYY-MM-DD` as bytes (an existing date), else nil: `init(parsing:)`'s fast path,
    /// and what reading a youth file by hand takes (`FastRead`).
    init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
                n = n * 10 + Int(u[i] - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `n` as `width` digits at `at` (the caller knows it fits).
    static func put(_ n: Int, _ width: Int, _ b: UnsafeMutableBufferPointer<UInt8>, _ at: Int) {
        var v = n
        for i in stride(from: at + width - 1, through: at, by: -1) { b[i] = UInt8(0x30 + v % 10); v /= 10 }
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }

    /// ISO 8601: `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        guard (0...9999).contains(c.year) else { return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2) }
        // Written into one buffer: the index and every file write hold thousands of these.
        return String(unsafeUninitializedCapacity: 10) { b in
            Day.put(c.year, 4, b, 0); b[4] = 0x2D; Day.put(c.month, 2, b, 5); b[7] = 0x2D; Day.put(c.day, 2, b, 8)
            return 10
        }
    }

    /// Norwegian short form: `dd.mm.yyyy`.
    public var norwegian: String {
        let c = components
        return Day.pad(c.day, 2) + "." + Day.pad(c.month, 2) + "." + Day.pad(c.year, 4)
    }

    public var description: String { iso }

    /// 0 = Monday … 6 = Sunday.
    public var weekdayIndex: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same month and day `years` later (29 February becomes 28 February in common years).
    public func adding(years: Int) -> Day {
        let c = components
        let y = c.year + years
        return Day(year: y, month: c.month, day: min(c.day, Day.daysIn(month: c.month, year: y)))
            ?? self
    }

    /// The same day `months` later, clamped to the month's last day.
    public func adding(months: Int) -> Day {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return Day(year: y, month: m, day: min(c.day, Day.daysIn(month: m, year: y))) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// Age in whole years on `day` for someone born on `self`.
    public func age(on day: Day) -> Int {
        let b = components, d = day.components
        var age = d.year - b.year
        if (d.month, d.day) < (b.month, b.day) { age -= 1 }
        return age
    }

    /// The `n`th birthday of someone born on `self`.
    public func birthday(_ n: Int) -> Day { adding(years: n) }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Day(parsing: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(s)' is not a date (YYYY-MM-DD)")
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}


extension Day {
    /// The date as each language writes it: `22.11.2026` in bokmål, ISO `2026-11-22` in English
    /// (the command line's style too), so one language never mixes two styles.
    public func text(_ lang: Language) -> String { lang == .nb ? norwegian : iso }
}
