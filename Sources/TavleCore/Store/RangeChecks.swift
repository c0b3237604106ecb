import Foundation

/// The ranges numbers in data files must lie in. A number outside them (a damaged or hostile
/// file: `"version": 9223372036854775807`, `"targetBoardShare": 1e308`) is found where the file is
/// decoded and the file is named as bad, rather than trapping later in arithmetic (exit 132,
/// the board leaving the terminal raw). Writes are checked against the same ranges. The team's
/// settings have their ranges in `TeamSettings.all`.
public enum Limits {
    /// Versions of records and journal entries: far beyond any real use, and every `version + 1`
    /// stays exact (also for tools that read JSON numbers as doubles).
    public static let maxVersion = (1 << 53) - 1
    /// The morning meeting's time box, as `tavle meeting start --minutes` takes it.
    public static let meetingMinutes = 1...240
    /// Time spent on one youth in one go in a meeting: at most a day.
    public static let meetingSeconds = 0...86_400
}

/// A record whose numbers are checked where it is decoded and before it is written.
public protocol RangeChecked {
    /// What is out of range ("field version: … is out of range (0–9007199254740991)"), or nil.
    var rangeProblem: LocalizedMessage? { get }
}

enum RangeCheck {
    static func int(_ name: String, _ value: Int, _ range: ClosedRange<Int>) -> LocalizedMessage? {
        range.contains(value) ? nil : LocalizedMessage(.fileOutOfRange, [name, String(value), String(range.lowerBound), String(range.upperBound)])
    }

    static func double(_ name: String, _ value: Double, _ range: ClosedRange<Double>) -> LocalizedMessage? {
        range.contains(value) ? nil : LocalizedMessage(.fileOutOfRange, [name, "\(value)", "\(range.lowerBound)", "\(range.upperBound)"])
    }

    static func version(_ value: Int, _ name: String = "version") -> LocalizedMessage? { int(name, value, 0...Limits.maxVersion) }

    static func first(_ checks: LocalizedMessage?...) -> LocalizedMessage? { checks.compactMap { $0 }.first }
}

extension Team: RangeChecked {
    /// The version, then every setting against its range in the one table of settings
    /// (`TeamSettings.all`: days 1–3650, minutes and months 1–240, shares 0–1).
    public var rangeProblem: LocalizedMessage? { RangeCheck.version(version) ?? TeamSettings.rangeProblem(self) }
}

extension Youth: RangeChecked {
    public var rangeProblem: LocalizedMessage? {
        if let p = RangeCheck.version(version) { return p }
        for (field, v) in fieldVersions.sorted(by: { $0.key < $1.key }) {
            if let p = RangeCheck.version(v, "fieldVersions.\(field)") { return p }
        }
        return nil
    }
}

extension Meeting: RangeChecked {
    public var rangeProblem: LocalizedMessage? {
        if let p = RangeCheck.first(RangeCheck.version(version), RangeCheck.int("minutes", minutes, Limits.meetingMinutes)) {
            return p
        }
        for (i, e) in events.enumerated() {
            if let s = e.seconds, let p = RangeCheck.int("events[\(i)].seconds", s, Limits.meetingSeconds) { return p }
        }
        return nil
    }
}

extension Rota: RangeChecked {
    public var rangeProblem: LocalizedMessage? { RangeCheck.version(version) }
}

extension JournalEntry: RangeChecked {
    public var rangeProblem: LocalizedMessage? { RangeCheck.version(version) }
}
