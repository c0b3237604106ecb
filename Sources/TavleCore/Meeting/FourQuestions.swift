/// An answer to one of the board's questions: all right, or a concern.
public enum QuestionAnswer: String, Choice {
    case ok, concern
    public static let labelPrefix = "answer"
}

/// The four questions the board asks of every board youth (what is needed, is treatment going
/// well, is safety taken care of, is the family involved enough). The meeting record keeps what
/// each meeting answered (`day` is the meeting's); the youth keeps the last answer to each question
/// (`Youth.answers`, `day` the last day any was answered), so a meeting that answers only treatment
/// leaves the last safety answer standing.
public struct FourAnswers: Sendable, Codable, Equatable {
    public var day: Day
    /// What is needed, in the team's words.
    public var needs: String?
    public var treatment: QuestionAnswer?
    public var safety: QuestionAnswer?
    public var family: QuestionAnswer?

    public init(day: Day, needs: String? = nil, treatment: QuestionAnswer? = nil, safety: QuestionAnswer? = nil,
                family: QuestionAnswer? = nil) {
        self.day = day; self.needs = needs; self.treatment = treatment; self.safety = safety; self.family = family
    }

    /// Safety and family both answered: what the four-questions figure counts.
    public var safetyAndFamilyAnswered: Bool { safety != nil && family != nil }

    /// `base` (answered earlier) with what these answers add: a question answered again takes the
    /// new answer, one left out keeps the earlier one; the day is this one's.
    func merged(over base: FourAnswers?) -> FourAnswers {
        guard let base else { return self }
        return FourAnswers(day: day, needs: needs ?? base.needs, treatment: treatment ?? base.treatment,
                           safety: safety ?? base.safety, family: family ?? base.family)
    }
}

extension Youth {
    /// Records the answers given today over the last answer to each question. At least one
    /// question must be answered.
    mutating func answer(needs: String?, treatment: QuestionAnswer?, safety: QuestionAnswer?, family: QuestionAnswer?,
                         today: Day) throws(TavleError) {
        let text = needs.flatMap { Change.clean($0, multiline: true) }
        guard text != nil || treatment != nil || safety != nil || family != nil else {
            throw .refused(LocalizedMessage(.refuseAnswersNone))
        }
        answers = FourAnswers(day: today, needs: text, treatment: treatment, safety: safety, family: family).merged(over: answers)
    }
}
