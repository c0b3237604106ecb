import Foundation

/// A change to one youth, as a value. The board, the command line, the import and the meeting
/// commands build one and hand it to `Store.apply`, which validates it (every rule lives in
/// `apply(to:_:)`), journals it under its kind's word and writes it. No front end validates or
/// journals on its own.
public enum YouthChange: Sendable, Equatable {
    /// Onto the board. A plan is required; the evaluation date defaults to the team's board period.
    case putOnBoard(reason: BoardReason, plan: String, evaluate: Day?)
    /// Off the board into case management. A youth in crisis needs `status` (what it is now), and
    /// leaving crisis needs `why`.
    case takeOffBoard(note: String?, status: Status?, why: String?)
    case evaluate(next: Day?, note: String?)
    /// Leaving crisis needs `why`.
    case status(Status, why: String?)
    case note(text: String, kind: NoteKind)
    /// `at` nil is now; never in the future. `staff` nil is the person making the change. `place`
    /// is where, in the team's words (the café); `arena` the kind of place (`Arena`), by default
    /// the kind's (`ContactKind.defaultArena`: a visit at home, a phone call by phone).
    case contact(with: ContactWith, kind: ContactKind, at: Timestamp?, staff: StaffID?, note: String?, place: String? = nil,
                 arena: Arena? = nil)
    /// School or work from `since` (nil: today; never in the future), kept with its history.
    case school(SchoolStatus, since: Day?, note: String?)
    /// `day` nil is today; never in the past.
    case plan(day: Day?, staff: StaffID, time: String, place: String?)
    case crisisPlan(updated: Day?, outOfHours: String?)
    case order(kind: String, expires: Day)
    case removeOrder(kind: String)
    case reviewed(note: String?)
    /// Discharged for `reason`, to `to`. In the discharge phase with the handover incomplete it is
    /// refused unless `anyway` with a `note` (see `Discharge.swift`); the note is kept on the record.
    case discharge(reason: DischargeReason, to: DischargeDestination, note: String? = nil, anyway: Bool = false)
    /// One of `Youth.settableFields` from text; `ageOverride` allows an age outside 12–25 at intake.
    case set(field: String, value: String, ageOverride: String?)
    /// `note` says who `other` is (required then).
    case consent(party: ShareParty, by: ConsentGiver, on: Day?, scope: String?, note: String? = nil)
    case withdrawConsent(party: ShareParty, on: Day?)
    case service(ShareParty, following: Bool)
    case handover(service: String?, contact: String?, followUp: String?, day: Day?, consented: Bool?)
    /// These decisions are written into the patient record.
    case documented(noteIDs: [String])
    /// A decision about the youth (in the meeting: recorded in the meeting record too).
    case decision(text: String)
    /// One of the youth's own goals, set today; `goals` becomes its text.
    case addGoal(text: String)
    /// Goal `number` reached on `on` (nil: today; never in the future).
    case goalDone(number: Int, on: Day?)
    /// A person in the youth's family or network (a third party: never on the shared screen).
    case addNetwork(name: String, relation: Relation, parentalResponsibility: Bool, phone: String?, mayShare: Bool?)
    /// Network entry `number` removed (the others keep their numbers).
    case removeNetwork(number: Int)
    /// The four questions answered today (in the morning meeting: recorded with the discussion).
    /// At least one; one left out keeps what was answered earlier the same day.
    case answers(needs: String?, treatment: QuestionAnswer?, safety: QuestionAnswer?, family: QuestionAnswer?)

    public var kind: ChangeKind {
        switch self {
        case .putOnBoard: .intensive
        case .takeOffBoard: .caseManagement
        case .evaluate: .evaluate
        case .status: .status
        case .note: .note
        case .contact: .contact
        case .plan: .plan
        case .crisisPlan: .crisisPlan
        case .order, .removeOrder: .order
        case .reviewed: .reviewed
        case .discharge: .discharge
        case .set: .set
        case .consent, .withdrawConsent: .consent
        case .service: .service
        case .handover: .handover
        case .documented: .documented
        case .decision: .decision
        case .school: .school
        case .addGoal, .goalDone: .goal
        case .addNetwork, .removeNetwork: .network
        case .answers: .answers
        }
    }

    /// The journal's word: the kind's, and for `set` the field too (`set whereabouts`).
    public var journalAction: String {
        if case .set(let field, _, _) = self { return "set " + field }
        return kind.rawValue
    }

    /// The reason given for the change (leaving crisis), kept in the journal beside it.
    public var why: String? {
        switch self {
        case .status(_, let why), .takeOffBoard(_, _, let why), .discharge(_, _, let why, _): why.flatMap { Change.clean($0) }
        default: nil
        }
    }

    /// Applies the change to `y` after checking it against every rule; throws the refusal.
    public func apply(to y: inout Youth, _ c: ChangeContext) throws(TavleError) {
        let by = c.actor.staff
        switch self {
        case .putOnBoard(let reason, let plan, let evaluate):
            guard let p = Change.clean(plan, multiline: true) else { throw .refused(LocalizedMessage(.refusePlanNeeded)) }
            try y.putOnBoard(reason: reason, plan: p, evaluate: evaluate, by: by, today: c.today, settings: c.team.rules)
        case .takeOffBoard(let note, let status, let why):
            if y.status == .crisis, y.mode == .intensive {
                guard let status else { throw .refused(LocalizedMessage(.refuseOffBoardInCrisis)) }
                try Change.leaveCrisis(&y, to: status, why: why)
            } else if let status {
                try Change.leaveCrisis(&y, to: status, why: why)
            }
            try y.takeOffBoard(note: note, by: by, at: c.now, today: c.today)
        case .evaluate(let next, let note):
            try y.evaluatePeriod(next: next, note: note, by: by, at: c.now, today: c.today, settings: c.team.rules)
        case .status(let s, let why):
            try Change.leaveCrisis(&y, to: s, why: why)
        case .note(let text, let kind):
            try y.addNote(text, kind: kind, by: by, at: c.now)
        case .contact(let with, let kind, let at, let staff, let note, let place, let arena):
            let when = at ?? c.now
            guard when <= c.now else { throw .refused(LocalizedMessage(.refuseContactInFuture, [when.clock, c.now.clock])) }
            let who = try staff.map { (s: StaffID) throws(TavleError) in try c.team.resolveMember(s).id } ?? by
            y.addContact(with: with, kind: kind, at: when, staff: who, note: note, place: place, arena: arena)
        case .plan(let day, let staff, let time, let place):
            let d = day ?? c.today
            guard d >= c.today else { throw .refused(LocalizedMessage(.refusePlanInPast, [d.iso])) }
            let member = try c.team.resolveMember(staff)
            try y.setPlan(day: d, staff: member.id, time: try Input.clock(time), place: place)
        case .crisisPlan(let updated, let outOfHours):
            try y.setCrisisPlan(updated: updated ?? c.today, outOfHours: outOfHours, today: c.today)
        case .order(let kind, let expires):
            try y.setOrder(kind: kind, expires: expires)
        case .removeOrder(let kind):
            try y.removeOrder(kind: kind)
        case .reviewed(let note):
            try y.markReviewed(by: by, day: c.today, note: note, at: c.now)
        case .discharge(let reason, let to, let note, let anyway):
            try y.discharge(reason: reason, to: to, note: note, anyway: anyway, by: by, today: c.today, at: c.now)
        case .set(let field, let value, let ageOverride):
            try y.set(field: field, value: value, team: c.team, today: c.today)
            try Change.checkIntake(&y, field: field, ageOverride: ageOverride, today: c.today)
        case .consent(let party, let giver, let on, let scope, let note):
            try y.giveConsent(to: party, by: giver, on: on ?? c.today, scope: scope, note: note, today: c.today)
        case .withdrawConsent(let party, let on):
            try y.withdrawConsent(from: party, on: on ?? c.today)
        case .service(let party, let following):
            y.setService(party, following: following)
        case .handover(let service, let contact, let followUp, let day, let consented):
            try y.setHandover(service: service, contact: contact, followUp: followUp, day: day, consented: consented)
        case .documented(let ids):
            for id in ids { try y.markDocumented(noteID: id, at: c.now) }
        case .decision(let text):
            try y.addNote(text, kind: .decision, by: by, at: c.now)
        case .addGoal(let text):
            try y.addGoal(text, on: c.today, by: by)
        case .goalDone(let number, let on):
            let day = on ?? c.today
            guard day <= c.today else { throw .refused(LocalizedMessage(.refuseDateInFuture, [day.iso])) }
            try y.markGoalDone(number, on: day)
        case .school(let status, let since, let note):
            try y.setSchool(status, since: since ?? c.today, note: note, by: by, at: c.now, today: c.today)
        case .addNetwork(let name, let relation, let parental, let phone, let mayShare):
            _ = try y.addNetwork(name: name, relation: relation, parentalResponsibility: parental, phone: phone, mayShare: mayShare,
                                 on: c.today)
        case .removeNetwork(let number):
            try y.removeNetwork(number)
        case .answers(let needs, let treatment, let safety, let family):
            try y.answer(needs: needs, treatment: treatment, safety: safety, family: family, today: c.today)
        }
    }
}

/// Who makes a change, and the moment it is made in the team's terms.
public struct ChangeContext: Sendable {
    public var actor: Actor
    public var now: Timestamp
    public var today: Day
    public var team: Team
    public init(actor: Actor, now: Timestamp, today: Day, team: Team) {
        self.actor = actor; self.now = now; self.today = today; self.team = team
    }
}

/// Rules shared by several changes.
enum Change {
    /// Text with control characters removed and spaces trimmed; nil when nothing is left.
    static func clean(_ text: String, multiline: Bool = false) -> String? {
        let t = TextSafety.clean(text, multiline: multiline).trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// A status change; leaving crisis needs a reason (a stray key must not de-escalate a youth).
    static func leaveCrisis(_ y: inout Youth, to status: Status, why: String?) throws(TavleError) {
        if y.status == .crisis, status != .crisis, why.flatMap({ clean($0) }) == nil {
            throw .refused(LocalizedMessage(.refuseLeaveCrisisWhy, [LocalizedMessage.word(status.labelKey)]))
        }
        y.setStatus(status)
    }

    /// After `born` or `intake` changed: the intake is not in the future, and the age at intake is
    /// 12–25 unless a reason to take the youth in anyway is (or was) recorded.
    static func checkIntake(_ y: inout Youth, field: String, ageOverride: String?, today: Day) throws(TavleError) {
        guard field == "born" || field == "intake" else { return }
        guard y.intake <= today else { throw .refused(LocalizedMessage(.refuseIntakeInFuture, [y.intake.iso])) }
        let age = y.born.age(on: y.intake)
        guard !(12...25).contains(age) else { return }
        if let reason = ageOverride.flatMap({ clean($0) }) { y.ageOverride = reason; return }
        guard y.ageOverride != nil else { throw .refused(LocalizedMessage(.refuseAgeAtIntake, [String(age), y.intake.iso])) }
    }
}
