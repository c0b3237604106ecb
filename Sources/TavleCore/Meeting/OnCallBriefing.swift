import Foundation

/// The on-call briefing (`tavle on-call`): what tonight's on-call clinician needs when the team is
/// not at work. Who is on call and on the evening (or weekend) shift, with their phones, and every
/// youth on the board or in crisis: label and name, status, the crisis plan's date and what it
/// says to do out of hours, the primary contact and their phone, and that day's contacts.
public struct OnCallBriefing: Sendable, Equatable, Codable {
    /// A colleague as the briefing names them.
    public struct Person: Sendable, Equatable, Codable {
        public var id: StaffID
        public var initials: String
        public var name: String
        public var phone: String?

        public init(_ id: StaffID, team: Team) {
            let m = team.member(id)
            self.id = id; initials = m?.initials ?? id; name = m?.name ?? id; phone = m?.phone
        }
    }

    /// One contact with the youth or the network on the day.
    public struct ContactItem: Sendable, Equatable, Codable {
        public var at: Timestamp
        public var staff: Person
        public var with: ContactWith
        public var kind: ContactKind
        public var note: String?
    }

    /// One youth the on-call may be called about.
    public struct YouthItem: Sendable, Equatable, Codable {
        public var id: String
        public var label: String
        public var name: String
        public var status: Status
        public var mode: Mode
        public var crisisPlanUpdated: Day?
        /// Whom the youth and the family call out of hours, as the crisis plan says.
        public var outOfHours: String?
        /// What is missing from the crisis readiness (no plan, outdated, no out-of-hours text).
        public var problems: [ReadinessProblem]
        public var primaryContact: Person?
        public var warning: String?
        /// The day's contacts and attempts, oldest first (undone ones left out).
        public var contacts: [ContactItem]
    }

    public var day: Day
    /// The day's name (a public holiday, julaften …), if it has one.
    public var holiday: NamedDay?
    public var onCall: [Person]
    /// Tonight's evening shift (the weekend shift on Saturdays, Sundays and public holidays).
    public var evening: [Person]
    public var youths: [YouthItem]

    /// Whether a youth belongs in the briefing: on the board, or in crisis in case management.
    public static func includes(_ y: Youth) -> Bool { y.phase != .discharged && (y.mode == .intensive || y.status == .crisis) }

    /// The briefing for `day`. `board` gives the order (on the board first, by urgency) and the
    /// labels; `records` the youths' full files (for the day's contacts), by id.
    public init(day: Day, board: Board, rota: Rota, records: [String: Youth], labels: [String: String]) {
        let team = board.team
        self.day = day
        holiday = Holidays.name(on: day)
        let duty = rota.duty(on: day)
        onCall = (duty[.onCall] ?? []).map { Person($0, team: team) }
        let shift: Shift = ShiftNeeds.isWeekendLike(day) ? .weekend : .evening
        evening = (duty[shift] ?? []).map { Person($0, team: team) }
        let readiness = CrisisReadiness(board: board, rota: rota)
        let problems = Dictionary(readiness.items.map { ($0.youth, $0.problems) }) { a, _ in a }
        let entries = board.intensive + board.caseManagement.filter { OnCallBriefing.includes($0.youth) }
        youths = entries.map { e in
            let y = records[e.id] ?? e.youth
            let contacts = y.shownContacts.filter { $0.at.day(in: team.zone) == day }.sorted { $0.at < $1.at }.map {
                ContactItem(at: $0.at, staff: Person($0.staff, team: team), with: $0.with, kind: $0.kind, note: $0.note)
            }
            return YouthItem(id: y.id, label: labels[y.id] ?? y.initials, name: y.name, status: y.status, mode: y.mode,
                             crisisPlanUpdated: y.crisisPlan?.updated, outOfHours: y.crisisPlan?.outOfHours,
                             problems: problems[y.id] ?? [], primaryContact: y.primaryContact.map { Person($0, team: team) },
                             warning: y.warning.isEmpty ? nil : y.warning, contacts: contacts)
        }
    }
}
