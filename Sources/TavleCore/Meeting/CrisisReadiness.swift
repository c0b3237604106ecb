import Foundation

/// What is wrong with an intensive youth's crisis readiness.
public enum ReadinessProblem: String, Choice {
    /// No crisis plan at all.
    case noPlan = "no-plan"
    /// The plan was last updated before the current board period began.
    case outdated
    /// The plan does not say whom the youth and the family call out of hours.
    case noOutOfHours = "no-out-of-hours"
    public static let labelPrefix = "readiness"
}

/// One intensive youth's crisis readiness: the plan's out-of-hours contact and what is missing.
public struct ReadinessItem: Sendable, Equatable, Codable {
    public var youth: String
    public var planUpdated: Day?
    public var periodStart: Day?
    /// Whom the youth and the family call out of hours, as the crisis plan says.
    public var outOfHours: String?
    /// Empty when the youth is ready.
    public var problems: [ReadinessProblem]
}

/// Crisis readiness for the meeting: every youth who needs a crisis plan (on the board, then in
/// crisis in case management; each group in urgency order) with the crisis plan's out-of-hours
/// contact, beside tonight's evening duty and on-call from the rota. Intensive youths must have a
/// crisis plan agreed since they came on the board.
public struct CrisisReadiness: Sendable, Equatable, Codable {
    public var day: Day
    public var items: [ReadinessItem]
    /// Tonight's on-call (bakvakt).
    public var onCall: [StaffID]
    /// Tonight's evening duty (the weekend shift on Saturday, Sunday and public holidays).
    public var evening: [StaffID]

    public init(board: Board, rota: Rota) {
        day = board.today
        items = (board.intensive + board.caseManagement.filter { $0.youth.needsCrisisPlan }).map { e in
            let y = e.youth
            var problems: [ReadinessProblem] = []
            let start = y.currentPeriod?.start
            if let plan = y.crisisPlan {
                if let s = start, plan.updated < s { problems.append(.outdated) }
                if (plan.outOfHours ?? "").trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.noOutOfHours) }
            } else {
                problems.append(.noPlan)
            }
            return ReadinessItem(youth: y.id, planUpdated: y.crisisPlan?.updated, periodStart: start,
                                 outOfHours: y.crisisPlan?.outOfHours, problems: problems)
        }
        let duty = rota.duty(on: board.today)
        onCall = duty[.onCall] ?? []
        var tonight = duty[.evening] ?? []
        if ShiftNeeds.isWeekendLike(board.today) { tonight += (duty[.weekend] ?? []).filter { !tonight.contains($0) } }
        evening = tonight
    }

    /// The youths to call out in the meeting.
    public var flagged: [ReadinessItem] { items.filter { !$0.problems.isEmpty } }
}

extension Weekday {
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
