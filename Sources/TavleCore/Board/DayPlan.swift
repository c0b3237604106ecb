/// Who sees whom on one day, and who is on duty: worked out once here. `tavle today` (text and
/// JSON), the board's day plan (`d`) and the meeting only format it.
public struct DayPlan: Sendable, Equatable {
    /// One planned visit: when, whom (the youth as the board has them), where.
    public struct Visit: Sendable, Equatable {
        public let time: String
        public let youth: Youth
        public let place: String?
    }

    /// One staff member's visits that day, by time.
    public struct StaffDay: Sendable, Equatable {
        public let staff: StaffID
        public let visits: [Visit]
    }

    /// One shift of the rota that day and who has it.
    public struct Duty: Sendable, Equatable, Codable {
        public let shift: Shift
        public let staff: [StaffID]
    }

    public let day: Day
    /// The day's duties in shift order (day, evening, weekend, on call); shifts nobody has are left out.
    public let duties: [Duty]
    /// Staff with visits, in the team's order (former members after, by id).
    public let staff: [StaffDay]
    /// Board youths nobody sees that day, in urgency order: on the board means seen every day.
    public let unplanned: [Youth]

    public init(board: Board, rota: Rota?, day: Day) {
        self.day = day
        duties = DayPlan.duties(rota, on: day)
        var byStaff: [StaffID: [Visit]] = [:]
        for e in board.all {
            for p in e.youth.plans(on: day) { byStaff[p.staff, default: []].append(Visit(time: p.time, youth: e.youth, place: p.place)) }
        }
        let order = board.team.staff.map(\.id)
        staff = byStaff.keys.sorted { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }.map { id in
            StaffDay(staff: id, visits: byStaff[id]!.sorted { ($0.time, $0.youth.label, $0.youth.id) < ($1.time, $1.youth.label, $1.youth.id) })
        }
        unplanned = board.intensive.filter { $0.youth.plans(on: day).isEmpty }.map(\.youth)
    }

    /// The duties of `day` in shift order, shifts nobody has left out (also `tavle rota show`).
    public static func duties(_ rota: Rota?, on day: Day) -> [Duty] {
        let duty = rota?.duty(on: day) ?? [:]
        return Shift.allCases.compactMap { s in duty[s].flatMap { $0.isEmpty ? nil : Duty(shift: s, staff: $0) } }
    }

    /// Staff on call that day (bakvakt).
    public var onCall: [StaffID] { duties.first { $0.shift == .onCall }?.staff ?? [] }
}
