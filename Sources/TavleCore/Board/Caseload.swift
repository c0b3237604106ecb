import Foundation

/// Each active team member's caseload: the youths followed up (not discharged) they are primary or
/// second contact for, on the board and in case management, and their visits this ISO week
/// (Monday through today; visits only, not phone calls or attempts, none taken back).
/// `tavle caseload` (text and `--json`, which prints this value) only formats it.
public struct Caseload: Sendable, Equatable, Codable {
    public var today: Day
    /// The Monday the week's visits count from.
    public var weekFrom: Day
    /// Active members, in the team's order.
    public var staff: [StaffCaseload]

    public init(youths: [Youth], team: Team, today: Day) {
        var tally = Tally(team: team, today: today)
        for y in youths { tally.add(y) }
        self = tally.caseload
    }

    init(today: Day, weekFrom: Day, staff: [StaffCaseload]) { self.today = today; self.weekFrom = weekFrom; self.staff = staff }

    /// The caseloads counted a youth at a time (`Store.caseload` counts each youth file as it reads it).
    public struct Tally {
        let today: Day, monday: Day
        let members: [StaffMember]
        let at: [StaffID: Int]
        /// Per member: primary on the board, primary in case management, second on the board,
        /// second in case management, visits this week.
        var counts: [[Int]]

        public init(team: Team, today: Day) {
            self.today = today
            monday = today.adding(days: -today.weekdayIndex)
            members = team.staff.filter(\.active)
            at = Dictionary(members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            counts = members.map { _ in [0, 0, 0, 0, 0] }
        }

        public mutating func add(_ y: Youth) {
            for c in y.shownContacts where c.kind == .visit && c.at.day >= monday && c.at.day <= today {
                if let k = at[c.staff] { counts[k][4] += 1 }
            }
            guard y.phase != .discharged else { return }
            let board = y.mode == .intensive ? 0 : 1
            if let k = y.primaryContact.flatMap({ at[$0] }) { counts[k][board] += 1 }
            if let k = y.secondContact.flatMap({ at[$0] }) { counts[k][2 + board] += 1 }
        }

        public var caseload: Caseload {
            Caseload(today: today, weekFrom: monday, staff: members.indices.map { k in
                let m = members[k], c = counts[k]
                return StaffCaseload(staff: m.id, initials: m.initials, name: m.name,
                                     primary: CaseloadSplit(board: c[0], caseManagement: c[1]),
                                     second: CaseloadSplit(board: c[2], caseManagement: c[3]), visitsThisWeek: c[4])
            })
        }
    }
}

/// One member's caseload.
public struct StaffCaseload: Sendable, Equatable, Codable {
    public var staff: StaffID
    public var initials: String
    public var name: String
    /// Youths the member is primary contact for.
    public var primary: CaseloadSplit
    /// Youths the member is second contact for.
    public var second: CaseloadSplit
    public var visitsThisWeek: Int
}

/// Youths on the board and in case management.
public struct CaseloadSplit: Sendable, Equatable, Codable {
    public var board: Int
    public var caseManagement: Int
    public var total: Int { board + caseManagement }
}
