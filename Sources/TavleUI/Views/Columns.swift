import TavleCore

/// The board's columns. Which are shown, and how wide, depends on the terminal's width:
/// the most important first, the rest when there is room (`ColumnLayout`).
enum ColumnID: CaseIterable {
    case label, age, status, reason, days, contact, flags, plan, lastContact, whereabouts, evaluate, warning

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
        }
    }
}

struct ColumnSpec {
    var id: ColumnID
    var min: Int
    var pref: Int
    /// Lower is more important; a column is dropped before any of lower number.
    var priority: Int
    /// Takes what is left over after every column has its preferred width.
    var flex: Bool = false
    var alignRight = false
}

/// The columns on screen for a width, left to right, each with its x and width.
struct ColumnLayout {
    struct Placed { var id: ColumnID; var x: Int; var width: Int; var alignRight: Bool }
    /// Column 0–1 hold the selection marker.
    static let marker = 2
    var columns: [Placed]

    func column(_ id: ColumnID) -> Placed? { columns.first { $0.id == id } }

    static func specs(_ s: AppState) -> [ColumnSpec] {
        let lang = s.language
        let statusWidth = 2 + Status.allCases.map { DisplayWidth.of($0.label(lang)) }.max()!
        let labelSpec = s.showNames && !s.shared
            ? ColumnSpec(id: .label, min: 10, pref: 16, priority: 0)
            : ColumnSpec(id: .label, min: 4, pref: 5, priority: 0)
        var specs = [
            labelSpec,
            ColumnSpec(id: .age, min: 2, pref: 2, priority: 0, alignRight: true),
            ColumnSpec(id: .status, min: 1, pref: statusWidth, priority: 0),
            ColumnSpec(id: .reason, min: 7, pref: 12, priority: 1),
            ColumnSpec(id: .days, min: 4, pref: 4, priority: 1, alignRight: true),   // "10 d" whole: a cut number misleads
            ColumnSpec(id: .contact, min: 3, pref: 5, priority: 2),
            ColumnSpec(id: .flags, min: 4, pref: 8, priority: 0),
            ColumnSpec(id: .plan, min: 8, pref: 20, priority: 2, flex: true),
            ColumnSpec(id: .lastContact, min: 5, pref: 6, priority: 3, alignRight: true),
            ColumnSpec(id: .evaluate, min: 5, pref: 7, priority: 3),
            ColumnSpec(id: .whereabouts, min: 7, pref: 11, priority: 5),
        ]
        // Free text is never on the shared screen, nor on a board showing initials.
        if !s.hidesText { specs.append(ColumnSpec(id: .warning, min: 12, pref: 24, priority: 4, flex: true)) }
        // A column is never narrower than its title: a cut title reads as garbage.
        for i in specs.indices {
            let title = DisplayWidth.of(RowCells.title(specs[i].id, s))
            specs[i].min = max(specs[i].min, title)
            specs[i].pref = max(specs[i].pref, specs[i].min)
        }
        return specs
    }

    /// Adds columns by priority while the more important ones still get their preferred width
    /// and the new ones at least their minimum; then widens them towards their preferred widths in
    /// priority order, and gives what is left to the flexible ones. So a narrow terminal shows
    /// fewer columns that can be read, rather than every column cut to a stub.
    init(_ s: AppState, width: Int) {
        let specs = ColumnLayout.specs(s)
        let room = width - ColumnLayout.marker
        var kept: [ColumnSpec] = []
        for p in 0...5 {
            let candidates = specs.filter { $0.priority <= p }
            let need = candidates.reduce(0) { $0 + ($1.priority < p ? $1.pref : $1.min) + 1 }
            if need <= room { kept = candidates } else { break }
        }
        var widths = kept.map(\.min)
        var left = room - widths.reduce(0, +) - kept.count
        for p in 0...5 {
            for (i, c) in kept.enumerated() where c.priority == p && left > 0 {
                let add = min(left, c.pref - widths[i])
                widths[i] += add; left -= add
            }
        }
        let flexIdx = kept.indices.filter { kept[$0].flex }
        for (n, i) in flexIdx.enumerated() where left > 0 {
            let add = n == flexIdx.count - 1 ? left : left / 2
            widths[i] += add; left -= add
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
