import TavleCore

/// How wide the board's free-length columns would need to be to show every youth whole: the
/// longest name, initials label, plan for today and warning. Worked out when the board is
/// loaded (not per frame), over every youth, so columns keep their width while scrolling and
/// the extra width of a wide terminal goes to the columns that need it.
public struct BoardMeasures: Sendable, Equatable {
    public var name = 0
    public var label = 0
    public var plan = 0
    /// The plan without places (the shared screen).
    public var planWithoutPlaces = 0
    public var warning = 0
    /// Full names that more than one youth on the board has (told apart by their label's number).
    public var sharedNames: Set<String> = []

    public init() {}

    init(board: Board, labels: [String: String]) {
        let team = board.team, today = board.today
        // One pass over both groups (no combined copy of every entry): names are counted to
        // find the shared ones, whose width then takes their number's column too.
        var names: [String: (count: Int, width: Int)] = [:]
        var label = 0, plan = 0, planWithoutPlaces = 0, warning = 0
        // Each youth borrowed where it is, not copied out (issue 29: a first frame within 100 ms).
        func measure(_ y: Youth) {
            if let seen = names[y.name] { names[y.name] = (seen.count + 1, seen.width) }
            else { names[y.name] = (1, DisplayWidth.of(y.name)) }
            label = max(label, DisplayWidth.of(labels[y.id] ?? y.initials))
            if !y.plans.isEmpty {
                plan = max(plan, DisplayWidth.of(RowCells.planText(y, team: team, today: today, places: true)))
                planWithoutPlaces = max(planWithoutPlaces, DisplayWidth.of(RowCells.planText(y, team: team, today: today, places: false)))
            }
            if !y.warning.isEmpty { warning = max(warning, DisplayWidth.of(y.warning)) }
        }
        for k in board.intensive.indices { measure(board.intensive[k].youth) }
        for k in board.caseManagement.indices { measure(board.caseManagement[k].youth) }
        self.label = label
        self.plan = plan
        self.planWithoutPlaces = planWithoutPlaces
        self.warning = warning
        for (n, seen) in names {
            if seen.count > 1 { sharedNames.insert(n) }
            // A shared name carries its number (`²`, or ` OS+13` past the ninth).
            name = max(name, seen.width + (seen.count > 1 ? 1 : 0))
        }
    }
}
