import Foundation

/// The ranges numbers in data files must lie in. A number outside them (a damaged or hostile
/// file: `"version": 9223372036854775807`, `"targetBoardShare": 1e308`) is found where the file is
/// decoded and the file is named as bad, rather than trapping later in arithmetic (exit 132,
/// the board leaving the terminal raw). Writes are checked against the same ranges.
public enum Limits {
    /// Versions of records and journal entries: far beyond any real use, and every `version + 1`
    /// stays exact (also for tools that read JSON numbers as doubles).
    public static let maxVersion = (1 << 53) - 1
    /// Days in the review rules' settings: ten years.
    public static let ruleDays = 0...3650
    /// The morning meeting's time box, as `tavle meeting start --minutes` takes it.
    public static let meetingMinutes = 1...240
    /// Months a discharged youth is kept: up to a hundred years.
    public static let retentionMonths = 1...1200
    /// Time spent on one youth in one go in a meeting: at most a day.
    public static let meetingSeconds = 0...86_400
    /// Board shares (target, warning level).
    public static let share = 0.0...1.0
}

/// A record whose numbers are checked where it is decoded and before it is written.
public protocol RangeChecked {
    /// What is out of range ("field version: … is out of range (0…9007199254740991)"), or nil.
    var rangeProblem: String? { get }
}

enum RangeCheck {
    static func int(_ name: String, _ value: Int, _ range: ClosedRange<Int>) -> String? {
        range.contains(value) ? nil : "field \(name): \(value) is out of range (\(range.lowerBound)…\(range.upperBound))"
    }

    static func double(_ name: String, _ value: Double, _ range: ClosedRange<Double>) -> String? {
        range.contains(value) ? nil : "field \(name): \(value) is out of range (\(range.lowerBound)…\(range.upperBound))"
    }

    static func version(_ value: Int, _ name: String = "version") -> String? { int(name, value, 0...Limits.maxVersion) }

    static func first(_ checks: String?...) -> String? { checks.compactMap { $0 }.first }
}

extension Team: RangeChecked {
    public var rangeProblem: String? {
        let r = rules
        return RangeCheck.first(
            RangeCheck.version(version),
            RangeCheck.double("targetBoardShare", targetBoardShare, Limits.share),
            RangeCheck.double("boardShareWarning", boardShareWarning, Limits.share),
            RangeCheck.int("meetingMinutes", meetingMinutes, Limits.meetingMinutes),
            RangeCheck.int("retentionMonths", retentionMonths, Limits.retentionMonths),
            RangeCheck.int("rules.newIntakeOverdueDays", r.newIntakeOverdueDays, Limits.ruleDays),
            RangeCheck.int("rules.reviewIntervalDays", r.reviewIntervalDays, Limits.ruleDays),
            RangeCheck.int("rules.boardPeriodDays", r.boardPeriodDays, Limits.ruleDays),
            RangeCheck.int("rules.noContactIntensiveDays", r.noContactIntensiveDays, Limits.ruleDays),
            RangeCheck.int("rules.noContactCaseManagementDays", r.noContactCaseManagementDays, Limits.ruleDays),
            RangeCheck.int("rules.turning18WithinDays", r.turning18WithinDays, Limits.ruleDays),
            RangeCheck.int("rules.ageingOutWithinDays", r.ageingOutWithinDays, Limits.ruleDays),
            RangeCheck.int("rules.dischargeReviewDays", r.dischargeReviewDays, Limits.ruleDays),
            RangeCheck.int("rules.orderExpiringDays", r.orderExpiringDays, Limits.ruleDays))
    }
}

extension Youth: RangeChecked {
    public var rangeProblem: String? {
        if let p = RangeCheck.version(version) { return p }
        for (field, v) in fieldVersions.sorted(by: { $0.key < $1.key }) {
            if let p = RangeCheck.version(v, "fieldVersions.\(field)") { return p }
        }
        return nil
    }
}

extension Meeting: RangeChecked {
    public var rangeProblem: String? {
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
    public var rangeProblem: String? { RangeCheck.version(version) }
}

extension JournalEntry: RangeChecked {
    public var rangeProblem: String? { RangeCheck.version(version) }
}
