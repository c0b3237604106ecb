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
        var seen = Set<String>()
        for e in board.all where !seen.insert(e.youth.name).inserted { sharedNames.insert(e.youth.name) }
        for e in board.all {
            let y = e.youth
            // A shared name carries its number (`²`, or ` OS+13` past the ninth).
            name = max(name, DisplayWidth.of(y.name) + (sharedNames.contains(y.name) ? 1 : 0))
            label = max(label, DisplayWidth.of(labels[y.id] ?? y.initials))
            if !y.plans.isEmpty {
                plan = max(plan, DisplayWidth.of(RowCells.planText(y, team: team, today: today, places: true)))
                planWithoutPlaces = max(planWithoutPlaces, DisplayWidth.of(RowCells.planText(y, team: team, today: today, places: false)))
            }
            if !y.warning.isEmpty { warning = max(warning, DisplayWidth.of(y.warning)) }
        }
    }
}
