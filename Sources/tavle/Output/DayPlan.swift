import TavleCore

/// The core's day plan (`DayPlan`) as `tavle today` prints it: text, or JSON of the stable shape
/// `{day, weekday, staff: [{staff, initials, name, visits: [{time, youth, label, name, place, status}]}],
/// unplanned: [youth id], rota: [{shift, staff}]}`.
enum DayPlanText {
    struct JSON: Encodable {
        struct Visit: Encodable {
            let time: String
            let youth: String
            let label: String
            let name: String
            let place: String?
            let status: Status
        }

        struct StaffDay: Encodable {
            let staff: String
            let initials: String
            let name: String
            let visits: [Visit]
        }

        let day: Day
        let weekday: Weekday
        let staff: [StaffDay]
        let rota: [DayPlan.Duty]
        let unplanned: [String]

        init(_ plan: DayPlan, team: Team, labels: [String: String]) {
            day = plan.day
            weekday = Weekday(plan.day)
            staff = plan.staff.map { s in
                let m = team.member(s.staff)
                return StaffDay(staff: s.staff, initials: JSONOutput.safe(m?.initials ?? s.staff), name: JSONOutput.safe(m?.name ?? s.staff),
                                visits: s.visits.map { v in
                                    Visit(time: v.time, youth: v.youth.id, label: JSONOutput.safe(labels[v.youth.id] ?? v.youth.label),
                                          name: JSONOutput.safe(v.youth.name), place: JSONOutput.safe(v.place), status: v.youth.status)
                                })
            }
            rota = plan.duties
            unplanned = plan.unplanned.map(\.id)
        }
    }

    /// Text lines (user text made safe); `names` false shows initials only.
    static func lines(_ plan: DayPlan, team: Team, labels: [String: String], names: Bool = true) -> [String] {
        var out: [String] = [L.t(.todayHeader, L.label(Weekday(plan.day)), Format.day(plan.day), Format.safe(team.name))]
        out.append("")
        if plan.staff.isEmpty { out.append("  " + L.t(.todayNobody)) }
        for s in plan.staff {
            let m = team.member(s.staff)
            out.append(Format.safe(m?.initials ?? s.staff) + "  " + Format.safe(m?.name ?? s.staff))
            for v in s.visits {
                var line = "  " + v.time + "  " + DisplayWidth.pad(Format.safe(labels[v.youth.id] ?? v.youth.label), to: 4)
                if names { line += " " + Format.safe(v.youth.name) }
                if let p = v.place { line += "  · " + Format.safe(p) }
                if v.youth.status != .stable { line += "  " + Format.status(v.youth.status) }
                out.append(line)
            }
        }
        if !plan.unplanned.isEmpty {
            out.append("")
            out.append(L.t(.todayUnplanned, plan.unplanned.map { Format.safe(labels[$0.id] ?? $0.label) }.joined(separator: ", ")))
        }
        out.append("")
        out.append(L.t(.todayRota))
        out.append(contentsOf: rotaLines(plan.duties, team: team))
        return out
    }

    /// `  dagvakt     OB, SL` for each shift of the day; a hint when nobody is set up.
    static func rotaLines(_ duties: [DayPlan.Duty], team: Team, hint: Bool = true) -> [String] {
        guard !duties.isEmpty else { return ["  " + L.t(hint ? .rotacmdNone : .rotacmdNobody)] }
        let w = Shift.allCases.map { DisplayWidth.of(L.label($0)) }.max() ?? 0
        return duties.map { d in "  " + DisplayWidth.pad(L.label(d.shift), to: w) + "  " + MeetingText.staffList(d.staff, team) }
    }
}
