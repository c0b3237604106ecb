import Testing
@testable import TavleCore

/// A fixed "today" for every rule test: rules are pure functions of (youth, today, settings).
let today = Day(year: 2026, month: 11, day: 22)!
let settings = RuleSettings()

func d(_ offset: Int) -> Day { today.adding(days: offset) }

func at(_ offset: Int, _ minutes: Int = 600) -> Timestamp {
    Timestamp.local(day: d(offset), minutes: minutes, in: TimeZone(identifier: "Europe/Oslo")!)
}

/// A settled 16-year-old in case management, reviewed last month (the treatment plan too), seen
/// yesterday: due for nothing.
func youth(age: Int = 16, mode: Mode = .caseManagement) -> Youth {
    var y = Youth(id: "t1", name: "Test Ungdom", born: today.adding(years: -age).adding(days: -40), intake: d(-300))
    y.reviews = [Review(day: d(-30), by: "ingrid")]
    y.planReviewed = d(-30)
    y.lastContact = at(-1)
    y.phase = .active
    y.intakeCriteria = IntakeCriteria(longTermNeed: true, functionalImpairment: true)
    if mode == .intensive {
        y.mode = .intensive
        y.boardPeriods = [BoardPeriod(id: "p1", reason: .vulnerable, start: d(-5), plan: "plan", evaluate: d(9), decidedBy: "ingrid")]
        y.crisisPlan = CrisisPlan(updated: d(-4))
    }
    return y
}

func check(_ rule: some ReviewRule, _ y: Youth, _ day: Day = today, _ s: RuleSettings = settings) -> DueReason? {
    rule.check(y, today: day, settings: s)
}

import Foundation
