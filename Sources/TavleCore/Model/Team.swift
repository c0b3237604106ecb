import Foundation

/// A member of staff. Deactivated, never deleted, so the journal still names them.
public struct StaffMember: Sendable, Codable, Equatable, Identifiable {
    public var id: StaffID
    public var initials: String
    public var name: String
    public var role: Role
    /// A work phone the on-call and colleagues reach them on (absent until set).
    public var phone: String?
    /// Unix user names that act as this member.
    public var unixUsers: [String]
    public var active: Bool = true

    /// A colleague as written wherever staff and youths are shown together: `@OB`, a shape no
    /// youth's label has (labels are letters and a superscript number), with or without colour.
    public var tag: String { StaffMember.tag(initials) }

    /// `@` and the initials (or the id of someone no longer on the team).
    public static func tag(_ initials: String) -> String { "@" + initials }

    public init(id: StaffID, initials: String, name: String, role: Role, unixUsers: [String] = [], active: Bool = true) {
        self.id = id; self.initials = initials; self.name = name; self.role = role
        self.unixUsers = unixUsers; self.active = active
    }
}

/// Thresholds of the review rules (`TeamSettings.all` holds each one's range, default and meaning;
/// docs/review-rules.md lists them).
public struct RuleSettings: Sendable, Codable, Equatable {
    public var newIntakeOverdueDays = 7
    public var reviewIntervalDays = 180
    public var boardPeriodDays = 14
    public var noContactIntensiveDays = 3
    public var noContactCaseManagementDays = 14
    public var turning18WithinDays = 90
    public var ageingOutWithinDays = 180
    public var dischargeReviewDays = 14
    public var orderExpiringDays = 30
    /// Days from the last treatment-plan review (or intake) before `treatment-plan-overdue`.
    public var treatmentPlanReviewDays: Int {
        get { storedTreatmentPlanReviewDays ?? 180 }
        set { storedTreatmentPlanReviewDays = newValue }
    }
    /// Days from intake a youth may stay in the clarification phase before `clarification-overdue`.
    public var clarificationDays: Int {
        get { storedClarificationDays ?? 60 }
        set { storedClarificationDays = newValue }
    }
    // The two later settings are kept only once a team sets them, so a team file written before
    // them reads back (and `tavle check` replays it) unchanged; absent means the default.
    var storedTreatmentPlanReviewDays: Int?
    var storedClarificationDays: Int?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case newIntakeOverdueDays, reviewIntervalDays, boardPeriodDays, noContactIntensiveDays, noContactCaseManagementDays
        case turning18WithinDays, ageingOutWithinDays, dischargeReviewDays, orderExpiringDays
        case storedTreatmentPlanReviewDays = "treatmentPlanReviewDays", storedClarificationDays = "clarificationDays"
    }
}

/// How the data directory is shared: private to one user, or with the team's Unix group.
public enum AccessMode: String, Sendable, Codable { case `private`, group }

/// The team file: name, language, time zone, thresholds, targets and the staff list.
public struct Team: Sendable, Codable, Equatable {
    /// The data directory's format: 2 added services, handover and the access log to youths.
    /// A directory whose team file is older must be upgraded with `tavle migrate`.
    /// 3: youths' stable numbered labels and retractions (`tavle migrate` numbers the labels).
    /// 4: the team's `municipalities`; youths' municipality, school or work, and contact arenas.
    /// 5: youths' discharge reason, destination and note (nothing changes in the team file).
    public static let schemaVersion = 5

    public var schema: Int = Team.schemaVersion
    public var version: Int = 0
    public var name: String
    public var language: Language = .nb
    /// The team's time zone: "today" is the team's day, not the server's UTC day.
    public var timeZone: String = "Europe/Oslo"
    public var access: AccessMode = .private
    /// In team mode, the Unix group the directory and its files belong to (`tavle init --group`,
    /// `tavle restore`); `tavle check` compares them with it. Absent in directories made before
    /// tavle recorded it, where the directory's own group is taken as the team's.
    public var group: String?
    public var rules = RuleSettings()
    /// Target share of youths on the board.
    public var targetBoardShare = 0.20
    /// Above this share a team-level warning is raised.
    public var boardShareWarning = 0.25
    /// The morning meeting's time box in minutes.
    public var meetingMinutes = 15
    /// Months a discharged youth's record is kept before it may be purged.
    public var retentionMonths = 12
    /// The municipalities the team covers (an inter-municipal team has several), in the team's
    /// order; a youth's municipality is one of them. Empty until set.
    public var municipalities: [String] = []
    public var staff: [StaffMember] = []
    public var updated: Timestamp?

    public init(name: String) { self.name = name }

    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Europe/Oslo") ?? .current }

    /// The team's municipality a typed name means (ignoring case and accents: `sorvik` is Sørvik).
    public func municipality(named text: String) -> String? {
        let t = Folding.fold(text.trimmingCharacters(in: .whitespaces))
        return municipalities.first { Folding.fold($0) == t }
    }

    public func member(_ id: StaffID?) -> StaffMember? { id.flatMap { i in staff.first { $0.id == i } } }

    /// A colleague as shown beside youths: `@OB` (`StaffMember.tag`), `@id` for someone no longer
    /// on the team, `–` for nobody.
    public func tag(_ id: StaffID?) -> String {
        guard let id else { return "–" }
        return StaffMember.tag(member(id)?.initials ?? id)
    }

    /// The staff member a Unix user acts as, if any (active members only).
    public func member(unixUser: String) -> StaffMember? {
        staff.first { $0.active && $0.unixUsers.contains(unixUser) }
    }

    /// Finds a member by id, or by unique initials (case-insensitive).
    public func findMember(_ text: String) -> StaffMember? {
        if let m = staff.first(where: { $0.id == text }) { return m }
        let byInitials = staff.filter { $0.active && $0.initials.lowercased() == text.lowercased() }
        return byInitials.count == 1 ? byInitials[0] : nil
    }

    /// The team's "today": `TAVLE_TODAY` when pinned (tests, demos, docs), else the day in the team's zone.
    public func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        Clock.today(zone: zone, environment: environment)
    }
}

/// The team's notion of now, which tests and demos can pin: `TAVLE_NOW=2026-11-22T08:15:00+01:00`
/// pins the moment (so golden outputs are byte-stable), `TAVLE_TODAY=YYYY-MM-DD` only the day.
public enum Clock {
    public static func today(zone: TimeZone, environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let pinned = pinnedNow(zone: zone, environment: environment) { return pinned.day }
        if let pinned = environment["TAVLE_TODAY"], let d = Day(parsing: pinned) { return d }
        return Timestamp.now(in: zone).day
    }

    /// Now; `TAVLE_NOW` when set, else with a pinned day that day at the current local time of day.
    public static func now(zone: TimeZone, environment: [String: String] = ProcessInfo.processInfo.environment) -> Timestamp {
        if let pinned = pinnedNow(zone: zone, environment: environment) { return pinned }
        let real = Timestamp.now(in: zone)
        if let pinned = environment["TAVLE_TODAY"], let d = Day(parsing: pinned), d != real.day {
            return Timestamp.local(day: d, minutes: real.minuteOfDay, in: zone)
        }
        return real
    }

    /// `TAVLE_NOW`, shown in the team's zone (the offset that zone has at that moment).
    static func pinnedNow(zone: TimeZone, environment: [String: String]) -> Timestamp? {
        guard let text = environment["TAVLE_NOW"], let t = Timestamp(parsing: text) else { return nil }
        let offset = Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t.seconds))))
        return Timestamp(seconds: t.seconds, offset: offset)
    }
}
