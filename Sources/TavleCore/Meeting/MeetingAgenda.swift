import Foundation

/// Where a youth comes up in the meeting, in agenda order.
public enum AgendaSection: String, Choice {
    /// Every intensive youth, in urgency order: the fidelity criterion is that all are discussed.
    case board
    /// Case-management youths due for whole-team review.
    case review
    /// Case-management youths flagged to move up onto the board.
    case moveUp = "move-up"
    /// Anyone else who came up in the meeting.
    case other
    public static let labelPrefix = "agenda"
}

/// One youth on the agenda, with what the meeting has recorded for them so far.
public struct AgendaItem: Sendable, Equatable, Identifiable {
    public let entry: BoardEntry
    public let section: AgendaSection
    /// Nil while not yet discussed.
    public let outcome: MeetingOutcome?
    public let seconds: Int
    public let decisions: Int
    /// The youth under discussion right now (shared screen highlight).
    public let isCurrent: Bool
    public var id: String { entry.id }
}

/// The meeting's time box: negative `remaining` means over time.
public struct MeetingCountdown: Sendable, Equatable {
    public let timeBox: Int
    /// Never negative: a clock behind the meeting's start (another machine's, a corrected clock)
    /// must not show more time left than the time box ("75:00 left" of 15).
    public let elapsed: Int

    public init(timeBox: Int, elapsed: Int) {
        self.timeBox = timeBox
        self.elapsed = max(0, elapsed)
    }

    public var remaining: Int { timeBox - elapsed }
    /// The warning the screens show once the meeting runs over its time box.
    public var overTime: Bool { remaining < 0 }

    /// `12:05`, or `-1:30` over time.
    public var clock: String {
        let r = abs(remaining)
        return (remaining < 0 ? "-" : "") + String(r / 60) + ":" + Day.pad(r % 60, 2)
    }
}

/// The morning meeting's agenda as data: board youths in urgency order, then youths due for
/// whole-team review, then case-management youths flagged to move up; progress and countdown.
/// A pure function of the board, the meeting record, the time and the youth under discussion.
public struct MeetingAgenda: Sendable, Equatable {
    public let items: [AgendaItem]
    public let meeting: Meeting?
    /// Nil when no meeting has started.
    public let countdown: MeetingCountdown?

    public init(board: Board, meeting: Meeting?, now: Timestamp, current: String? = nil) {
        self.meeting = meeting
        var out: [AgendaItem] = []
        func add(_ e: BoardEntry, _ s: AgendaSection) {
            let item = meeting?.item(e.id)
            out.append(AgendaItem(entry: e, section: s, outcome: item?.outcome, seconds: item?.seconds ?? 0,
                                  decisions: item?.decisions.count ?? 0, isCurrent: current == e.id))
        }
        let coverage = meeting.map { $0.coverage(boardNow: board.intensive.map(\.id)) }
        for e in board.intensive { add(e, .board) }
        // A youth the meeting must still cover although taken off the board in it stays under the
        // board's heading, so the heading's "5/5" counts the rows beneath it.
        var onBoard = Set(out.map(\.id))
        for id in coverage?.board ?? [] where !onBoard.contains(id) {
            if let e = board.entry(id) { add(e, .board); onBoard.insert(id) }
        }
        var review: [BoardEntry] = [], moveUp: [BoardEntry] = []
        for e in board.caseManagement where !onBoard.contains(e.id) {
            if MeetingAgenda.flaggedToMoveUp(e) { moveUp.append(e) } else if !e.due.isEmpty { review.append(e) }
        }
        review.forEach { add($0, .review) }
        moveUp.forEach { add($0, .moveUp) }
        // A youth raised outside the agenda (or taken off the board during the meeting) stays visible.
        let listed = Set(out.map(\.id))
        for item in meeting?.items ?? [] where !listed.contains(item.youth) {
            if let e = board.entry(item.youth) { add(e, .other) }
        }
        items = out
        self.coverage = coverage
        countdown = meeting.map { m in
            MeetingCountdown(timeBox: m.minutes * 60, elapsed: Int((m.ended ?? now).seconds - m.started.seconds))
        }
    }

    /// A case-management youth worried about or in crisis, or due for an urgent reason.
    public static func flaggedToMoveUp(_ e: BoardEntry) -> Bool {
        e.youth.mode == .caseManagement && (e.youth.status != .stable || e.topSeverity == .urgent)
    }

    public func section(_ s: AgendaSection) -> [AgendaItem] { items.filter { $0.section == s } }

    /// The meeting's coverage (`MeetingCoverage`), or before a meeting the board now, none discussed.
    public let coverage: MeetingCoverage?

    /// Youths the meeting must cover (the coverage's; before a meeting, the board now).
    public var boardCount: Int { coverage?.board.count ?? section(.board).count }
    /// Those of them discussed so far.
    public var discussedCount: Int { coverage?.discussed.count ?? 0 }

    /// "3 of 9 discussed".
    public func progress(_ lang: Language) -> String {
        Texts.text(.meetingProgress, lang, [String(discussedCount), String(boardCount)])
    }

    /// The four questions asked of each board youth, as catalog keys (`meeting.question.*`).
    public static let questionKeys: [TextKey] = [.meetingQuestionNeeds, .meetingQuestionTreatment,
                                      .meetingQuestionSafety, .meetingQuestionFamily]

    /// The next youth to take up: the first on the agenda not yet discussed (board youths first).
    public var next: AgendaItem? { items.first { $0.outcome != .discussed && $0.section != .other } }
}
