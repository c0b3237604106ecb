import Foundation

/// The team's numbers: the one statistics engine. `tavle stats` (text and `--json`, which prints
/// this value as it is) and the board's `S` view only format it. Keys are the property names and
/// stay stable; shares are 0…1 rounded to 4 decimals, averages to 2. Pass the youths in full
/// (`Store.loadAllYouths`): the board index drops closed board periods and contacts, which the
/// history needs.
///
/// Definitions (the one week is the ISO week, Monday to Sunday; the current week runs to today):
/// - a youth is *active* on a day from intake through the day of discharge;
/// - a youth counts for a week if active on any day of it, and as *on the board* that week if
///   any board period overlaps it (so a youth who came off on Tuesday still counts that week);
/// - today's share is the board's own: intensive / all not discharged.
public struct TeamStats: Sendable, Equatable, Codable {
    /// Fidelity scales expect at least 90 % of the youths seen by more than one team member in two weeks.
    public static let multipleStaffTarget = 0.90
    public static let shareWeeks = 12
    public static let contactWeeks = 8
    public static let multipleStaffDays = 14

    public var today: Day
    public var boardShare: BoardShareToday
    /// The last 12 ISO weeks, oldest first.
    public var weeks: [WeekShare]
    public var daysOnBoard: DaysOnBoard
    /// Youths due for whole-team review today, and how many by each rule (rule ids).
    public var due: DueCounts
    /// The last `contactWeeks` (default 8) ISO weeks, oldest first.
    public var contacts: [WeekContacts]
    public var multipleStaff: MultipleStaff
    public var meetings: MeetingCounts
    /// The municipality the figures are narrowed to (`--municipality`), or nil for the whole team.
    public var municipality: String?
    /// Face-to-face contacts (`Contact.isFaceToFace`) over the last `contactWeeks` weeks, and how
    /// many of them were in the community (`Contact.isInCommunity`: not at the office).
    public var communityShare: Fraction
    /// Active youths today, and how many are in school or work (`SchoolStatus.isInSchoolOrWork`;
    /// a youth with no status recorded is not).
    public var schoolOrWorkShare: Fraction
    /// Active youths per municipality (every one of the team's, and any other a youth has), of all
    /// active youths.
    public var byMunicipality: [String: Fraction]
    /// Active youths with no municipality, of all active youths.
    public var withoutMunicipality: Fraction
    /// Youths discharged in the last 12 months, by reason and by destination.
    public var discharges: DischargeCounts
    /// Board discussions of the last four weeks with safety and family answered (the four questions).
    public var fourQuestions: FourQuestionsShare

    /// `municipality` narrows every figure to the youths of that municipality (the team's name,
    /// `Team.municipalityFilter`); the meetings are the team's and stay whole. The figures are
    /// counted one youth at a time (`TeamStats.Tally`); `Store.teamStats` counts them as it reads.
    public init(youths allYouths: [Youth], meetings: [Meeting], today: Day, team: Team, contactWeeks: Int = TeamStats.contactWeeks,
                municipality: String? = nil) {
        var tally = Tally(today: today, team: team, contactWeeks: contactWeeks, municipality: municipality)
        for y in allYouths { tally.add(y) }
        self = tally.stats(meetings: meetings)
    }

    /// The figures from a finished tally and the team's meetings.
    init(_ t: Tally, meetings: [Meeting]) {
        let today = t.today
        self.today = today
        municipality = t.municipality
        let shareToday = TeamStats.ratio(t.onBoard, t.current)
        boardShare = BoardShareToday(onBoard: t.onBoard, caseManagement: t.current - t.onBoard, active: t.current, share: shareToday,
                                     target: t.team.targetBoardShare, warningAbove: t.team.boardShareWarning,
                                     aboveWarning: shareToday > t.team.boardShareWarning)
        weeks = zip(t.shareSpans, t.weeks).map { w, c in c.share(w) }

        let periods = t.periods.sorted { ($0.days, $0.id) > ($1.days, $1.id) }
        let counts = periods.map(\.days)
        daysOnBoard = DaysOnBoard(youths: periods.count, mean: counts.isEmpty ? nil : TeamStats.round(Double(counts.reduce(0, +)) / Double(counts.count), 2),
                                  median: TeamStats.median(counts), longest: periods.first?.days, longestYouth: periods.first?.id, list: periods)
        due = DueCounts(youths: t.dueYouths, byRule: t.byRule)
        contacts = zip(t.contactSpans, t.contacts).map { w, c in
            WeekContacts(week: w.label, start: w.start, end: w.end, all: c.all.counts, board: c.board.counts)
        }
        communityShare = t.community.share
        schoolOrWorkShare = Fraction(t.inSchoolOrWork, t.current)
        byMunicipality = t.perMunicipality.mapValues { Fraction($0, t.current) }
        withoutMunicipality = Fraction(t.withoutMunicipality, t.current)
        discharges = t.discharges.counts
        fourQuestions = FourQuestionsShare(meetings: meetings, today: today)
        multipleStaff = MultipleStaff(from: t.multipleStaffFrom, through: today, youths: t.current, seenByMoreThanOne: t.seenByMoreThanOne,
                                      share: TeamStats.ratio(t.seenByMoreThanOne, t.current), target: TeamStats.multipleStaffTarget,
                                      meetsTarget: t.current == 0 || TeamStats.ratio(t.seenByMoreThanOne, t.current) >= TeamStats.multipleStaffTarget)

        let first = t.shareSpans.first?.start ?? today
        let held = meetings.filter { $0.day >= first && $0.day <= today }.sorted { $0.day < $1.day }
        self.meetings = MeetingCounts(from: first, through: today, held: held.count,
                                      coveredAll: held.filter(\.coveredEveryBoardYouth).count,
                                      notCovered: held.filter { $0.ended != nil && !$0.coveredEveryBoardYouth }.map(\.day),
                                      notEnded: held.filter { $0.ended == nil }.map(\.day),
                                      days: held.map { m in
                                          let c = m.coverage(boardNow: m.isOpen ? t.boardNow : [])
                                          return MeetingDay(day: m.day, discussed: c.discussed.count, board: c.board.count)
                                      })
    }

    /// What the statistics read of a youth, for `Store.loadAllYouths(keep:)`: no notes, and only
    /// the contacts (without their text) of the last `weeks` weeks (at least the 12 the history
    /// covers, and a little more for the ISO weeks' edges and time zones). Every figure is the same
    /// as from the whole record, and a team with years of notes is counted in bounded memory.
    public static func kept(weeks: Int, today: Day) -> @Sendable (Youth) -> Youth {
        let from = today.adding(days: -7 * (Swift.max(weeks, shareWeeks) + 2))
        return { y in
            var s = y
            s.notes = []
            s.contacts = y.contacts.compactMap { c in
                guard c.at.day >= from else { return nil }
                var k = c
                k.note = nil
                return k
            }
            return s
        }
    }

    // MARK: Definitions

    /// One ISO week, cut off at today.
    struct Span { var start: Day; var end: Day; var label: String }

    static func span(_ monday: Day, _ today: Day) -> Span {
        Span(start: monday, end: min(monday.adding(days: 6), today), label: isoWeekLabel(monday))
    }

    /// `2026-W47`: the ISO week-numbering year is the year of the week's Thursday.
    public static func isoWeekLabel(_ day: Day) -> String {
        let thursday = day.adding(days: 3 - day.weekdayIndex)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        return String(thursday.year) + "-W" + Day.pad(jan1.days(to: thursday) / 7 + 1, 2)
    }

    /// The day the youth stopped being active, if discharged (without a date: never active in history).
    static func activeEnd(_ y: Youth) -> Day? { y.phase == .discharged ? (y.discharged ?? y.intake.adding(days: -1)) : nil }

    static func active(_ y: Youth, _ w: Span) -> Bool {
        y.intake <= w.end && (activeEnd(y).map { $0 >= w.start } ?? true)
    }

    static func onBoard(_ y: Youth, _ w: Span, _ today: Day) -> Bool {
        y.boardPeriods.contains { $0.start <= w.end && ($0.end ?? today) >= w.start }
    }

    /// **Seen by more than one**: contacts (not attempts) from `from` through `through` by two or
    /// more team members. The one definition (`stats`, the fidelity `shared-caseload`).
    static func seenByMoreThanOne(_ y: Youth, from: Day, through: Day) -> Bool {
        var first: StaffID?
        for c in y.shownContacts where c.kind != .attempt && c.at.day >= from && c.at.day <= through {
            if let f = first { if f != c.staff { return true } } else { first = c.staff }
        }
        return false
    }

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : round(Double(a) / Double(b), 4) }

    static func round(_ x: Double, _ places: Int) -> Double {
        let f = pow(10, Double(places))
        return (x * f).rounded() / f
    }

    static func median(_ xs: [Int]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted(), n = s.count
        return n % 2 == 1 ? Double(s[n / 2]) : Double(s[n / 2 - 1] + s[n / 2]) / 2
    }
}

/// A share with what it is made of: `numerator` of `denominator` (0…1 rounded to 4 decimals; 0 when
/// the denominator is 0).
public struct Fraction: Sendable, Equatable, Codable {
    public var numerator: Int
    public var denominator: Int
    public var share: Double
    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator; self.denominator = denominator; share = TeamStats.ratio(numerator, denominator)
    }
}

extension Fraction {
    /// Face-to-face contacts (`Contact.isFaceToFace`) from `from` through `through`, and how many of
    /// them were in the community (`Contact.isInCommunity`). The one definition (`stats`, fidelity).
    static func community(_ youths: [Youth], from: Day, through: Day) -> Fraction {
        var t = CommunityTally(from: from, through: through)
        for y in youths { t.add(y) }
        return t.share
    }

    /// Face-to-face contacts and those in the community, a youth at a time.
    struct CommunityTally {
        let from: Day, through: Day
        var faceToFace = 0, community = 0
        init(from: Day, through: Day) { self.from = from; self.through = through }
        mutating func add(_ y: Youth) {
            for c in y.shownContacts where c.at.day >= from && c.at.day <= through && c.isFaceToFace {
                faceToFace += 1
                if c.isInCommunity { community += 1 }
            }
        }
        var share: Fraction { Fraction(community, faceToFace) }
    }

    /// Of `youths`, those in school or work on `day` (`Youth.isInSchoolOrWork`; no status is not).
    static func schoolOrWork(_ youths: [Youth], on day: Day) -> Fraction {
        Fraction(youths.count { $0.isInSchoolOrWork(on: day) }, youths.count)
    }
}

extension WeekShare {
    /// One week's board share: youths active any day of it, and of them those with a board period
    /// overlapping it (open periods run to `today`). The one definition (`stats`, fidelity).
    init(_ youths: [Youth], _ w: TeamStats.Span, today: Day) {
        var t = Tally()
        for y in youths { t.add(y, w, today: today) }
        self = t.share(w)
    }

    /// One week's count, a youth at a time.
    struct Tally {
        var active = 0, board = 0
        mutating func add(_ y: Youth, _ w: TeamStats.Span, today: Day) {
            guard TeamStats.active(y, w) else { return }
            active += 1
            if TeamStats.onBoard(y, w, today) { board += 1 }
        }
        func share(_ w: TeamStats.Span) -> WeekShare {
            WeekShare(week: w.label, start: w.start, end: w.end, onBoard: board, active: active, share: TeamStats.ratio(board, active))
        }
    }
}

extension Team {
    /// The team's municipality a `--municipality` filter names (ignoring case and accents), else a
    /// usage error listing them.
    public func municipalityFilter(_ text: String) throws(TavleError) -> String {
        guard !municipalities.isEmpty else { throw .usage(LocalizedMessage(.refuseNoMunicipalities)) }
        guard let m = municipality(named: text) else {
            throw .usage(LocalizedMessage(.refuseBadMunicipality, [TextSafety.display(text), municipalities.joined(separator: ", ")]))
        }
        return m
    }
}

/// Today's share of active youths on the board, against the team's target and warning level.
public struct BoardShareToday: Sendable, Equatable, Codable {
    public var onBoard: Int
    public var caseManagement: Int
    public var active: Int
    public var share: Double
    public var target: Double
    public var warningAbove: Double
    /// Above the warning level (a team-level warning).
    public var aboveWarning: Bool
}

/// Youths due for whole-team review today, and how many are due by each rule.
public struct DueCounts: Sendable, Equatable, Codable {
    public var youths: Int
    /// Rule id → youths due by it.
    public var byRule: [String: Int]
}

/// One youth's current board period, for the days-on-the-board list.
public struct BoardDays: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var reason: BoardReason
    public var days: Int
}

/// One ISO week's board share.
public struct WeekShare: Sendable, Equatable, Codable {
    public var week: String
    public var start: Day
    public var end: Day
    public var onBoard: Int
    public var active: Int
    public var share: Double
}

/// Days on the board over the current (open) board periods, first day counted as day 1.
public struct DaysOnBoard: Sendable, Equatable, Codable {
    public var youths: Int
    public var mean: Double?
    public var median: Double?
    public var longest: Int?
    public var longestYouth: String?
    /// Every youth on the board, longest first.
    public var list: [BoardDays]
}

/// Contacts (face to face or by phone, with the youth or the network) and failed attempts in
/// one week, per youth counted that week; for every youth and for the youths on the board.
public struct WeekContacts: Sendable, Equatable, Codable {
    public var week: String
    public var start: Day
    public var end: Day
    public var all: ContactCounts
    public var board: ContactCounts
}

/// Contacts and attempts of a group of youths in one week.
public struct ContactCounts: Sendable, Equatable, Codable {
    public var youths: Int
    public var contacts: Int
    public var attempts: Int
    /// Contacts and attempts with the youth, and with the network.
    public var withYouth: Int
    public var withNetwork: Int
    public var contactsPerYouth: Double
    public var attemptsPerYouth: Double
}

// In an extension, so the memberwise initializer stays (tests build expected values with it).
extension ContactCounts {
    init(_ youths: [Youth], _ w: TeamStats.Span) {
        var t = Tally()
        for y in youths { t.add(y, w) }
        self = t.counts
    }

    /// One group's contacts in one week, a youth at a time.
    struct Tally {
        var youths = 0, contacts = 0, attempts = 0, withYouth = 0, withNetwork = 0
        mutating func add(_ y: Youth, _ w: TeamStats.Span) {
            youths += 1
            for x in y.shownContacts where x.at.day >= w.start && x.at.day <= w.end {
                if x.kind == .attempt { attempts += 1 } else { contacts += 1 }
                if x.with == .youth { withYouth += 1 } else { withNetwork += 1 }
            }
        }
        var counts: ContactCounts {
            ContactCounts(youths: youths, contacts: contacts, attempts: attempts, withYouth: withYouth, withNetwork: withNetwork,
                          contactsPerYouth: youths == 0 ? 0 : TeamStats.round(Double(contacts) / Double(youths), 2),
                          attemptsPerYouth: youths == 0 ? 0 : TeamStats.round(Double(attempts) / Double(youths), 2))
        }
    }
}

/// Active youths seen (face to face or by phone) by more than one team member in the last 14 days.
public struct MultipleStaff: Sendable, Equatable, Codable {
    public var from: Day
    public var through: Day
    public var youths: Int
    public var seenByMoreThanOne: Int
    public var share: Double
    public var target: Double
    public var meetsTarget: Bool
}

/// Morning meetings over the same 12 weeks: held, and how many ended with every board youth discussed.
public struct MeetingCounts: Sendable, Equatable, Codable {
    public var from: Day
    public var through: Day
    public var held: Int
    public var coveredAll: Int
    /// Ended meetings in which some board youth was not discussed.
    public var notCovered: [Day]
    /// Meetings never ended (they do not count as covering the board).
    public var notEnded: [Day]
    /// Every meeting's coverage (`MeetingCoverage`): board youths discussed of those to cover.
    public var days: [MeetingDay]
}

/// One meeting's coverage, as every screen shows it.
public struct MeetingDay: Sendable, Equatable, Codable {
    public var day: Day
    public var discussed: Int
    public var board: Int
}

/// Youths discharged from `from` through `through` (the last 365 days), by why and where to.
/// Every reason and destination is a key (0 when none); a youth discharged before reasons were
/// recorded (schema 5) counts under `notRecorded` instead.
public struct DischargeCounts: Sendable, Equatable, Codable {
    public static let days = 365
    public var from: Day
    public var through: Day
    public var total: Int
    /// `DischargeReason` raw value → youths.
    public var byReason: [String: Int]
    /// `DischargeDestination` raw value → youths.
    public var byDestination: [String: Int]
    /// Discharged with no reason or destination recorded.
    public var notRecorded: Int
    /// Discharged with the handover incomplete (`--anyway`).
    public var handoverIncomplete: Int
}

extension DischargeCounts {
    /// Youths discharged from `from` through `through` (`stats`: the last 365 days; fidelity: its period).
    init(_ youths: [Youth], from: Day, through: Day) {
        var t = Tally(from: from, through: through)
        for y in youths { t.add(y) }
        self = t.counts
    }

    /// The discharges, a youth at a time.
    struct Tally {
        let from: Day, through: Day
        var reasons = Dictionary(uniqueKeysWithValues: DischargeReason.allCases.map { ($0.rawValue, 0) })
        var destinations = Dictionary(uniqueKeysWithValues: DischargeDestination.allCases.map { ($0.rawValue, 0) })
        var total = 0, notRecorded = 0, handoverIncomplete = 0

        init(from: Day, through: Day) { self.from = from; self.through = through }

        mutating func add(_ y: Youth) {
            guard y.phase == .discharged, let d = y.discharged, d >= from, d <= through else { return }
            total += 1
            if let r = y.dischargeReason { reasons[r.rawValue, default: 0] += 1 }
            if let t = y.dischargeTo { destinations[t.rawValue, default: 0] += 1 }
            if y.dischargeReason == nil || y.dischargeTo == nil { notRecorded += 1 }
            if y.dischargeHandoverMissing != nil { handoverIncomplete += 1 }
        }

        var counts: DischargeCounts {
            DischargeCounts(from: from, through: through, total: total, byReason: reasons, byDestination: destinations,
                            notRecorded: notRecorded, handoverIncomplete: handoverIncomplete)
        }
    }
}
