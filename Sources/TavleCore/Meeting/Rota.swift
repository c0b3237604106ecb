import Foundation

/// A duty in the rota (turnus): day, evening, weekend, or on call (bakvakt).
public enum Shift: String, Choice {
    case day, evening, weekend, onCall = "on-call"
    public static let labelPrefix = "shift"
}

/// A day of the week, Monday first (Norwegian weeks start on Monday).
public enum Weekday: String, Choice {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    public static let labelPrefix = "weekday"

    /// The weekday of `day`.
    public init(_ day: Day) { self = Weekday.allCases[day.weekdayIndex] }
}

/// One line of the weekly pattern: who has `shift` on `weekday`.
public struct RotaSlot: Sendable, Codable, Equatable {
    public var weekday: Weekday
    public var shift: Shift
    public var staff: [StaffID]
    public init(weekday: Weekday, shift: Shift, staff: [StaffID]) { self.weekday = weekday; self.shift = shift; self.staff = staff }
}

/// A one-off change on a date: `staff` takes `shift`, in place of `replacing` if given.
/// With no `staff`, `replacing` is off that shift and nobody covers.
public struct RotaChange: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var day: Day
    public var shift: Shift
    public var staff: StaffID?
    public var replacing: StaffID?
    public var note: String?
    public init(id: String, day: Day, shift: Shift, staff: StaffID?, replacing: StaffID?, note: String? = nil) {
        self.id = id; self.day = day; self.shift = shift; self.staff = staff; self.replacing = replacing; self.note = note
    }
}

/// One line of the holiday pattern: who has `shift` on a public holiday.
public struct HolidaySlot: Sendable, Codable, Equatable {
    public var shift: Shift
    public var staff: [StaffID]
    public init(shift: Shift, staff: [StaffID]) { self.shift = shift; self.staff = staff }
}

/// The team's rota: a weekly pattern, a pattern for public holidays, plus one-off changes,
/// stored as `rota.json`.
public struct Rota: Sendable, Codable, Equatable {
    public static let schemaVersion = 1

    public var schema: Int = Rota.schemaVersion
    public var version: Int = 0
    public var pattern: [RotaSlot] = []
    /// Who has which shift on a public holiday (`Holidays`). Empty: holidays follow Sunday's pattern.
    /// Absent from older files (and left out when empty, so they read back unchanged).
    public var holidayPattern: [HolidaySlot] = []
    /// One-off changes, applied in the order they were made.
    public var changes: [RotaChange] = []
    public var updated: Timestamp?

    public init() {}

    enum CodingKeys: String, CodingKey { case schema, version, pattern, holidayPattern, changes, updated }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        version = try c.decode(Int.self, forKey: .version)
        pattern = try c.decode([RotaSlot].self, forKey: .pattern)
        holidayPattern = try c.decodeIfPresent([HolidaySlot].self, forKey: .holidayPattern) ?? []
        changes = try c.decode([RotaChange].self, forKey: .changes)
        updated = try c.decodeIfPresent(Timestamp.self, forKey: .updated)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(version, forKey: .version)
        try c.encode(pattern, forKey: .pattern)
        if !holidayPattern.isEmpty { try c.encode(holidayPattern, forKey: .holidayPattern) }
        try c.encode(changes, forKey: .changes)
        try c.encodeIfPresent(updated, forKey: .updated)
    }

    /// The pattern's slots for `day`: its weekday's, or on a public holiday the holiday pattern
    /// (Sunday's when the team has set none).
    public func slots(on day: Day) -> [(shift: Shift, staff: [StaffID])] {
        if Holidays.isHoliday(day) {
            if !holidayPattern.isEmpty { return holidayPattern.map { ($0.shift, $0.staff) } }
            return pattern.filter { $0.weekday == .sunday }.map { ($0.shift, $0.staff) }
        }
        let weekday = Weekday(day)
        return pattern.filter { $0.weekday == weekday }.map { ($0.shift, $0.staff) }
    }

    /// Who has which duty on `day`: the weekly pattern (the holiday pattern on a public holiday)
    /// with that day's changes applied in order. Shifts nobody has are absent.
    public func duty(on day: Day) -> [Shift: [StaffID]] {
        var out: [Shift: [StaffID]] = [:]
        for slot in slots(on: day) where !slot.staff.isEmpty { out[slot.shift, default: []] += slot.staff }
        for c in changes where c.day == day {
            var list = out[c.shift] ?? []
            if let r = c.replacing { list.removeAll { $0 == r } }
            if let s = c.staff, !list.contains(s) { list.append(s) }
            out[c.shift] = list.isEmpty ? nil : list
        }
        return out
    }

    /// Who is on call (bakvakt) on `day`.
    public func onCall(on day: Day) -> [StaffID] { duty(on: day)[.onCall] ?? [] }

    /// Sets who has `shift` on every `weekday` of the pattern (an empty list clears it).
    public mutating func setPattern(weekday: Weekday, shift: Shift, staff: [StaffID], team: Team) throws(TavleError) {
        var people: [StaffID] = []
        for s in staff where !people.contains(s) {
            guard let m = team.member(s), m.active else { throw .staffNotFound(s) }
            people.append(s)
        }
        pattern.removeAll { $0.weekday == weekday && $0.shift == shift }
        if !people.isEmpty { pattern.append(RotaSlot(weekday: weekday, shift: shift, staff: people)) }
        // A stable order keeps the file and its diffs readable.
        pattern.sort { (Weekday.allCases.firstIndex(of: $0.weekday)!, Shift.allCases.firstIndex(of: $0.shift)!)
            < (Weekday.allCases.firstIndex(of: $1.weekday)!, Shift.allCases.firstIndex(of: $1.shift)!) }
    }

    /// Sets who has `shift` on public holidays (an empty list clears it). Once any holiday
    /// shift is set, holidays follow this pattern alone rather than Sunday's.
    public mutating func setHolidayPattern(shift: Shift, staff: [StaffID], team: Team) throws(TavleError) {
        var people: [StaffID] = []
        for s in staff where !people.contains(s) {
            guard let m = team.member(s), m.active else { throw .staffNotFound(s) }
            people.append(s)
        }
        holidayPattern.removeAll { $0.shift == shift }
        if !people.isEmpty { holidayPattern.append(HolidaySlot(shift: shift, staff: people)) }
        holidayPattern.sort { Shift.allCases.firstIndex(of: $0.shift)! < Shift.allCases.firstIndex(of: $1.shift)! }
    }

    /// Adds a one-off change. `replacing` must have the shift that day; `staff` must not already.
    @discardableResult
    public mutating func addChange(day: Day, shift: Shift, staff: StaffID?, replacing: StaffID?, note: String? = nil,
                                   team: Team) throws(TavleError) -> RotaChange {
        guard staff != nil || replacing != nil else { throw .refused(LocalizedMessage(.refuseRotaChangeEmpty)) }
        let before = duty(on: day)[shift] ?? []
        if let s = staff {
            guard let m = team.member(s), m.active else { throw .staffNotFound(s) }
            guard !before.contains(s) else {
                throw .refused(LocalizedMessage(.refuseRotaAlreadyOnShift, [m.initials, LocalizedMessage.word(shift.labelKey), day.iso]))
            }
        }
        if let r = replacing {
            guard let m = team.member(r) else { throw .staffNotFound(r) }
            guard before.contains(r) else {
                throw .refused(LocalizedMessage(.refuseRotaNotOnShift, [m.initials, LocalizedMessage.word(shift.labelKey), day.iso]))
            }
        }
        let n = note.map { TextSafety.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let change = RotaChange(id: Identifier.random(), day: day, shift: shift, staff: staff, replacing: replacing, note: n)
        changes.append(change)
        return change
    }

    /// Removes a one-off change by id.
    public mutating func removeChange(id: String) throws(TavleError) {
        guard changes.contains(where: { $0.id == id }) else { throw .refused(LocalizedMessage(.refuseRotaNoSuchChange, [TextSafety.display(id)])) }
        changes.removeAll { $0.id == id }
    }
}
