import Foundation

/// What `tavle dev generate --fidelity` adds to a generated team so the fidelity report (issue 24)
/// has every kind of record to read: each contact's arena, the referral's day, school or work
/// statuses, earlier board periods with crisis plans, discharge reasons, a weekly rota, the board
/// meetings of the last year with the four questions answered, and a few referrals waiting. Kept
/// apart from `Generator` (whose output the golden tests pin): without `--fidelity` nothing changes.
public enum GeneratorFidelity {
    /// Generates the team as `Generator.generate` does, then its youths enriched, in bulk.
    public static func generate(root: String, youths count: Int, years: Int, seed: UInt64, today: Day,
                                actor: Actor, environment: [String: String]) throws(TavleError) -> Store {
        let store = try Generator.generate(root: root, youths: 0, years: years, seed: seed, today: today, actor: actor, environment: environment)
        let team = try store.loadTeam()
        let staff = team.staff.map(\.id)
        let youths = Generator.youths(count: count, years: years, today: today, seed: seed, staff: staff)
        var rng = SeededRandom(seed: seed ^ 0x5EED_F1DE)
        let enriched = youths.map { enrich($0, &rng, today: today) }
        try store.bulkCreate(enriched, actor: actor)
        try store.updateRota(actor: actor, action: "generate") { rota, team in
            let s = team.staff.map(\.id)
            for (i, w) in Weekday.allCases.enumerated() {
                try rota.setPattern(weekday: w, shift: .onCall, staff: [s[(i % (s.count - 1)) + 1]], team: team)
                try rota.setPattern(weekday: w, shift: w.isWeekend ? .weekend : .evening, staff: [s[((i + 3) % (s.count - 1)) + 1]], team: team)
            }
        }
        let zone = team.zone
        try store.withLock { () throws(TavleError) -> Void in
            for m in meetings(enriched, staff: staff, today: today, zone: zone, &rng) {
                _ = try store.commitMeeting(old: nil, new: m, team: team, actor: actor, action: JournalAction.create)
            }
        }
        for i in 0..<min(8, max(1, count / 10)) {
            let r = IncomingReferral(id: String(format: "r%03d", i), name: "Henvist \(i + 1)", born: today.adding(days: -365 * (13 + i % 10)),
                                     from: ReferralSource.allCases[i % ReferralSource.allCases.count],
                                     received: today.adding(days: -Int.random(in: 0...30, using: &rng)))
            _ = try store.addReferral(r, actor: actor)
        }
        return store
    }

    /// How many months back the generated board meetings go: the report's default period.
    static let meetingMonths = 12

    /// A board meeting on nearly every working day of the last year (a few missed), each with the
    /// youths on the board that day (their board periods), nearly all discussed, most with safety
    /// and family answered, some with only safety: so `meetings-held`, `board-discussed` and
    /// `four-questions` have real, imperfect records to count.
    static func meetings(_ youths: [Youth], staff: [StaffID], today: Day, zone: TimeZone, _ rng: inout SeededRandom) -> [Meeting] {
        var out: [Meeting] = []
        var day = today.adding(months: -meetingMonths)
        while day < today {
            defer { day = day.adding(days: 1) }
            guard FidelityCalendar.isWorkingDay(day), Int.random(in: 0..<20, using: &rng) > 0 else { continue }
            let board = youths.filter { y in
                y.intake <= day && (y.discharged.map { $0 > day } ?? true)
                    && y.boardPeriods.contains { $0.start <= day && ($0.end.map { $0 > day } ?? true) }
            }.map(\.id)
            let start = Timestamp.local(day: day, minutes: 8 * 60 + 30, in: zone)
            let chair = staff[Int.random(in: 0..<staff.count, using: &rng)]
            var m = Meeting(day: day, chair: chair, attendees: Array(staff.shuffled(using: &rng).prefix(6)), started: start,
                            minutes: 15, board: board)
            var at = start
            for id in board where Int.random(in: 0..<25, using: &rng) > 0 {
                let roll = Int.random(in: 0..<20, using: &rng)
                if roll < 18 {
                    var e = MeetingEvent(at: at, by: chair, youth: id, kind: .answers)
                    let safety: QuestionAnswer = Int.random(in: 0..<10, using: &rng) == 0 ? .concern : .ok
                    e.answers = FourAnswers(day: day, treatment: .ok, safety: safety,
                                            family: roll < 16 ? (Int.random(in: 0..<8, using: &rng) == 0 ? .concern : .ok) : nil)
                    m.events.append(e)
                }
                let seconds = Int.random(in: 30...120, using: &rng)
                at = Timestamp(seconds: at.seconds + Int64(seconds), offset: at.offset)
                var d = MeetingEvent(at: at, by: chair, youth: id, kind: .discussed)
                d.seconds = seconds
                m.events.append(d)
            }
            m.ended = Timestamp(seconds: max(at.seconds, start.seconds + 60), offset: start.offset)
            out.append(m)
        }
        return out
    }

    /// One youth with the fidelity facts filled in, deterministically from `rng`.
    static func enrich(_ youth: Youth, _ rng: inout SeededRandom, today: Day) -> Youth {
        var y = youth
        let arenas: [Arena] = [.home, .home, .school, .community, .community, .office, .work]
        y.contacts = y.contacts.map { c in
            var k = c
            switch c.kind {
            case .phone: k.arena = Int.random(in: 0..<5, using: &rng) == 0 ? .sms : .phone
            case .visit: k.arena = arenas.randomElement(using: &rng)!
            case .attempt: k.arena = nil
            }
            return k
        }
        y.referral = Referral(source: ReferralSource.allCases.randomElement(using: &rng)!,
                              received: y.intake.adding(days: -Int.random(in: 0...45, using: &rng)))
        let statuses = SchoolStatus.allCases
        y.school = [SchoolEntry(status: statuses.randomElement(using: &rng)!, since: y.intake, by: y.primaryContact ?? "s0", at: at(y.intake))]
        let later = y.intake.adding(days: Int.random(in: 30...400, using: &rng))
        if later < (y.discharged ?? today) {
            y.school.append(SchoolEntry(status: statuses.randomElement(using: &rng)!, since: later, by: y.primaryContact ?? "s0", at: at(later)))
        }
        // An earlier board period for some, ended before the current one (or today).
        let until = y.boardPeriods.first?.start ?? y.discharged ?? today
        if Int.random(in: 0..<3, using: &rng) == 0, y.intake.days(to: until) > 40 {
            let start = y.intake.adding(days: Int.random(in: 0...(y.intake.days(to: until) - 40), using: &rng))
            var p = BoardPeriod(id: y.id + "-f", reason: BoardReason.allCases.randomElement(using: &rng)!, start: start,
                                plan: "Tett oppfølging", evaluate: start.adding(days: 14), decidedBy: "s0")
            p.end = start.adding(days: Int.random(in: 5...35, using: &rng))
            y.boardPeriods.insert(p, at: 0)
            if y.crisisPlan == nil, Bool.random(using: &rng) { y.crisisPlan = CrisisPlan(updated: start.adding(days: Int.random(in: 0...5, using: &rng))) }
        }
        if y.phase == .discharged {
            y.dischargeReason = DischargeReason.allCases.randomElement(using: &rng)!
            y.dischargeTo = DischargeDestination.allCases.randomElement(using: &rng)!
        }
        return y
    }

    static func at(_ d: Day) -> Timestamp { Timestamp.local(day: d, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!) }
}
