import Foundation

/// The items of a FACT ung fidelity review the board's own records can evidence (docs/fidelity.md).
public enum FidelityItemID: String, Choice {
    case meetingsHeld = "meetings-held", boardDiscussed = "board-discussed", boardShare = "board-share",
         sharedCaseload = "shared-caseload", communityContacts = "community-contacts", outOfHours = "out-of-hours",
         crisisPlanCoverage = "crisis-plan-coverage", referralToContact = "referral-to-contact",
         fourQuestions = "four-questions", schoolWork = "school-work", discharges, caseload,
         reviewTimeliness = "review-timeliness"
    public static let labelPrefix = "fidelity"

    /// Shares (a numerator of a denominator) rather than counts, days or means.
    public var isShare: Bool { ![.referralToContact, .discharges, .caseload].contains(self) }
}

/// Why part of a figure could not be computed: records from before a field existed, or a fact the
/// records do not keep. The figure counts only what it can and says how much it left out.
public enum FidelityGapReason: String, Choice {
    /// Contacts with no arena (written before schema 4): neither face to face nor not.
    case contactWithoutArena = "contact-without-arena"
    /// Youths taken in without the referral's day (before the queue).
    case referralDayNotRecorded = "referral-day-not-recorded"
    /// Board days before the crisis plan's last update: whether an earlier plan held is not kept.
    case crisisPlanHistory = "crisis-plan-history"
    /// Youths with no school or work status recorded (they count as not in school or work).
    case noSchoolStatus = "no-school-status"
    /// Youths discharged before reasons were recorded (schema 5).
    case dischargeNotRecorded = "discharge-not-recorded"
    /// Active youths with no primary contact.
    case noPrimaryContact = "no-primary-contact"
    /// Nights before the rota's last change, judged by today's pattern (the rota keeps no history).
    case rotaHistory = "rota-history"
    /// No rota at all: nights on call cannot be counted.
    case noRota = "no-rota"
    /// Discussions in meetings from before the four questions were recorded.
    case answersNotRecorded = "answers-not-recorded"
    public static let labelPrefix = "fidelitygap"
}

/// What a figure left out, and how many records (contacts, youths, days) that is.
public struct FidelityGap: Sendable, Equatable, Codable {
    public var reason: FidelityGapReason
    public var count: Int
    public init(_ reason: FidelityGapReason, _ count: Int) { self.reason = reason; self.count = count }
}

/// One month's value of an item (nil when there was nothing to count that month).
public struct FidelityPoint: Sendable, Equatable, Codable {
    public var month: String
    public var value: Double?
    public init(month: String, value: Double?) { self.month = month; self.value = value }
}

/// One item of the report: its value, what it is made of, the target, the trend by month and the
/// records behind it (youth ids, or for `meetings-held` the meeting days), so any figure can be
/// checked by hand. `records` are those counted in the numerator (for a count or a mean: those
/// counted). `detail` holds the item's further figures (keys in docs/fidelity.md).
public struct FidelityItem: Sendable, Equatable, Codable {
    public var id: FidelityItemID
    /// Nil when there was nothing to count (never a silent zero).
    public var value: Double?
    public var numerator: Int?
    public var denominator: Int?
    public var target: Double?
    public var trend: [FidelityPoint] = []
    public var records: [String]
    public var detail: [String: Double] = [:]
    /// The board share by ISO week (`board-share` only).
    public var byWeek: [FidelityPoint]?
    /// What could not be computed for part of the period.
    public var gaps: [FidelityGap] = []

    public init(id: FidelityItemID, value: Double?, numerator: Int? = nil, denominator: Int? = nil, target: Double? = nil,
                records: [String], detail: [String: Double] = [:], gaps: [FidelityGap] = []) {
        self.id = id; self.value = value; self.numerator = numerator; self.denominator = denominator; self.target = target
        self.records = records; self.detail = detail; self.gaps = gaps.filter { $0.count > 0 }
    }

    /// A share item: `numerator` of `denominator` (value nil when the denominator is 0).
    static func share(_ id: FidelityItemID, _ n: Int, _ d: Int, target: Double? = nil, records: Set<String>,
                      detail: [String: Double] = [:], gaps: [FidelityGap] = []) -> FidelityItem {
        FidelityItem(id: id, value: d == 0 ? nil : TeamStats.ratio(n, d), numerator: n, denominator: d, target: target,
                     records: records.sorted(), detail: detail, gaps: gaps)
    }
}

/// What the report reads: the youths (loaded once, already narrowed to a municipality), the
/// team's meetings, rota and referral queue, and the period.
public struct FidelityInput: Sendable {
    public var youths: [Youth]
    public var meetings: [Meeting]
    public var rota: Rota
    public var referrals: [IncomingReferral]
    public var team: Team
    public var today: Day
    public init(youths: [Youth], meetings: [Meeting], rota: Rota, referrals: [IncomingReferral] = [], team: Team, today: Day) {
        self.youths = youths; self.meetings = meetings; self.rota = rota; self.referrals = referrals; self.team = team; self.today = today
    }
}

/// A stretch of days, both ends included; never past today (the records say nothing of the future).
public struct FidelityRange: Sendable, Equatable {
    public var from: Day
    public var to: Day
    public init(from: Day, to: Day) { self.from = from; self.to = to }

    public var days: [Day] { from <= to ? (0...from.days(to: to)).map { from.adding(days: $0) } : [] }
    public func contains(_ d: Day) -> Bool { d >= from && d <= to }

    /// The calendar months the range touches, each cut to the range: (`2026-09`, its days).
    public var months: [(label: String, range: FidelityRange)] {
        guard from <= to else { return [] }
        var out: [(String, FidelityRange)] = []
        var start = from
        while start <= to {
            let c = start.components
            let last = Day(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year))!
            out.append((String(c.year) + "-" + Day.pad(c.month, 2), FidelityRange(from: start, to: min(last, to))))
            start = last.adding(days: 1)
        }
        return out
    }
}

/// The fidelity evidence over a period: one value, computed once; `tavle fidelity` (text, JSON,
/// markdown, HTML) and the board's `F` view only format it.
public struct FidelityReport: Sendable, Equatable, Codable {
    public var from: Day
    public var to: Day
    public var municipality: String?
    public var items: [FidelityItem]

    /// The default period: the last 12 months through `today`.
    public static func defaultFrom(today: Day) -> Day { today.adding(months: -12).adding(days: 1) }

    public init(_ input: FidelityInput, from: Day, to requested: Day, municipality: String? = nil) {
        self.from = from
        self.to = requested
        self.municipality = municipality
        let range = FidelityRange(from: from, to: min(requested, input.today))
        let months = range.months
        items = FidelityItemID.allCases.map { id in
            var item = FidelityReport.compute(id, input, range)
            item.trend = months.map { FidelityPoint(month: $0.label, value: FidelityReport.compute(id, input, $0.range).value) }
            return item
        }
    }

    public func item(_ id: FidelityItemID) -> FidelityItem? { items.first { $0.id == id } }

    /// One item over one range (each in its own file).
    static func compute(_ id: FidelityItemID, _ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        switch id {
        case .meetingsHeld: MeetingsHeld.item(input, r)
        case .boardDiscussed: BoardDiscussed.item(input, r)
        case .boardShare: BoardShareFigure.item(input, r)
        case .sharedCaseload: SharedCaseload.item(input, r)
        case .communityContacts: CommunityContacts.item(input, r)
        case .outOfHours: OutOfHours.item(input, r)
        case .crisisPlanCoverage: CrisisPlanCoverage.item(input, r)
        case .referralToContact: ReferralToContact.item(input, r)
        case .fourQuestions: FourQuestionsFigure.item(input, r)
        case .schoolWork: SchoolWork.item(input, r)
        case .discharges: DischargesFigure.item(input, r)
        case .caseload: CaseloadFigure.item(input, r)
        case .reviewTimeliness: ReviewTimeliness.item(input, r)
        }
    }
}

/// The working calendar the items count by.
public enum FidelityCalendar {
    /// Office hours, minutes after midnight: a contact from 08:00 to before 16:00 on a working day is in hours.
    public static let officeHours = (8 * 60)..<(16 * 60)

    /// A weekday that is not a public holiday (`Holidays`).
    public static func isWorkingDay(_ d: Day) -> Bool { d.weekdayIndex < 5 && !Holidays.isHoliday(d) }

    /// Whether a contact at `t` (its own local time) is out of hours: evenings, nights, weekends, holidays.
    public static func isOutOfHours(_ t: Timestamp) -> Bool { !isWorkingDay(t.day) || !officeHours.contains(t.minuteOfDay) }

    /// Whether the youth is active (intake through discharge) on `day` (`TeamStats.active`).
    static func active(_ y: Youth, on day: Day) -> Bool { TeamStats.active(y, TeamStats.Span(start: day, end: day, label: "")) }
}

extension FidelityReport {
    /// What the report reads of a youth, for `Store.forEachYouth(keep:)` (each file read once): the
    /// fields the items and the labels read and nothing else, so a region's youths fit in memory
    /// (issue 29). Contacts taken back are left out here (what `shownContacts` would do on every
    /// call), and so are contacts more than two weeks before `from` (the first contact always
    /// stays, for the time from referral to contact); no text is kept. An item that reads another
    /// field adds it here: `FidelityKeptTests` holds the report on these to the report on whole records.
    public static func kept(from: Day) -> @Sendable (Youth) -> Youth {
        let since = from.adding(days: -TeamStats.multipleStaffDays)
        return { y in
            var s = Youth(id: y.id, name: y.name, born: y.born, intake: y.intake)
            // The label (`YouthName`) and the municipality a report is narrowed to.
            s.initialsOverride = y.initialsOverride
            s.labelNumber = y.labelNumber
            s.mode = y.mode
            s.municipality = y.municipality
            // Active, on the board, discharged.
            s.phase = y.phase
            s.discharged = y.discharged
            s.dischargeReason = y.dischargeReason
            s.dischargeTo = y.dischargeTo
            s.boardPeriods = y.boardPeriods.map { p in
                var k = BoardPeriod(id: p.id, reason: p.reason, start: p.start, plan: "", evaluate: p.evaluate, decidedBy: p.decidedBy)
                k.lastEvaluated = p.lastEvaluated
                k.end = p.end
                return k
            }
            s.crisisPlan = y.crisisPlan.map { CrisisPlan(updated: $0.updated) }
            s.primaryContact = y.primaryContact
            s.reviews = y.reviews.map { Review(day: $0.day, by: $0.by) }
            s.school = y.school.map { e in var k = e; k.note = nil; return k }
            s.referral = y.referral.map { Referral(source: $0.source, received: $0.received) }
            let shown = y.shownContacts
            let first = shown.filter { $0.kind != .attempt }.min { $0.at < $1.at }?.id
            s.contacts = shown.compactMap { c in
                guard c.at.day >= since || c.id == first else { return nil }
                var k = c
                k.note = nil
                k.place = nil
                return k
            }
            return s
        }
    }
}
