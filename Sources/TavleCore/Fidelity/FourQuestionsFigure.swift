/// `four-questions`: board discussions with safety and family answered, of board discussions:
/// the meeting's own figure, `FourQuestionsShare` (issue 23; the one definition `stats` shows),
/// over the period. Discussions in meetings written before the answers were recorded (meeting
/// schema 1) count as not answered, as there, and are said as a gap. Records: the youths with an
/// answered discussion.
enum FourQuestionsFigure {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        let f = FourQuestionsShare(meetings: input.meetings, from: r.from, through: r.to)
        let before = Set(input.meetings.filter { $0.schema < 2 && r.contains($0.day) }.map(\.day))
        return .share(.fourQuestions, f.answered, f.discussions, target: 1,
                      records: Set(f.pairs.filter(\.answered).map(\.youth)),
                      gaps: [FidelityGap(.answersNotRecorded, f.pairs.count { before.contains($0.day) })])
    }
}
