import Foundation

/// What `tavle dev generate --fidelity` adds to a generated team so the fidelity report (issue 24)
/// has every kind of record to read: each contact's arena, the referral's day, school or work
/// statuses, earlier board periods with crisis plans, discharge reasons, and a weekly rota. Kept
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
        try store.bulkCreate(youths.map { enrich($0, &rng, today: today) }, actor: actor)
        try store.updateRota(actor: actor, action: "generate") { rota, team in
            let s = team.staff.map(\.id)
            for (i, w) in Weekday.allCases.enumerated() {
                try rota.setPattern(weekday: w, shift: .onCall, staff: [s[(i % (s.count - 1)) + 1]], team: team)
                try rota.setPattern(weekday: w, shift: w.isWeekend ? .weekend : .evening, staff: [s[((i + 3) % (s.count - 1)) + 1]], team: team)
            }
        }
        return store
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
