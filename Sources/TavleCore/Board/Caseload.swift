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
        self.today = today
        let monday = today.adding(days: -today.weekdayIndex)
        weekFrom = monday
        let current = youths.filter { $0.phase != .discharged }
        staff = team.staff.filter(\.active).map { m in
            func split(_ ys: [Youth]) -> CaseloadSplit {
                let board = ys.count { $0.mode == .intensive }
                return CaseloadSplit(board: board, caseManagement: ys.count - board)
            }
            var visits = 0
            for y in youths {
                visits += y.shownContacts.count { $0.staff == m.id && $0.kind == .visit && $0.at.day >= monday && $0.at.day <= today }
            }
            return StaffCaseload(staff: m.id, initials: m.initials, name: m.name,
                                 primary: split(current.filter { $0.primaryContact == m.id }),
                                 second: split(current.filter { $0.secondContact == m.id }),
                                 visitsThisWeek: visits)
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
