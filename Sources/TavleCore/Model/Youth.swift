import Foundation

/// A staff member's short id (unique; initials may repeat).
public typealias StaffID = String

/// One young person followed by the team: profile, mode, board history, notes and contacts.
/// Stored as one file, `youths/<id>.json`; every write increments `version`.
public struct Youth: Sendable, Codable, Equatable, Identifiable {
    /// 2: `services` (other services that also follow the youth) and `handover` at discharge.
    /// 3: `labelNumber` (stable numbered labels) and `retractions` (undone notes and contacts).
    /// 4: `municipality`, `school` (school or work, with history) and each contact's `arena`.
    /// 5: the discharge's `dischargeReason`, `dischargeTo`, `dischargeNote` and
    /// `dischargeHandoverMissing` (absent in youths discharged before: "not recorded").
    /// 6: consents given by `child-welfare`, the longer party list and each consent's `note` (who
    /// `other` is); `goalList` and `network` (absent before: none).
    /// 7: `answers`, the four questions as last answered in a board meeting (absent before: none),
    /// and `lastNetworkNumber` (absent: the highest number in `network`).
    public static let schemaVersion = 7

    public var schema: Int = Youth.schemaVersion
    public var id: String
    /// Incremented by every write; a write based on an older version may conflict.
    public var version: Int = 0
    public var name: String
    /// Overrides the derived initials (e.g. two youths called K.H.).
    public var initialsOverride: String?
    /// The number in the board label (`KH²`) when others still followed up share the initials;
    /// given once and never changed while the youth is followed up (see `Labels`).
    public var labelNumber: Int?
    public var born: Day
    public var intake: Day
    public var referral: Referral?
    public var primaryContact: StaffID?
    public var secondContact: StaffID?
    public var domains: [Domain] = []
    public var whereabouts: Whereabouts = .home
    /// The most recent goal's text (what scripts reading `goals` expect); set by `addGoal`.
    public var goals: String = ""
    /// The youth's own goals, each with its date and the day it was reached (schema 6).
    public var goalList: [Goal] = []
    /// The youth's family and network (schema 6): third parties, never on the shared screen.
    public var network: [NetworkEntry] = []
    /// The highest network number given (schema 7), so a number is never given twice: `network
    /// remove X 2` run twice must not remove the next person added.
    public var lastNetworkNumber: Int?
    /// The four questions as last answered in a board meeting (schema 7); the meeting keeps each.
    public var answers: FourAnswers?
    /// A short warning line shown on the board.
    public var warning: String = ""
    public var status: Status = .stable
    public var crisisPlan: CrisisPlan?
    public var orders: [Order] = []
    public var consents: [Consent] = []
    /// Other services that also follow the youth (e.g. the outreach service).
    public var services: [ShareParty] = []
    /// The handover at discharge: who takes over, and what is agreed.
    public var handover: Handover?
    public var phase: Phase = .active
    /// Last review of the treatment plan.
    public var planReviewed: Day?
    public var mode: Mode = .caseManagement
    public var boardPeriods: [BoardPeriod] = []
    /// Whole-team reviews (behandlingsmøte), oldest first.
    public var reviews: [Review] = []
    public var notes: [Note] = []
    public var contacts: [Contact] = []
    /// Notes and contacts taken back (undone): kept, with who and when, and hidden everywhere but the log.
    public var retractions: [Retraction] = []
    /// Today's (and other days') plan: who sees the youth, when, where.
    public var plans: [PlanEntry] = []
    public var intakeCriteria: IntakeCriteria = IntakeCriteria()
    /// Why a youth outside 12–25 at intake was taken in anyway.
    public var ageOverride: String?
    /// The last contact or attempt, kept here so the board need not read every contact.
    public var lastContact: Timestamp?
    public var discharged: Day?
    /// Why the youth was discharged; nil when not discharged or discharged before schema 5 (not recorded).
    public var dischargeReason: DischargeReason?
    /// Where the youth went after discharge; nil as `dischargeReason`.
    public var dischargeTo: DischargeDestination?
    /// The note given at discharge (required with `--anyway`).
    public var dischargeNote: String?
    /// What the handover lacked when the youth was discharged anyway; nil when it was complete.
    public var dischargeHandoverMissing: [HandoverItem]?
    /// The municipality the youth lives in: one of the team's (`Team.municipalities`); none until set.
    public var municipality: String?
    /// School or work, oldest first: each status from its day on (`SchoolEntry`).
    public var school: [SchoolEntry] = []
    /// The version at which each field last changed, for field-level conflict detection.
    public var fieldVersions: [String: Int] = [:]
    /// Who last changed each field (staff id), to name the other writer in a conflict.
    public var fieldAuthors: [String: String] = [:]
    public var updated: Timestamp?

    public init(id: String, name: String, born: Day, intake: Day) {
        self.id = id; self.name = name; self.born = born; self.intake = intake
    }

    /// Initials as shown on the board: the override, else the first letter of each name part.
    public var initials: String { initialsOverride ?? Youth.deriveInitials(name) }

    /// "Kari Hansen" → "KH"; "Ole-Martin Berg" → "OMB".
    /// (One pass, no intermediate strings: labels are worked out for every youth on every load.)
    public static func deriveInitials(_ name: String) -> String {
        // Printable ASCII (every character one byte, upper-cased to one byte): the same initials
        // without a walk by `Character` (issue 29: every listing derives 10,000 of them).
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var bytes: [UInt8] = []
            var wordStart = true
            for b in name.utf8 {
                if b == 0x20 || b == 0x2D { wordStart = true; continue }
                if wordStart { bytes.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b); wordStart = false }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var wordStart = true
        for ch in name {
            if ch == " " || ch == "-" { wordStart = true; continue }
            if wordStart { out += ch.uppercased(); wordStart = false }
        }
        return out
    }

    /// Whether the note or contact with this id was taken back.
    public func isRetracted(_ id: String) -> Bool { retractions.contains { $0.id == id } }

    /// Notes not taken back, oldest first: what every screen, export and the minutes show.
    public var shownNotes: [Note] { retractions.isEmpty ? notes : notes.filter { !isRetracted($0.id) } }

    /// Contacts not taken back, oldest first.
    public var shownContacts: [Contact] { retractions.isEmpty ? contacts : contacts.filter { !isRetracted($0.id) } }

    /// The open board period, if the youth is on the board.
    public var currentPeriod: BoardPeriod? {
        guard mode == .intensive, let last = boardPeriods.last, last.end == nil else { return nil }
        return last
    }

    public var lastReview: Review? { reviews.last }

    /// The school or work status that holds on `day`: the latest entry from that day or before.
    public func schoolEntry(on day: Day) -> SchoolEntry? {
        var best: SchoolEntry?
        for e in school where e.since <= day { if best.map({ e.since >= $0.since }) ?? true { best = e } }
        return best
    }

    /// Whether the youth is in school or work on `day` (`SchoolStatus.isInSchoolOrWork`); no status is not.
    public func isInSchoolOrWork(on day: Day) -> Bool { schoolEntry(on: day)?.status.isInSchoolOrWork ?? false }

    public func age(on day: Day) -> Int { born.age(on: day) }

    /// Days on the board in the current period (counting the first day as day 1).
    public func daysOnBoard(today: Day) -> Int? { currentPeriod.map { $0.start.days(to: today) + 1 } }

    /// Board periods that overlap `year`.
    public func boardPeriods(inYear year: Int) -> [BoardPeriod] {
        boardPeriods.filter { $0.start.year <= year && ($0.end?.year ?? Int.max) >= year }
    }

    /// Today's plan entries.
    public func plans(on day: Day) -> [PlanEntry] { plans.filter { $0.day == day }.sorted { $0.time < $1.time } }

    /// The share is allowed only by a consent that is given and not withdrawn.
    public func mayShare(with party: ShareParty) -> Bool {
        guard let c = consents.last(where: { $0.party == party }) else { return false }
        return c.withdrawn == nil
    }
}

/// Where a referral came from and who referred.
public struct Referral: Sendable, Codable, Equatable {
    public var source: ReferralSource
    public var contact: String?
    /// The day the referral arrived (set by `tavle referral decide`; absent for youths taken in
    /// without the queue), so the time from referral to first contact is kept.
    public var received: Day?
    public init(source: ReferralSource, contact: String? = nil, received: Day? = nil) {
        self.source = source; self.contact = contact; self.received = received
    }
}

/// The handover at discharge (to the outreach service, the municipality, adult services …).
public struct Handover: Sendable, Codable, Equatable {
    /// The service that takes over, in the team's words (e.g. "utekontakten").
    public var service: String
    /// The named contact person there.
    public var contact: String?
    /// The follow-up agreed with them.
    public var followUp: String?
    /// When the handover happens (or the agreed follow-up meeting).
    public var day: Day?
    /// Whether the youth consented to the handover.
    public var consented: Bool?
    public init(service: String, contact: String? = nil, followUp: String? = nil, day: Day? = nil, consented: Bool? = nil) {
        self.service = service; self.contact = contact; self.followUp = followUp; self.day = day; self.consented = consented
    }
}

/// The youth's crisis plan: when it was last updated and whom to call out of hours.
public struct CrisisPlan: Sendable, Codable, Equatable {
    public var updated: Day
    public var outOfHours: String?
    public init(updated: Day, outOfHours: String? = nil) { self.updated = updated; self.outOfHours = outOfHours }
}

/// A legal or child-welfare order with its expiry date.
public struct Order: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var kind: String
    public var expires: Day
    public init(id: String, kind: String, expires: Day) { self.id = id; self.kind = kind; self.expires = expires }
}

/// A consent to share information with another service.
public struct Consent: Sendable, Codable, Equatable {
    public var party: ShareParty
    public var givenBy: ConsentGiver
    public var given: Day
    public var scope: String?
    public var withdrawn: Day?
    /// Who the party is when it is `other` (required then); absent before schema 6.
    public var note: String?
    public init(party: ShareParty, givenBy: ConsentGiver, given: Day, scope: String? = nil, withdrawn: Day? = nil, note: String? = nil) {
        self.party = party; self.givenBy = givenBy; self.given = given; self.scope = scope; self.withdrawn = withdrawn
        self.note = note
    }
}

/// One period on the board: why, from when, the plan, when to evaluate, who decided, when it ended.
public struct BoardPeriod: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var reason: BoardReason
    public var start: Day
    public var plan: String
    public var evaluate: Day?
    public var decidedBy: StaffID
    public var lastEvaluated: Day?
    public var end: Day?
    public var endNote: String?

    public init(id: String, reason: BoardReason, start: Day, plan: String, evaluate: Day?, decidedBy: StaffID) {
        self.id = id; self.reason = reason; self.start = start; self.plan = plan; self.evaluate = evaluate
        self.decidedBy = decidedBy
    }

    /// Days on the board, inclusive; for an open period up to `today`.
    public func days(today: Day) -> Int { start.days(to: end ?? today) + 1 }
}

/// A whole-team review of the youth (behandlingsmøte).
public struct Review: Sendable, Codable, Equatable {
    public var day: Day
    public var by: StaffID
    public var note: String?
    public init(day: Day, by: StaffID, note: String? = nil) { self.day = day; self.by = by; self.note = note }
}

/// A note or contact taken back by an undo: it stays in the file and the journal, hidden from the
/// board, the minutes and the exports (a note written to the wrong youth is taken back this way).
public struct Retraction: Sendable, Codable, Equatable {
    /// The note's or contact's id.
    public var id: String
    public var by: StaffID
    public var at: Timestamp
    public init(id: String, by: StaffID, at: Timestamp) { self.id = id; self.by = by; self.at = at }
}

/// A timestamped note: an observation, a decision or a warning.
public struct Note: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var at: Timestamp
    public var author: StaffID
    public var kind: NoteKind
    public var text: String
    /// Set when the decision has been written into the patient record.
    public var documented: Timestamp?
    public init(id: String, at: Timestamp, author: StaffID, kind: NoteKind, text: String) {
        self.id = id; self.at = at; self.author = author; self.kind = kind; self.text = text
    }
}

/// A contact with the youth or the network, or an attempt that failed.
public struct Contact: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var at: Timestamp
    public var staff: StaffID
    public var with: ContactWith
    public var kind: ContactKind
    public var note: String?
    /// Where the contact happened in the team's own words (the café by the school); absent in older files.
    public var place: String?
    /// The arena (`Arena`): home, school, work, community, office, phone, video, sms or other;
    /// absent in files written before schema 4 and for an attempt given none.
    public var arena: Arena?
    public init(id: String, at: Timestamp, staff: StaffID, with: ContactWith, kind: ContactKind, note: String? = nil, place: String? = nil,
                arena: Arena? = nil) {
        self.id = id; self.at = at; self.staff = staff; self.with = with; self.kind = kind; self.note = note; self.place = place
        self.arena = arena
    }

    /// **Face to face**: a contact (not an attempt) on a face-to-face arena (`Arena.isFaceToFace`).
    public var isFaceToFace: Bool { kind != .attempt && (arena?.isFaceToFace ?? false) }

    /// **In the community**: face to face and not at the office (`Arena.isInCommunity`).
    public var isInCommunity: Bool { isFaceToFace && (arena?.isInCommunity ?? false) }
}

/// One school or work status, from a day on, with who recorded it.
public struct SchoolEntry: Sendable, Codable, Equatable {
    public var status: SchoolStatus
    public var since: Day
    public var note: String?
    public var by: StaffID
    public var at: Timestamp
    public init(status: SchoolStatus, since: Day, note: String? = nil, by: StaffID, at: Timestamp) {
        self.status = status; self.since = since; self.note = note; self.by = by; self.at = at
    }
}

/// Who sees the youth on a given day, when and where.
public struct PlanEntry: Sendable, Codable, Equatable, Identifiable {
    public var id: String
    public var day: Day
    public var staff: StaffID
    /// `HH:MM`
    public var time: String
    public var place: String?
    public init(id: String, day: Day, staff: StaffID, time: String, place: String? = nil) {
        self.id = id; self.day = day; self.staff = staff; self.time = time; self.place = place
    }
}

/// The seeds' three intake criteria, recorded as a checklist, and the named exclusion. Criteria 2
/// and 3 are nil until assessed (absent in the file; schema 5): never a silent yes.
public struct IntakeCriteria: Sendable, Codable, Equatable {
    /// Presumed need for long-term, composite help from several services; nil: not assessed.
    public var longTermNeed: Bool?
    /// Functional impairment in one or more domains (see `Youth.domains`); nil: not assessed.
    public var functionalImpairment: Bool?
    /// A severe eating disorder belongs in specialist care: recorded as a warning, not a refusal.
    public var severeEatingDisorder: Bool = false
    public init(longTermNeed: Bool? = nil, functionalImpairment: Bool? = nil, severeEatingDisorder: Bool = false) {
        self.longTermNeed = longTermNeed; self.functionalImpairment = functionalImpairment
        self.severeEatingDisorder = severeEatingDisorder
    }
}
