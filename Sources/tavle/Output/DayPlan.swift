import TavleCore

/// The day plan: who sees whom on a day, grouped by staff member with times, and the day's rota.
/// A pure function of the board's youths, the team, the rota and the day.
struct DayPlan: Encodable {
    struct Visit: Encodable {
        let time: String
        let youth: String
        let label: String
        let name: String
        let place: String?
        let status: String
    }

    struct StaffDay: Encodable {
        let staff: String
        let initials: String
        let name: String
        let visits: [Visit]
    }

    struct Duty: Encodable {
        let shift: String
        let staff: [String]
    }

    let day: Day
    let weekday: String
    /// The day's name (`christmas-day`), when it has one.
    let holiday: String?
    let staff: [StaffDay]
    let rota: [Duty]
    /// Board youths nobody sees that day.
    let unplanned: [String]
    /// Shifts nobody has in the coming week (`RotaCoverage`).
    let warnings: [ShiftWarningJSON]

    init(youths: [Youth], team: Team, rota: Rota, day: Day) {
        self.day = day
        weekday = Weekday(day).rawValue
        holiday = Holidays.name(on: day)?.rawValue
        let board = Board(team: team, youths: youths, today: day)
        warnings = RotaCoverage(board: board, rota: rota).missing.map(ShiftWarningJSON.init)
        let labels = Board.distinctInitials(youths)
        var byStaff: [StaffID: [Visit]] = [:]
        for e in board.all {
            let y = e.youth
            for p in y.plans(on: day) {
                byStaff[p.staff, default: []].append(Visit(time: p.time, youth: y.id, label: labels[y.id] ?? y.initials, name: y.name,
                                                           place: p.place, status: y.status.rawValue))
            }
        }
        // Staff in the team's order (former members last), each day sorted by time.
        let order = team.staff.map(\.id)
        staff = byStaff.keys.sorted { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }.map { id in
            let m = team.member(id)
            return StaffDay(staff: id, initials: m?.initials ?? id, name: m?.name ?? id,
                            visits: byStaff[id]!.sorted { ($0.time, $0.label) < ($1.time, $1.label) })
        }
        let duty = rota.duty(on: day)
        self.rota = Shift.allCases.compactMap { s in duty[s].map { Duty(shift: s.rawValue, staff: $0) } }
        unplanned = board.intensive.filter { $0.youth.plans(on: day).isEmpty }.map(\.youth.id)
    }

    /// Text lines (user text made safe); `names` false shows initials only.
    func lines(team: Team, labels: [String: String], names: Bool = true) -> [String] {
        let date = Format.day(day) + (holiday.flatMap(NamedDay.init(rawValue:)).map { " · " + L.label($0) } ?? "")
        var out: [String] = [L.t(.todayHeader, L.label(Weekday(day)), date, Format.safe(team.name))]
        out.append(contentsOf: warnings.map { "! " + $0.message })
        out.append("")
        if staff.isEmpty { out.append("  " + L.t(.todayNobody)) }
        for s in staff {
            out.append(Format.safe(s.initials) + "  " + Format.safe(s.name))
            for v in s.visits {
                var line = "  " + v.time + "  " + DisplayWidth.pad(Format.safe(v.label), to: 4)
                if names { line += " " + Format.safe(v.name) }
                if let p = v.place { line += "  · " + Format.safe(p) }
                if let st = Status(rawValue: v.status), st != .stable { line += "  " + Format.status(st) }
                out.append(line)
            }
        }
        if !unplanned.isEmpty {
            out.append("")
            out.append(L.t(.todayUnplanned, unplanned.map { Format.safe(labels[$0] ?? $0) }.joined(separator: ", ")))
        }
        out.append("")
        out.append(L.t(.todayRota))
        out.append(contentsOf: DayPlan.rotaLines(rota, team: team))
        return out
    }

    /// `  dagvakt     OB, SL` for each shift of the day; a hint when nobody is set up.
    static func rotaLines(_ duties: [Duty], team: Team, hint: Bool = true) -> [String] {
        guard !duties.isEmpty else { return ["  " + L.t(hint ? .rotacmdNone : .rotacmdNobody)] }
        let w = Shift.allCases.map { DisplayWidth.of(L.label($0)) }.max() ?? 0
        return duties.map { d in
            "  " + DisplayWidth.pad(Shift(rawValue: d.shift).map { L.label($0) } ?? d.shift, to: w) + "  "
                + MeetingText.staffList(d.staff, team)
        }
    }
}

/// A team-level warning about the rota in `--json`: the date, the shift (`on-call`) and the message.
struct ShiftWarningJSON: Encodable {
    let day: Day
    let shift: String
    let message: String

    init(_ m: MissingShift) { day = m.day; shift = m.shift.rawValue; message = m.message.text(L.lang) }
}

enum ShiftWarningText {
    /// `! Ingen bakvakt 23.12`, one line each.
    static func lines(_ coverage: RotaCoverage) -> [String] { coverage.missing.map { "! " + $0.message.text(L.lang) } }
}
