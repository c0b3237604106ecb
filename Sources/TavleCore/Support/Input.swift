import Foundation

/// What a typed date is for, which decides what a short date (`1.12`) means.
public enum DateUse: Sendable {
    /// A date to come (an evaluation, a plan, a handover): `1.12` is the next 1 December (today included).
    case upcoming
    /// A date that has been (a contact, a review, a consent): `1.12` is the most recent 1 December.
    case past
    /// A date of birth: only a full date is accepted.
    case birth
}

/// The one lenient reader of dates and times that every front end uses (the board's dialogs, the
/// command line, the import), so `1.12`, `930` and `9.30` mean the same wherever they are typed.
/// A full date (`2026-12-01`, `01.12.2026`, `1.12.2026`) is always accepted.
public enum Input {
    /// A day from what a person typed, or a refusal saying what is accepted.
    public static func day(_ text: String, for use: DateUse, today: Day) throws(TavleError) -> Day {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let d = Day(parsing: t, allowNorwegian: true) { return d }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // `1.12` or `1.12.` (as Norwegians write a date without the year).
        let short = parts.count == 2 || (parts.count == 3 && parts[2].isEmpty)
        if short, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), let dd = Int(parts[0]), let mm = Int(parts[1]),
           Day(year: 2000, month: mm, day: dd) != nil {
            switch use {
            case .birth:
                throw .usage(LocalizedMessage(.inputBirthNeedsYear, [TextSafety.display(t)]))
            case .upcoming:
                for y in today.year...(today.year + 4) { if let d = Day(year: y, month: mm, day: dd), d >= today { return d } }
            case .past:
                for y in stride(from: today.year, through: today.year - 4, by: -1) {
                    if let d = Day(year: y, month: mm, day: dd), d <= today { return d }
                }
            }
        }
        throw .usage(LocalizedMessage(use == .birth ? .inputBadBirthDate : .inputBadDate, [TextSafety.display(t)]))
    }

    /// A day, or nil for an empty text.
    public static func optionalDay(_ text: String?, for use: DateUse, today: Day) throws(TavleError) -> Day? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try day(text, for: use, today: today)
    }

    /// A time of day as `HH:MM`: `09:30`, `9:30`, `9.30`, `0930`, `930` and `9` are all 09:30 / 09:00.
    public static func clock(_ text: String) throws(TavleError) -> String {
        guard let c = parseClock(text.trimmingCharacters(in: .whitespaces)) else {
            throw .usage(LocalizedMessage(.inputBadTime, [TextSafety.display(text)]))
        }
        return c
    }

    static func parseClock(_ s: String) -> String? {
        var h = "", m = ""
        if s.contains(":") || s.contains(".") {
            let p = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
            guard p.count == 2 else { return nil }
            h = String(p[0]); m = String(p[1])
        } else if !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) {
            switch s.count {
            case 1, 2: h = s; m = "00"
            case 3: h = String(s.prefix(1)); m = String(s.suffix(2))
            case 4: h = String(s.prefix(2)); m = String(s.suffix(2))
            default: return nil
            }
        } else { return nil }
        guard (1...2).contains(h.count), m.count == 2, h.allSatisfy({ $0.isASCII && $0.isNumber }), m.allSatisfy({ $0.isASCII && $0.isNumber }),
              let hh = Int(h), let mm = Int(m), (0..<24).contains(hh), (0..<60).contains(mm) else { return nil }
        return Day.pad(hh, 2) + ":" + m
    }

    /// A moment that has been (a contact's time): a time of day today (`14:30`, `1430`), a date and a
    /// time (`1.12 14:30`, `2026-12-01 14:30`), or an ISO time with offset. Never after `now`.
    public static func moment(_ text: String, now: Timestamp, zone: TimeZone) throws(TavleError) -> Timestamp {
        let t = text.trimmingCharacters(in: .whitespaces)
        let today = now.day(in: zone)
        var result: Timestamp?
        if let c = parseClock(t) {
            result = Timestamp.local(day: today, minutes: minutes(c), in: zone)
        } else if let iso = Timestamp(parsing: t) {
            result = iso
        } else {
            let parts = t.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if parts.count == 2, let c = parseClock(parts[1]) {
                let d = try day(parts[0], for: .past, today: today)
                result = Timestamp.local(day: d, minutes: minutes(c), in: zone)
            }
        }
        guard let moment = result else { throw .usage(LocalizedMessage(.inputBadMoment, [TextSafety.display(t)])) }
        guard moment <= now else {
            throw .refused(LocalizedMessage(.refuseContactInFuture, [TextSafety.display(t), now.clock]))
        }
        return moment
    }

    /// A meeting's time box in whole minutes, 1 to 240 (`tavle meeting start --minutes` takes the same).
    public static func timeBox(_ text: String) throws(TavleError) -> Int {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.count <= 3, let n = Int(t), (1...240).contains(n) else {
            throw .usage(LocalizedMessage(.inputBadMinutes, [TextSafety.display(t)]))
        }
        return n
    }

    /// Minutes since midnight of `HH:MM`.
    public static func minutes(_ clock: String) -> Int {
        let p = clock.split(separator: ":")
        return (Int(p.first ?? "") ?? 0) * 60 + (Int(p.last ?? "") ?? 0)
    }

    /// Yes or no, in either language.
    public static func yesNo(_ text: String, field: String) throws(TavleError) -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "ja", "true", "1", "y", "j": return true
        case "no", "nei", "false", "0", "n": return false
        default: throw .usage(LocalizedMessage(.inputBadYesNo, [TextSafety.display(text), field]))
        }
    }
}
