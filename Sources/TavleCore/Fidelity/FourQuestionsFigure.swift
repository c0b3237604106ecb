/// `four-questions`: board discussions with safety and family answered, of board discussions. The
/// figure is the meeting's own (`FourQuestionsShare`, issue 23); until it lands the records hold
/// no answers and the item says so rather than a zero.
enum FourQuestionsFigure {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        var discussions = 0
        for m in input.meetings where r.contains(m.day) { discussions += m.coverage().discussed.count }
        return FidelityItem(id: .fourQuestions, value: nil, target: 1, records: [],
                            gaps: [FidelityGap(.answersNotRecorded, discussions)])
    }
}
