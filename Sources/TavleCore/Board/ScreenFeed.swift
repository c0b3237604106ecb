import Foundation

/// What the meeting-room screen may show, and nothing else: the board as `SharedScreen` allows it
/// (labels, ages, status, mode, board period without its plan, due reasons, staff initials, today's
/// plan times, whereabouts …), written by every tavle that changes a team directory into
/// `<data>-screen/feed.<uid>.json` (`ScreenFeedFiles`), and read by `tavle --shared --feed` on an
/// account that cannot read the data directory (docs/meeting-room-screen.md).
///
/// No youth's name, date of birth, note or typed text, and no staff name: a colleague is their
/// initials. `ScreenFeedTests` encodes the demo's feed and looks for each of them.
public struct ScreenFeed: Sendable, Codable, Equatable {
    /// 1: the first feed.
    public static let schemaVersion = 1

    public var schema: Int = ScreenFeed.schemaVersion
    /// When it was written (the board shows the team's day of that moment).
    public var written: Timestamp
    public var today: Day
    public var team: FeedTeam
    /// Intensive youths first, each group most urgent first (the board's order).
    public var youths: [FeedYouth]

    /// The team as the screen needs it: its name, language, zone, thresholds and the active
    /// colleagues' initials (no names, no Unix users, no phones).
    public struct FeedTeam: Sendable, Codable, Equatable {
        public var name: String
        public var language: Language
        public var timeZone: String
        public var rules: RuleSettings
        public var targetBoardShare: Double
        public var boardShareWarning: Double
        public var staff: [String]
    }

    /// One youth as the shared screen may show them.
    public struct FeedYouth: Sendable, Codable, Equatable {
        public var initials: String
        public var number: Int?
        public var age: Int
        public var status: Status
        public var mode: Mode
        public var phase: Phase
        public var period: FeedPeriod?
        public var due: [FeedReason]
        /// Initials of the primary and the second contact.
        public var primary: String?
        public var second: String?
        /// Today's plans: a colleague's initials and a time, never the place.
        public var plans: [FeedPlan]
        public var whereabouts: Whereabouts
        public var domains: [Domain]
        public var intake: Day
        public var crisisPlan: Day?
        /// When the youth's orders expire (never what kind of order).
        public var orderExpiry: [Day]
        public var lastContact: Timestamp?
        /// Today's school or work status word (never its note or history).
        public var school: SchoolStatus?
    }

    /// The current board period: why and since when, its evaluation date (never its plan text).
    public struct FeedPeriod: Sendable, Codable, Equatable {
        public var reason: BoardReason
        public var start: Day
        public var evaluate: Day?
        public var lastEvaluated: Day?
    }

    public struct FeedPlan: Sendable, Codable, Equatable {
        public var staff: String
        public var time: String
    }

    /// A due reason: its rule, severity, and the shared screen's words for it (no argument).
    public struct FeedReason: Sendable, Codable, Equatable {
        public var rule: String
        public var severity: Severity
        public var message: LocalizedMessage
    }

    /// The feed of `board` (built by the core from the team's youths): only `SharedScreen.shown` items.
    public static func make(board: Board, written: Timestamp) -> ScreenFeed {
        let team = board.team
        func initials(_ id: StaffID?) -> String? { id.map { team.member($0)?.initials ?? "?" } }
        let numbers = board.labelNumbers
        let youths = board.all.map { e -> FeedYouth in
            let y = e.youth, today = board.today
            let period = y.currentPeriod.map {
                FeedPeriod(reason: $0.reason, start: $0.start, evaluate: $0.evaluate, lastEvaluated: $0.lastEvaluated)
            }
            return FeedYouth(
                initials: y.initials, number: numbers[y.id], age: y.age(on: today), status: y.status, mode: y.mode,
                phase: y.phase, period: period, due: e.due.map(reason), primary: initials(y.primaryContact),
                second: initials(y.secondContact),
                plans: y.plans(on: today).map { FeedPlan(staff: initials($0.staff) ?? "?", time: $0.time) },
                whereabouts: y.whereabouts, domains: y.domains, intake: y.intake, crisisPlan: y.crisisPlan?.updated,
                orderExpiry: y.orders.map(\.expires), lastContact: y.lastContact,
                school: y.schoolEntry(on: today)?.status)
        }
        let feedTeam = FeedTeam(name: team.name, language: team.language, timeZone: team.timeZone, rules: team.rules,
                                targetBoardShare: team.targetBoardShare, boardShareWarning: team.boardShareWarning,
                                staff: team.staff.filter(\.active).map(\.initials))
        return ScreenFeed(written: written, today: board.today, team: feedTeam, youths: youths)
    }

    /// The feed of the team's youths today.
    public static func make(team: Team, youths: [Youth], today: Day, written: Timestamp) -> ScreenFeed {
        make(board: Board(team: team, youths: youths, today: today), written: written)
    }

    /// A reason as the shared screen shows it: the rule's own short words, with no argument at all
    /// (`DueReason.text(_:shared:)`). The full message is never in the feed: its arguments can give
    /// a birthday (turning 18, a consent from 16), an order's kind, another service, an answer.
    static func reason(_ r: DueReason) -> FeedReason {
        FeedReason(rule: r.rule, severity: r.severity, message: LocalizedMessage(TextKey.rule(r.rule, variant: "shared")))
    }

    // MARK: Showing

    /// The board the shared screen draws from the feed: a team of initials (each colleague's name is
    /// their initials) and stand-in youths holding only what the feed holds. A stand-in's id is its
    /// place in the feed, its name its initials, and its date of birth the first of this month
    /// `age` years ago (so its age reads right; the true one is never in the feed).
    public func board() -> Board {
        var t = Team(name: team.name)
        t.language = team.language
        t.timeZone = team.timeZone
        t.rules = team.rules
        t.targetBoardShare = team.targetBoardShare
        t.boardShareWarning = team.boardShareWarning
        t.access = .group
        var ids: [String: StaffID] = [:]
        func staffID(_ initials: String?) -> StaffID? {
            guard let i = initials else { return nil }
            if let id = ids[i] { return id }
            let id = "s\(ids.count + 1)"
            ids[i] = id
            t.staff.append(StaffMember(id: id, initials: i, name: i, role: .caseManager))
            return id
        }
        for s in team.staff { _ = staffID(s) }
        let c = today.components
        var entries: [BoardEntry] = []
        for (i, f) in youths.enumerated() {
            let born = Day(year: max(1, c.year - f.age), month: c.month, day: 1) ?? today
            var y = Youth(id: "r\(i + 1)", name: f.initials, born: born, intake: f.intake)
            y.initialsOverride = f.initials
            y.labelNumber = f.number
            y.status = f.status
            y.mode = f.mode
            y.phase = f.phase
            y.primaryContact = staffID(f.primary)
            y.secondContact = staffID(f.second)
            y.whereabouts = f.whereabouts
            y.domains = f.domains
            y.crisisPlan = f.crisisPlan.map { CrisisPlan(updated: $0) }
            y.orders = f.orderExpiry.enumerated().map { Order(id: "o\($0.offset + 1)", kind: "", expires: $0.element) }
            y.lastContact = f.lastContact
            if let p = f.period {
                var bp = BoardPeriod(id: "p1", reason: p.reason, start: p.start, plan: "", evaluate: p.evaluate, decidedBy: "")
                bp.lastEvaluated = p.lastEvaluated
                y.boardPeriods = [bp]
            }
            y.plans = f.plans.enumerated().map { PlanEntry(id: "l\($0.offset + 1)", day: today, staff: staffID($0.element.staff) ?? "",
                                                            time: $0.element.time) }
            if let s = f.school { y.school = [SchoolEntry(status: s, since: today, by: "", at: written)] }
            entries.append(BoardEntry(youth: y, due: f.due.map { DueReason(rule: $0.rule, severity: $0.severity, message: $0.message) }))
        }
        return Board(team: t, entries: entries, today: today, inOrder: true)
    }
}
