import Foundation

/// The mutations behind the change values (`YouthChange.apply`): internal to the core, so every
/// front end goes through `Store.apply`, where each change is validated and journaled once.
extension Youth {
    /// A new youth, checked against the intake rules (age 12–25 at intake unless overridden with a reason).
    /// Criterion 2 (`longTermNeed`) is as given, nil when left out; criterion 3 holds when areas of
    /// functional impairment are given, and is not assessed (nil) otherwise.
    public static func intake(name: String, born: Day, today: Day, primaryContact: StaffID?, domains: [Domain] = [],
                              referral: Referral? = nil, ageOverride: String? = nil, longTermNeed: Bool? = nil) throws(TavleError) -> Youth {
        let clean = TextSafety.clean(name).trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty else { throw .refused(LocalizedMessage(.refuseNameEmpty)) }
        guard born <= today else { throw .refused(LocalizedMessage(.refuseBornInFuture, [born.iso])) }
        let age = born.age(on: today)
        let override = ageOverride.map { TextSafety.clean($0).trimmingCharacters(in: .whitespaces) }
        if !(12...25).contains(age) {
            guard let reason = override, !reason.isEmpty else {
                throw .refused(LocalizedMessage(.refuseAge, [String(age)]))
            }
        }
        var y = Youth(id: "", name: clean, born: born, intake: today)
        y.primaryContact = primaryContact
        y.domains = domains
        y.referral = referral
        y.intakeCriteria.functionalImpairment = domains.isEmpty ? nil : true
        y.intakeCriteria.longTermNeed = longTermNeed
        if !(12...25).contains(age) { y.ageOverride = override }
        y.phase = .clarification
        return y
    }

    /// Puts the youth on the board (intensive) with a reason, a plan and an evaluation date.
    mutating func putOnBoard(reason: BoardReason, plan: String, evaluate: Day?, by: StaffID, today: Day,
                                    settings: RuleSettings) throws(TavleError) {
        guard phase != .discharged else { throw .refused(LocalizedMessage(.refuseDischarged)) }
        guard mode != .intensive else { throw .refused(LocalizedMessage(.refuseAlreadyOnBoard)) }
        let eval = evaluate ?? today.adding(days: settings.boardPeriodDays)
        guard eval >= today else { throw .refused(LocalizedMessage(.refuseEvaluateInPast, [eval.iso])) }
        mode = .intensive
        boardPeriods.append(BoardPeriod(id: Identifier.random(), reason: reason, start: today,
                                        plan: TextSafety.clean(plan, multiline: true), evaluate: eval, decidedBy: by))
        if reason == .crisis { status = .crisis }
    }

    /// Takes the youth off the board into case management, closing the board period.
    mutating func takeOffBoard(note: String?, by: StaffID, at: Timestamp, today: Day) throws(TavleError) {
        guard mode == .intensive, var period = boardPeriods.last, period.end == nil else {
            throw .refused(LocalizedMessage(.refuseNotOnBoard))
        }
        period.end = today
        if let n = note, !n.isEmpty { period.endNote = TextSafety.clean(n, multiline: true) }
        boardPeriods[boardPeriods.count - 1] = period
        mode = .caseManagement
        if let n = note, !n.isEmpty { try addNote(n, kind: .decision, by: by, at: at) }
    }

    mutating func setStatus(_ s: Status) { status = s }

    mutating func addNote(_ text: String, kind: NoteKind, by: StaffID, at: Timestamp) throws(TavleError) {
        let clean = TextSafety.clean(text, multiline: true).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !clean.isEmpty else { throw .refused(LocalizedMessage(kind == .decision ? .refuseDecisionEmpty : .refuseNoteEmpty)) }
        notes.append(Note(id: Identifier.random(length: 8), at: at, author: by, kind: kind, text: clean))
    }

    mutating func addContact(with: ContactWith, kind: ContactKind, at: Timestamp, staff: StaffID, note: String?, place: String? = nil,
                             arena: Arena? = nil) {
        let n = note.map { TextSafety.clean($0, multiline: true) }.flatMap { $0.isEmpty ? nil : $0 }
        let p = place.map { TextSafety.clean($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        contacts.append(Contact(id: Identifier.random(length: 8), at: at, staff: staff, with: with, kind: kind, note: n, place: p,
                                arena: arena ?? kind.defaultArena))
        if lastContact.map({ $0 < at }) ?? true { lastContact = at }
    }

    /// Evaluates the current board period: records the evaluation and sets the next date.
    mutating func evaluatePeriod(next: Day?, note: String?, by: StaffID, at: Timestamp, today: Day,
                                        settings: RuleSettings) throws(TavleError) {
        guard mode == .intensive, var period = boardPeriods.last, period.end == nil else {
            throw .refused(LocalizedMessage(.refuseNotOnBoard))
        }
        let nextDay = next ?? today.adding(days: settings.boardPeriodDays)
        guard nextDay > today else { throw .refused(LocalizedMessage(.refuseEvaluateNextAfterToday, [nextDay.iso])) }
        period.lastEvaluated = today
        period.evaluate = nextDay
        boardPeriods[boardPeriods.count - 1] = period
        if let n = note, !n.isEmpty { try addNote(n, kind: .decision, by: by, at: at) }
    }

    /// Adds (or replaces the same staff member's) plan entry for `day`.
    mutating func setPlan(day: Day, staff: StaffID, time: String, place: String?) throws(TavleError) {
        guard Youth.isClock(time) else { throw .usage(LocalizedMessage(.refuseBadTime, [TextSafety.display(time)])) }
        plans.removeAll { $0.day == day && $0.staff == staff }
        let p = place.map { TextSafety.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
        plans.append(PlanEntry(id: Identifier.random(length: 8), day: day, staff: staff, time: time, place: p))
        plans.sort { ($0.day, $0.time) < ($1.day, $1.time) }
    }

    /// `HH:MM`, 00:00–23:59.
    public static func isClock(_ s: String) -> Bool {
        let p = s.split(separator: ":")
        guard p.count == 2, p[0].count == 2, p[1].count == 2, let h = Int(p[0]), let m = Int(p[1]) else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m)
    }

    mutating func setCrisisPlan(updated: Day, outOfHours: String?, today: Day) throws(TavleError) {
        guard updated <= today else { throw .refused(LocalizedMessage(.refuseDateInFuture, [updated.iso])) }
        let o = outOfHours.map { TextSafety.clean($0) } ?? crisisPlan?.outOfHours
        crisisPlan = CrisisPlan(updated: updated, outOfHours: o)
    }

    /// Adds an order, or gives an existing order of the same kind a new expiry date.
    mutating func setOrder(kind: String, expires: Day) throws(TavleError) {
        let k = TextSafety.clean(kind).trimmingCharacters(in: .whitespaces)
        guard !k.isEmpty else { throw .refused(LocalizedMessage(.refuseOrderKind)) }
        if let i = orders.firstIndex(where: { $0.kind.lowercased() == k.lowercased() }) {
            orders[i].expires = expires
        } else {
            orders.append(Order(id: Identifier.random(), kind: k, expires: expires))
        }
    }

    mutating func removeOrder(kind: String) throws(TavleError) {
        let before = orders.count
        orders.removeAll { $0.kind.lowercased() == kind.lowercased() || $0.id == kind }
        guard orders.count < before else { throw .refused(LocalizedMessage(.refuseNoSuchOrder, [TextSafety.display(kind)])) }
    }

    /// Records a whole-team review (who and when).
    mutating func markReviewed(by: StaffID, day: Day, note: String?, at: Timestamp) throws(TavleError) {
        reviews.append(Review(day: day, by: by, note: note.map { TextSafety.clean($0, multiline: true) }.flatMap { $0.isEmpty ? nil : $0 }))
        planReviewed = day
    }

    /// Discharges the youth: closes any board period and sets the phase.
    mutating func discharge(by: StaffID, today: Day, at: Timestamp) throws(TavleError) {
        guard phase != .discharged else { throw .refused(LocalizedMessage(.refuseDischarged)) }
        if mode == .intensive { try takeOffBoard(note: nil, by: by, at: at, today: today) }
        phase = .discharged
        discharged = today
    }

    /// Fields that `tavle set ID FIELD VALUE` may change, with their accepted values.
    public static let settableFields = [
        "name", "initials", "born", "intake", "contact", "second-contact", "domains", "whereabouts", "goals",
        "warning", "phase", "plan-reviewed", "referral", "referral-contact", "crisis-plan-out-of-hours",
        "long-term-need", "functional-impairment", "eating-disorder", "municipality",
    ]

    /// Records a school or work status from `since` on (history kept, oldest first by day).
    mutating func setSchool(_ status: SchoolStatus, since: Day, note: String?, by: StaffID, at: Timestamp, today: Day) throws(TavleError) {
        guard since <= today else { throw .refused(LocalizedMessage(.refuseSchoolSinceFuture, [since.iso])) }
        guard since >= intake else { throw .refused(LocalizedMessage(.refuseSchoolBeforeIntake, [since.iso, intake.iso])) }
        let n = note.map { TextSafety.clean($0, multiline: true).trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let entry = SchoolEntry(status: status, since: since, note: n, by: by, at: at)
        // Kept in day order, a later entry on the same day after the earlier one.
        let i = school.lastIndex { $0.since <= since }.map { $0 + 1 } ?? 0
        school.insert(entry, at: i)
    }

    /// Sets one of `settableFields` from text; an empty value clears optional fields.
    mutating func set(field: String, value raw: String, team: Team, today: Day) throws(TavleError) {
        let value = TextSafety.clean(raw).trimmingCharacters(in: .whitespaces)
        func day() throws(TavleError) -> Day {
            guard let d = Day(parsing: value, allowNorwegian: true) else { throw .refused(LocalizedMessage(.refuseBadDate, [value])) }
            return d
        }
        func choice<C: Choice>(_ t: C.Type) throws(TavleError) -> C {
            guard let c = C.parse(value) else { throw .refused(LocalizedMessage(.refuseBadChoice, [value, field, C.choices])) }
            return c
        }
        func staff() throws(TavleError) -> StaffID? {
            if value.isEmpty { return nil }
            return try team.resolveMember(value).id
        }
        func bool() throws(TavleError) -> Bool {
            switch value.lowercased() {
            case "yes", "ja", "true", "1", "y", "j": return true
            case "no", "nei", "false", "0", "n": return false
            default: throw .refused(LocalizedMessage(.refuseBadChoice, [value, field, "yes, no"]))
            }
        }
        switch field {
        case "name":
            guard !value.isEmpty else { throw .refused(LocalizedMessage(.refuseNameEmpty)) }
            name = value
        case "initials":
            if value.isEmpty { initialsOverride = nil; break }
            guard Labels.validInitials(value) else { throw .refused(LocalizedMessage(.refuseInitialsNoDigits)) }
            initialsOverride = value.uppercased()
        case "born":
            let d = try day()
            guard d <= today else { throw .refused(LocalizedMessage(.refuseBornInFuture, [d.iso])) }
            born = d
        case "intake": intake = try day()
        case "contact": primaryContact = try staff()
        case "second-contact": secondContact = try staff()
        case "domains":
            var ds: [Domain] = []
            for part in value.split(separator: ",") {
                guard let d = Domain.parse(String(part)) else {
                    throw .refused(LocalizedMessage(.refuseBadChoice, [String(part), field, Domain.choices]))
                }
                if !ds.contains(d) { ds.append(d) }
            }
            domains = ds
        case "whereabouts": whereabouts = try choice(Whereabouts.self)
        case "goals": goals = value
        case "warning": warning = value
        case "phase":
            let p = try choice(Phase.self)
            guard p != .discharged else { throw .refused(LocalizedMessage(.refuseUseDischarge)) }
            phase = p
        case "plan-reviewed": planReviewed = value.isEmpty ? nil : try day()
        case "referral":
            if value.isEmpty { referral = nil } else { referral = Referral(source: try choice(ReferralSource.self), contact: referral?.contact, received: referral?.received) }
        case "referral-contact":
            referral = Referral(source: referral?.source ?? .other, contact: value.isEmpty ? nil : value, received: referral?.received)
        case "crisis-plan-out-of-hours":
            guard var plan = crisisPlan else { throw .refused(LocalizedMessage(.refuseNoCrisisPlan)) }
            plan.outOfHours = value.isEmpty ? nil : value
            crisisPlan = plan
        case "long-term-need":
            let b = try bool()
            try checkCriterion(b, .longTermNeed)
            intakeCriteria.longTermNeed = b
        case "functional-impairment":
            let b = try bool()
            try checkCriterion(b, .functionalImpairment)
            intakeCriteria.functionalImpairment = b
        case "eating-disorder": intakeCriteria.severeEatingDisorder = try bool()
        case "municipality": municipality = try Youth.municipality(value, team: team)
        default:
            throw .refused(LocalizedMessage(.refuseUnknownField, [TextSafety.display(field), Youth.settableFields.joined(separator: ", ")]))
        }
    }

    /// A typed municipality as the team writes it; empty clears it. One of `team.municipalities`,
    /// else refused with the list (or, when the team has none, how to add them).
    public static func municipality(_ text: String, team: Team) throws(TavleError) -> String? {
        let value = TextSafety.clean(text).trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil }
        guard !team.municipalities.isEmpty else { throw .refused(LocalizedMessage(.refuseNoMunicipalities)) }
        guard let m = team.municipality(named: value) else {
            throw .refused(LocalizedMessage(.refuseBadMunicipality, [TextSafety.display(value), team.municipalities.joined(separator: ", ")]))
        }
        return m
    }
}
