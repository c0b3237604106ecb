import TavleCore

/// A staff member as JSON output names them; initials and name are absent for an unknown id.
struct StaffRefJSON: Encodable {
    let id: String
    let initials: String?
    let name: String?

    init?(_ id: StaffID?, _ team: Team) {
        guard let id else { return nil }
        let m = team.member(id)
        self.id = JSONOutput.safe(id)
        initials = m.map { JSONOutput.safe($0.initials) }
        name = m.map { JSONOutput.safe($0.name) }
    }
}

/// One reason a youth is due for whole-team review: `rule` and `severity` are stable ids,
/// `message` follows the language.
struct DueJSON: Encodable {
    let rule: String
    let severity: String
    let message: String

    init(_ d: DueReason) {
        rule = d.rule
        severity = d.severity.rawValue
        message = JSONOutput.safe(d.message.text(L.lang))
    }
}

struct PlanJSON: Encodable {
    let day: Day
    let time: String
    let staff: StaffRefJSON?
    let place: String?
}

struct OrderJSON: Encodable {
    let id: String
    let kind: String
    let expires: Day
}

struct CrisisPlanJSON: Encodable {
    let updated: Day
    let outOfHours: String?
}

struct NoteJSON: Encodable {
    let id: String
    let at: Timestamp
    let author: StaffRefJSON?
    let kind: String
    let text: String
    let documented: Timestamp?
}

struct ContactJSON: Encodable {
    let id: String
    let at: Timestamp
    let staff: StaffRefJSON?
    let with: String
    let kind: String
    let note: String?
    let place: String?
    /// The arena (`Arena` raw value); absent for contacts recorded before schema 4.
    let arena: String?
}

/// One school or work status, from its day on.
struct SchoolJSON: Encodable {
    let status: String
    let since: Day
    let inSchoolOrWork: Bool
    let note: String?
    let by: StaffRefJSON?
}

struct BoardPeriodJSON: Encodable {
    let id: String
    let reason: String
    let start: Day
    let end: Day?
    let days: Int
    let plan: String
    let evaluate: Day?
    let lastEvaluated: Day?
    let decidedBy: StaffRefJSON?
    let endNote: String?
}

struct ReviewJSON: Encodable {
    let day: Day
    let by: StaffRefJSON?
    let note: String?
}

struct ReferralJSON: Encodable {
    let source: String
    let contact: String?
    /// The day the referral came, and days from then to the first contact (absent when not known).
    let received: Day?
    let daysToFirstContact: Int?
}

struct ConsentJSON: Encodable {
    let party: String
    let givenBy: String
    let given: Day
    let scope: String?
    let withdrawn: Day?
    /// Who `other` is.
    let note: String?
}

struct HandoverJSON: Encodable {
    let service: String
    let contact: String?
    let followUp: String?
    let day: Day?
    let consented: Bool?
}

/// How a youth was discharged; `reason` and `to` are written as `null` when not recorded.
struct DischargeJSON: Encodable {
    let reason: String?
    let to: String?
    let note: String?
    let handoverMissing: [String]

    enum CodingKeys: String, CodingKey { case reason, to, note, handoverMissing }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reason, forKey: .reason)
        try c.encode(to, forKey: .to)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encode(handoverMissing, forKey: .handoverMissing)
    }
}

/// The three criteria: `age` (12–25 at intake), and criteria 2 and 3, `null` when not assessed.
struct IntakeCriteriaJSON: Encodable {
    let age: Bool
    let longTermNeed: Bool?
    let functionalImpairment: Bool?
    let severeEatingDisorder: Bool

    enum CodingKeys: String, CodingKey { case age, longTermNeed, functionalImpairment, severeEatingDisorder }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(age, forKey: .age)
        try c.encode(longTermNeed, forKey: .longTermNeed)
        try c.encode(functionalImpairment, forKey: .functionalImpairment)
        try c.encode(severeEatingDisorder, forKey: .severeEatingDisorder)
    }
}

/// A youth in `list`, `due` and `export` (`detail` false), and in `show` (`detail` true: the
/// whole record with notes and contacts). Absent keys mean "not set" or "not applicable".
struct YouthJSON: Encodable {
    let id: String
    let name: String
    let initials: String
    let label: String
    /// The label as typed (`KH2`).
    let asciiLabel: String
    let mode: String
    let status: String
    let phase: String
    let version: Int
    let age: Int
    let born: Day?
    let intake: Day
    let primaryContact: StaffRefJSON?
    let secondContact: StaffRefJSON?
    let whereabouts: String
    /// The municipality the youth lives in (absent when none is set).
    let municipality: String?
    /// School or work today (absent when none is recorded).
    let school: SchoolJSON?
    let warning: String?
    let reason: String?
    let boardSince: Day?
    let daysOnBoard: Int?
    let evaluate: Day?
    let boardPlan: String?
    let crisisPlan: CrisisPlanJSON?
    let orders: [OrderJSON]
    let domains: [String]
    let lastContact: Timestamp?
    let plansToday: [PlanJSON]
    let flags: [String]
    let due: [DueJSON]
    // `show` only:
    var goals: String?
    /// The youth's own goals, each with its date and the day it was reached (`goals` is the most recent one's text).
    var goalList: [GoalJSON]?
    /// The family and network (third parties: `show` only).
    var network: [NetworkJSON]?
    /// The four questions as last answered in a board meeting.
    var answers: AnswersJSON?
    var referral: ReferralJSON?
    var ageOverride: String?
    var intakeCriteria: IntakeCriteriaJSON?
    var planReviewed: Day?
    var discharged: Day?
    /// Discharged youths: the reason and destination (`null` when not recorded), the note, and
    /// what the handover lacked when discharged anyway.
    var discharge: DischargeJSON?
    var services: [String]?
    var consents: [ConsentJSON]?
    var handover: HandoverJSON?
    var handoverMissing: [String]?
    var boardPeriods: [BoardPeriodJSON]?
    var reviews: [ReviewJSON]?
    var plans: [PlanJSON]?
    var notes: [NoteJSON]?
    var contacts: [ContactJSON]?
    /// Every school or work status, oldest first.
    var schoolHistory: [SchoolJSON]?
    var updated: Timestamp?

    /// Stable markers for what the board row flags (documented in docs/cli.md).
    static func flags(_ y: Youth, today: Day) -> [String] {
        var f: [String] = []
        if y.needsCrisisPlan && y.crisisPlan == nil { f.append("no-crisis-plan") }
        if y.orders.contains(where: { $0.expires >= today }) { f.append("order") }
        if y.orders.contains(where: { $0.expires < today }) { f.append("order-expired") }
        if y.ageOverride != nil { f.append("age-override") }
        if y.intakeCriteria.severeEatingDisorder { f.append("eating-disorder") }
        if !y.handoverMissing.isEmpty { f.append("handover-incomplete") }
        if !y.warning.isEmpty { f.append("warning") }
        return f
    }

    /// `names` false replaces the name with the initials label and leaves out the date of birth.
    init(_ y: Youth, due: [DueReason], team: Team, today: Day, labels: [String: String], detail: Bool, names: Bool = true) {
        let s: (String) -> String = JSONOutput.safe
        let label = labels[y.id] ?? y.initials
        id = y.id
        name = names ? s(y.name) : s(label)
        initials = s(y.initials)
        self.label = s(label)
        asciiLabel = s(Labels.ascii(label))
        mode = y.mode.rawValue
        status = y.status.rawValue
        phase = y.phase.rawValue
        version = y.version
        age = y.age(on: today)
        born = names ? y.born : nil
        intake = y.intake
        primaryContact = StaffRefJSON(y.primaryContact, team)
        secondContact = StaffRefJSON(y.secondContact, team)
        whereabouts = y.whereabouts.rawValue
        // Like the date of birth, left out of an export without names (with initials it can name the youth).
        municipality = names ? JSONOutput.safe(y.municipality) : nil
        let schoolJSON = { (e: SchoolEntry) in
            SchoolJSON(status: e.status.rawValue, since: e.since, inSchoolOrWork: e.status.isInSchoolOrWork, note: JSONOutput.safe(e.note),
                       by: StaffRefJSON(e.by, team))
        }
        school = y.schoolEntry(on: today).map(schoolJSON)
        warning = y.warning.isEmpty ? nil : s(y.warning)
        let period = y.currentPeriod
        reason = period?.reason.rawValue
        boardSince = period?.start
        daysOnBoard = y.daysOnBoard(today: today)
        evaluate = period?.evaluate
        boardPlan = period.flatMap { $0.plan.isEmpty ? nil : s($0.plan) }
        crisisPlan = y.crisisPlan.map { CrisisPlanJSON(updated: $0.updated, outOfHours: JSONOutput.safe($0.outOfHours)) }
        orders = y.orders.map { OrderJSON(id: $0.id, kind: s($0.kind), expires: $0.expires) }
        domains = y.domains.map(\.rawValue)
        lastContact = y.lastContact
        let plan = { (p: PlanEntry) in PlanJSON(day: p.day, time: p.time, staff: StaffRefJSON(p.staff, team), place: JSONOutput.safe(p.place)) }
        plansToday = y.plans(on: today).map(plan)
        flags = YouthJSON.flags(y, today: today)
        self.due = due.map(DueJSON.init)
        guard detail else { return }
        goals = y.goals.isEmpty ? nil : s(y.goals)
        goalList = y.goalList.map(GoalJSON.init)
        network = y.network.map(NetworkJSON.init)
        answers = y.answers.map(AnswersJSON.init)
        referral = y.referral.map {
            ReferralJSON(source: $0.source.rawValue, contact: JSONOutput.safe($0.contact), received: $0.received,
                         daysToFirstContact: y.referralToFirstContactDays)
        }
        ageOverride = JSONOutput.safe(y.ageOverride)
        intakeCriteria = IntakeCriteriaJSON(age: y.intakeCriteriaState[0].holds ?? false, longTermNeed: y.intakeCriteria.longTermNeed,
                                            functionalImpairment: y.intakeCriteria.functionalImpairment,
                                            severeEatingDisorder: y.intakeCriteria.severeEatingDisorder)
        planReviewed = y.planReviewed
        discharged = y.discharged
        if y.phase == .discharged {
            discharge = DischargeJSON(reason: y.dischargeReason?.rawValue, to: y.dischargeTo?.rawValue, note: JSONOutput.safe(y.dischargeNote),
                                      handoverMissing: y.dischargeHandoverMissing?.map(\.rawValue) ?? [])
        }
        services = y.services.map(\.rawValue)
        consents = y.consents.map {
            ConsentJSON(party: $0.party.rawValue, givenBy: $0.givenBy.rawValue, given: $0.given,
                        scope: JSONOutput.safe($0.scope), withdrawn: $0.withdrawn, note: JSONOutput.safe($0.note))
        }
        handover = y.handover.map {
            HandoverJSON(service: s($0.service), contact: JSONOutput.safe($0.contact), followUp: JSONOutput.safe($0.followUp),
                         day: $0.day, consented: $0.consented)
        }
        handoverMissing = y.handoverMissing.map(\.rawValue)
        boardPeriods = y.boardPeriods.map {
            BoardPeriodJSON(id: $0.id, reason: $0.reason.rawValue, start: $0.start, end: $0.end, days: $0.days(today: today),
                            plan: s($0.plan), evaluate: $0.evaluate, lastEvaluated: $0.lastEvaluated,
                            decidedBy: StaffRefJSON($0.decidedBy, team), endNote: JSONOutput.safe($0.endNote))
        }
        reviews = y.reviews.map { ReviewJSON(day: $0.day, by: StaffRefJSON($0.by, team), note: JSONOutput.safe($0.note)) }
        plans = y.plans.map(plan)
        notes = y.shownNotes.map {
            NoteJSON(id: $0.id, at: $0.at, author: StaffRefJSON($0.author, team), kind: $0.kind.rawValue, text: s($0.text),
                     documented: $0.documented)
        }
        contacts = y.shownContacts.map {
            ContactJSON(id: $0.id, at: $0.at, staff: StaffRefJSON($0.staff, team), with: $0.with.rawValue,
                        kind: $0.kind.rawValue, note: JSONOutput.safe($0.note), place: JSONOutput.safe($0.place),
                        arena: $0.arena?.rawValue)
        }
        schoolHistory = y.school.map(schoolJSON)
        updated = y.updated
    }
}
