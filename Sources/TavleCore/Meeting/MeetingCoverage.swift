/// How much of the board a morning meeting covered: one definition, which the board's header,
/// the end dialog, `tavle meeting status`, the minutes and `tavle stats` all show
/// (docs/meeting.md, "Coverage").
///
/// - **Who counts** (`board`): every youth on the board when the meeting started, and every youth
///   put on the board while it is open (by the meeting or by a colleague); a youth taken off the
///   board during the meeting still counts. Once the meeting has ended the list is the one it
///   ended with.
/// - **Discussed**: marked discussed in the meeting, or taken off or put on the board by the
///   meeting itself (that decision is a discussion of the youth). Undone marks do not count.
/// - **Time** per youth runs from the end of the previous discussion, or the start, to the mark
///   (the core measures it), so the times never add up to more than the meeting has lasted.
public struct MeetingCoverage: Sendable, Equatable {
    /// The youths the meeting must cover, in the meeting's order (urgency at the start, then as they came).
    public let board: [String]
    /// Those of `board` discussed.
    public let discussed: [String]

    /// - Parameters:
    ///   - meeting: the meeting record.
    ///   - boardNow: the youths on the board now (for an open meeting; ignored once it has ended).
    public init(_ meeting: Meeting, boardNow: [String] = []) {
        var board = meeting.board
        if meeting.isOpen { for id in boardNow where !board.contains(id) { board.append(id) } }
        let byMeeting = Set(meeting.events.filter { $0.kind == .discussed || ($0.kind == .change && $0.field == "mode") }.map(\.youth))
        self.board = board
        discussed = board.filter { byMeeting.contains($0) }
    }

    /// Those of `board` not discussed (yet), in the meeting's order.
    public var undiscussed: [String] { board.filter { !discussed.contains($0) } }

    /// Whether every youth the meeting must cover was discussed.
    public var complete: Bool { undiscussed.isEmpty }

    /// "3 av 9 drøftet" / "3 of 9 discussed".
    public func text(_ lang: Language) -> String {
        Texts.text(.meetingProgress, lang, [String(discussed.count), String(board.count)])
    }
}

extension Meeting {
    /// This meeting's coverage (see `MeetingCoverage`); `boardNow` matters while it is open.
    public func coverage(boardNow: [String] = []) -> MeetingCoverage { MeetingCoverage(self, boardNow: boardNow) }
}
