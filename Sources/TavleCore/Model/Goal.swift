/// One of the youth's own goals, in the youth's words, from the day it was set until it is reached.
/// Numbered from 1 in the order they were added (`tavle goal done X N`).
public struct Goal: Sendable, Codable, Equatable {
    public var number: Int
    public var text: String
    /// The day the goal was set.
    public var date: Day
    /// The day it was reached; nil while the youth is working on it.
    public var done: Day?
    public var by: StaffID
    public init(number: Int, text: String, date: Day, done: Day? = nil, by: StaffID) {
        self.number = number; self.text = text; self.date = date; self.done = done; self.by = by
    }
}

extension Youth {
    /// The goals still being worked on, oldest first.
    public var openGoals: [Goal] { goalList.filter { $0.done == nil } }

    /// Adds one of the youth's own goals; `goals` (the text older scripts read) becomes its text.
    mutating func addGoal(_ text: String, on day: Day, by: StaffID) throws(TavleError) {
        guard let t = Change.clean(text) else { throw .refused(LocalizedMessage(.refuseGoalEmpty)) }
        let number = (goalList.map(\.number).max() ?? 0) + 1
        goalList.append(Goal(number: number, text: t, date: day, by: by))
        goals = t
    }

    /// Marks goal `number` as reached on `day`.
    mutating func markGoalDone(_ number: Int, on day: Day) throws(TavleError) {
        guard let i = goalList.firstIndex(where: { $0.number == number }) else {
            throw .refused(LocalizedMessage(.refuseNoGoal, [String(number)]))
        }
        guard goalList[i].done == nil else { throw .refused(LocalizedMessage(.refuseGoalAlreadyDone, [String(number)])) }
        goalList[i].done = day
    }
}
