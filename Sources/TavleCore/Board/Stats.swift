import Foundation

/// The team's numbers (`tavle stats`), one Codable value so `--json` prints it as it is.
/// Keys are the property names and stay stable; shares are 0…1 rounded to 4 decimals, averages
/// to 2. Pass the youths from their files (`Store.loadAllYouths(keep: TeamStats.kept)`): the board
/// index drops closed board periods and contacts, which the history needs.
///
/// Definitions (the week is the ISO week, Monday to Sunday; the current week runs to today):
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
    /// The last 8 ISO weeks, oldest first.
    public var contacts: [WeekContacts]
    public var multipleStaff: MultipleStaff
    public var meetings: MeetingCounts

    public init(youths: [Youth], meetings: [Meeting], today: Day, team: Team) {
        self.today = today
        let current = youths.filter { $0.phase != .discharged }
        let onBoard = current.filter { $0.mode == .intensive }.count
        boardShare = BoardShareToday(onBoard: onBoard, active: current.count, share: TeamStats.ratio(onBoard, current.count),
                                     target: team.targetBoardShare, warningAbove: team.boardShareWarning)

        let thisMonday = today.adding(days: -today.weekdayIndex)
        let shareSpans = (0..<TeamStats.shareWeeks).reversed().map { TeamStats.span(thisMonday.adding(days: -7 * $0), today) }
        weeks = shareSpans.map { w in
            let active = youths.filter { TeamStats.active($0, w) }
            let board = active.filter { TeamStats.onBoard($0, w, today) }.count
            return WeekShare(week: w.label, start: w.start, end: w.end, onBoard: board, active: active.count,
                             share: TeamStats.ratio(board, active.count))
        }

        let days = current.compactMap { y in y.currentPeriod.map { (y.id, $0.days(today: today)) } }.sorted { ($0.1, $0.0) > ($1.1, $1.0) }
        daysOnBoard = DaysOnBoard(youths: days.count, median: TeamStats.median(days.map(\.1)), longest: days.first?.1,
                                  longestYouth: days.first?.0)

        contacts = shareSpans.suffix(TeamStats.contactWeeks).map { w in
            let active = youths.filter { TeamStats.active($0, w) }
            return WeekContacts(week: w.label, start: w.start, end: w.end,
                                all: ContactCounts(active, w),
                                board: ContactCounts(active.filter { TeamStats.onBoard($0, w, today) }, w))
        }

        let from = today.adding(days: 1 - TeamStats.multipleStaffDays)
        let seen = current.filter { y in
            Set(y.contacts.filter { $0.kind != .attempt && $0.at.day >= from && $0.at.day <= today }.map(\.staff)).count > 1
        }.count
        let share = TeamStats.ratio(seen, current.count)
        multipleStaff = MultipleStaff(from: from, through: today, youths: current.count, seenByMoreThanOne: seen, share: share,
                                      target: TeamStats.multipleStaffTarget, meetsTarget: current.isEmpty || share >= TeamStats.multipleStaffTarget)

        let first = shareSpans.first?.start ?? today
        let held = meetings.filter { $0.day >= first && $0.day <= today }.sorted { $0.day < $1.day }
        self.meetings = MeetingCounts(from: first, through: today, held: held.count,
                                      coveredAll: held.filter(\.coveredEveryBoardYouth).count,
                                      notCovered: held.filter { $0.ended != nil && !$0.coveredEveryBoardYouth }.map(\.day),
                                      notEnded: held.filter { $0.ended == nil }.map(\.day))
    }

    /// What the statistics read of a youth, for `Store.loadAllYouths(keep:)`: no notes, and only
    /// the contacts (without their text) of the last `weeks` weeks (at least the 12 the history
    /// covers, and a little more for the ISO weeks' edges and time zones). Every figure is the same
    /// as from the whole record, and a team with years of notes is counted in bounded memory.
    public static func kept(weeks: Int, today: Day) -> (Youth) -> Youth {
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

/// Today's share of active youths on the board, against the team's target and warning level.
public struct BoardShareToday: Sendable, Equatable, Codable {
    public var onBoard: Int
    public var active: Int
    public var share: Double
    public var target: Double
    public var warningAbove: Double
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
    public var median: Double?
    public var longest: Int?
    public var longestYouth: String?
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
    public var contactsPerYouth: Double
    public var attemptsPerYouth: Double
}

// In an extension, so the memberwise initializer stays (tests build expected values with it).
extension ContactCounts {
    init(_ youths: [Youth], _ w: TeamStats.Span) {
        var c = 0, a = 0
        for y in youths {
            for x in y.contacts where x.at.day >= w.start && x.at.day <= w.end {
                if x.kind == .attempt { a += 1 } else { c += 1 }
            }
        }
        self.youths = youths.count
        contacts = c
        attempts = a
        contactsPerYouth = youths.isEmpty ? 0 : TeamStats.round(Double(c) / Double(youths.count), 2)
        attemptsPerYouth = youths.isEmpty ? 0 : TeamStats.round(Double(a) / Double(youths.count), 2)
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
}
