import Foundation

/// One morning meeting (tavlemøte) of the team, stored as `meetings/<YYYY-MM-DD>.json`.
///
/// What happened in the meeting is an append-only list of `events`, so each change is journaled
/// as one appended event (store-facts: lists are appended, never rewritten from a stale copy);
/// `items` derives the per-youth view (discussed, time, decisions, plan, changes) from it.
public struct Meeting: Sendable, Codable, Equatable {
    /// 2: `answers` events (the four questions); a schema-1 meeting has none and reads as it is.
    public static let schemaVersion = 2

    public var schema: Int = Meeting.schemaVersion
    /// Incremented by every write.
    public var version: Int = 0
    /// The team's day the meeting belongs to; one meeting per day.
    public var day: Day
    public var chair: StaffID
    public var attendees: [StaffID]
    public var started: Timestamp
    public var ended: Timestamp?
    /// The time box in minutes, copied from the team at the start so history keeps its own.
    public var minutes: Int
    /// The board youths the meeting must cover, in urgency order: those on the board at the
    /// start, and at the end also anyone put on the board during the meeting.
    public var board: [String]
    public var events: [MeetingEvent] = []
    public var updated: Timestamp?

    public init(day: Day, chair: StaffID, attendees: [StaffID], started: Timestamp, minutes: Int, board: [String]) {
        self.day = day; self.chair = chair; self.attendees = attendees; self.started = started
        self.minutes = minutes; self.board = board
    }

    public var isOpen: Bool { ended == nil }

    /// Every youth the meeting touched: the board youths first (in the meeting's order), then
    /// the others in the order they came up.
    public var items: [MeetingItem] {
        var order = board
        for e in events where !order.contains(e.youth) { order.append(e.youth) }
        return order.compactMap { id in
            let own = events.filter { $0.youth == id }
            return own.isEmpty && !board.contains(id) ? nil : MeetingItem(youth: id, events: own)
        }
    }

    /// The per-youth view of one youth (empty when the meeting has not touched them).
    public func item(_ youth: String) -> MeetingItem { MeetingItem(youth: youth, events: events.filter { $0.youth == youth }) }

    /// Board youths not (yet) discussed (`MeetingCoverage`: the youths listed in `board`).
    public var undiscussed: [String] { coverage().undiscussed }

    /// Whether the meeting ended with every board youth discussed (the fidelity criterion).
    public var coveredEveryBoardYouth: Bool { ended != nil && coverage().complete }
}

/// What happened to a youth in the meeting. The fields used depend on `kind`:
/// `discussed` → `seconds`; `decision` → `text`, `note`; `plan` → `staff`, `time`, `place`;
/// `change` → `field`, `old`, `new`; `answers` → `answers` (the four questions, as they stand after
/// this answer); `not-discussed` → nothing more.
public struct MeetingEvent: Sendable, Codable, Equatable {
    public var at: Timestamp
    public var by: StaffID
    public var youth: String
    public var kind: MeetingEventKind
    public var seconds: Int?
    public var text: String?
    /// The id of the decision note written to the youth's record.
    public var note: String?
    public var staff: StaffID?
    /// `HH:MM`
    public var time: String?
    public var place: String?
    /// `status`, `mode`, `crisisPlan` (the date it was gone through), `evaluate` (the next
    /// evaluation date) or `reviewed` (the day of the whole-team review).
    public var field: String?
    public var old: String?
    public var new: String?
    /// Why a status left crisis.
    public var why: String?
    /// The four questions answered (schema 2).
    public var answers: FourAnswers?

    public init(at: Timestamp, by: StaffID, youth: String, kind: MeetingEventKind) {
        self.at = at; self.by = by; self.youth = youth; self.kind = kind
    }
}

/// The kinds of meeting events.
public enum MeetingEventKind: String, Choice {
    case discussed, notDiscussed = "not-discussed", decision, plan, change, answers
    public static let labelPrefix = "meetingevent"
}

/// Whether a youth was discussed; nil in `MeetingItem.outcome` means not yet.
public enum MeetingOutcome: String, Choice {
    case discussed, notDiscussed = "not-discussed"
    public static let labelPrefix = "outcome"
}

/// One youth in a meeting: the derived summary of its events.
public struct MeetingItem: Sendable, Equatable, Codable {
    public var youth: String
    /// Nil while not yet discussed in an open meeting.
    public var outcome: MeetingOutcome?
    /// Time spent on the youth, summed over every time they came up.
    public var seconds: Int
    public var decisions: [MeetingDecision]
    public var plans: [MeetingPlan]
    public var changes: [MeetingChange]
    /// The four questions as last answered for the youth in this meeting; nil when not answered.
    public var answers: FourAnswers?

    init(youth: String, events: [MeetingEvent]) {
        self.youth = youth
        // Discussed wins: "not discussed" is only ever recorded at the end for those never discussed.
        // Taken off or put on the board by the meeting is a discussion too (`MeetingCoverage`).
        if events.contains(where: { $0.kind == .discussed || ($0.kind == .change && $0.field == "mode") }) { outcome = .discussed }
        else if events.contains(where: { $0.kind == .notDiscussed }) { outcome = .notDiscussed }
        seconds = events.reduce(0) { $0 + ($1.kind == .discussed ? $1.seconds ?? 0 : 0) }
        decisions = events.filter { $0.kind == .decision }.map {
            MeetingDecision(text: $0.text ?? "", note: $0.note, by: $0.by, at: $0.at)
        }
        plans = events.filter { $0.kind == .plan }.map { MeetingPlan(staff: $0.staff ?? "", time: $0.time ?? "", place: $0.place) }
        changes = events.filter { $0.kind == .change }.map { MeetingChange(field: $0.field ?? "", old: $0.old, new: $0.new, why: $0.why) }
        answers = events.last { $0.kind == .answers }?.answers
    }
}

/// A decision made in the meeting, with the id of the note that carries it in the youth's record.
public struct MeetingDecision: Sendable, Equatable, Codable {
    public var text: String
    public var note: String?
    public var by: StaffID
    public var at: Timestamp
}

/// Who sees the youth on the meeting's day, set in the meeting.
public struct MeetingPlan: Sendable, Equatable, Codable {
    public var staff: StaffID
    public var time: String
    public var place: String?
}

/// A change made in the meeting (raw values, e.g. `mode: case-management → intensive`, or ISO
/// dates for `crisisPlan`, `evaluate` and `reviewed`).
public struct MeetingChange: Sendable, Equatable, Codable {
    public var field: String
    public var old: String?
    public var new: String?
    /// Why a status left crisis.
    public var why: String?
    public init(field: String, old: String?, new: String?, why: String? = nil) {
        self.field = field; self.old = old; self.new = new; self.why = why
    }
}
