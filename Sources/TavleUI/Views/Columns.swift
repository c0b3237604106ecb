import TavleCore

/// The board's columns. Which are shown, and how wide, depends on the terminal's width:
/// the most important first, the rest when there is room (`ColumnLayout`).
enum ColumnID: CaseIterable {
    case label, age, status, reason, days, contact, flags, plan, lastContact, whereabouts, evaluate, warning
    /// School or work today: only on a terminal at least `ColumnLayout.schoolMinWidth` wide.
    case school

    /// The column's title (the label column's depends on names or initials: `RowCells.title`).
    var titleKey: TextKey {
        switch self {
        case .label: .boardColInitials
        case .age: .boardColAge
        case .status: .boardColStatus
        case .reason: .boardColReason
        case .days: .boardColDays
        case .contact: .boardColContact
        case .flags: .boardColFlags
        case .plan: .boardColPlan
        case .lastContact: .boardColLastContact
        case .whereabouts: .boardColWhereabouts
        case .evaluate: .boardColEvaluate
        case .warning: .boardColWarning
        case .school: .boardColSchool
        }
    }
}

struct ColumnSpec {
    var id: ColumnID
    var min: Int
    var pref: Int
    /// Lower is more important; a column is dropped before any of lower number.
    var priority: Int
    /// What would show every youth whole (the longest name, reason, plan …), for a column sized
    /// by its content: a wide terminal widens it up to this, never beyond. Nil: a fixed column.
    var need: Int? = nil
    var alignRight = false
}

/// The columns on screen for a width, left to right, each with its x and width.
struct ColumnLayout {
    struct Placed { var id: ColumnID; var x: Int; var width: Int; var alignRight: Bool }
    /// Column 0–1 hold the selection marker.
    static let marker = 2
    /// The school or work column shows from this width on, always (issue 22): it is then placed
    /// like the board's first columns, and the others share what is left.
    static let schoolMinWidth = 120
    var columns: [Placed]

    func column(_ id: ColumnID) -> Placed? { columns.first { $0.id == id } }

    static func specs(_ s: AppState) -> [ColumnSpec] {
        let lang = s.language, m = s.measures
        let statusWidth = 2 + Status.allCases.map { DisplayWidth.of($0.label(lang)) }.max()!
        let names = s.showNames && !s.shared
        let labelSpec = names
            ? ColumnSpec(id: .label, min: 10, pref: 16, priority: 0, need: min(m.name, 30))
            : ColumnSpec(id: .label, min: 4, pref: 5, priority: 0, need: m.label)
        let reasons = BoardReason.allCases.map { DisplayWidth.of($0.label(lang)) } + Phase.allCases.map { DisplayWidth.of($0.label(lang)) }
        let places = Whereabouts.allCases.map { DisplayWidth.of($0.label(lang)) }
        var specs = [
            labelSpec,
            ColumnSpec(id: .age, min: 2, pref: 2, priority: 0, alignRight: true),
            ColumnSpec(id: .status, min: 1, pref: statusWidth, priority: 0),
            ColumnSpec(id: .reason, min: 7, pref: 12, priority: 1, need: min(reasons.max() ?? 12, 24)),
            ColumnSpec(id: .days, min: 4, pref: 4, priority: 1, alignRight: true),   // "10 d" whole: a cut number misleads
            ColumnSpec(id: .contact, min: 3, pref: 5, priority: 2),
            ColumnSpec(id: .flags, min: 4, pref: 8, priority: 0),
            ColumnSpec(id: .plan, min: 8, pref: 20, priority: 2, need: min(s.shared ? m.planWithoutPlaces : m.plan, 48)),
            ColumnSpec(id: .lastContact, min: 5, pref: 6, priority: 3, alignRight: true),
            ColumnSpec(id: .evaluate, min: 5, pref: 7, priority: 3),
            ColumnSpec(id: .whereabouts, min: 7, pref: 11, priority: 6, need: places.max() ?? 11),
        ]
        let schools = SchoolStatus.allCases.map { DisplayWidth.of($0.label(lang)) }
        // Left of the warning, before where the youth is staying. Only from `schoolMinWidth` on
        // (see `init`), and then always: its priority is the first columns'.
        specs.append(ColumnSpec(id: .school, min: 8, pref: 12, priority: 0, need: schools.max() ?? 12))
        // Free text is never on the shared screen, nor on a board showing initials.
        if !s.hidesText { specs.append(ColumnSpec(id: .warning, min: 12, pref: 24, priority: 4, need: min(m.warning, 60))) }
        // A column is never narrower than its title: a cut title reads as garbage.
        for i in specs.indices {
            let title = DisplayWidth.of(RowCells.title(specs[i].id, s))
            specs[i].min = max(specs[i].min, title)
            specs[i].pref = max(specs[i].pref, specs[i].min)
            // Sized by its content: never wider than the widest content needs.
            if let need = specs[i].need {
                specs[i].need = max(need, specs[i].min)
                specs[i].pref = min(specs[i].pref, max(need, specs[i].min))
            }
        }
        return specs
    }

    /// Adds columns by priority while the more important ones still get their preferred width
    /// and the new ones at least their minimum; then widens them towards their preferred widths in
    /// priority order, and then towards what their content needs, again by priority. What is
    /// left after that stays blank at the right: a column wider than anything in it only pushes
    /// the others apart. So a narrow terminal shows fewer columns that can be read, and a wide
    /// one shows whole names and reasons rather than empty space.
    init(_ s: AppState, width: Int) {
        let specs = ColumnLayout.specs(s).filter { $0.id != .school || width >= ColumnLayout.schoolMinWidth }
        let room = width - ColumnLayout.marker
        var kept: [ColumnSpec] = []
        for p in 0...6 {
            let candidates = specs.filter { $0.priority <= p }
            let need = candidates.reduce(0) { $0 + ($1.priority < p ? $1.pref : $1.min) + 1 }
            if need <= room { kept = candidates } else { break }
        }
        var widths = kept.map(\.min)
        var left = room - widths.reduce(0, +) - kept.count
        for target in [kept.map(\.pref), kept.map { max($0.pref, $0.need ?? $0.pref) }] {
            for p in 0...6 {
                for (i, c) in kept.enumerated() where c.priority == p && left > 0 && widths[i] < target[i] {
                    let add = min(left, target[i] - widths[i])
                    widths[i] += add; left -= add
                }
            }
        }
        var x = ColumnLayout.marker
        var placed: [Placed] = []
        for (i, c) in kept.enumerated() {
            placed.append(Placed(id: c.id, x: x, width: widths[i], alignRight: c.alignRight))
            x += widths[i] + 1
        }
        columns = placed
    }
}
