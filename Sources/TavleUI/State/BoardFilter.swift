import Foundation
import TavleCore

/// Which youths the board shows now: both groups with the due filter (`f`) and the search (`/`) applied.
extension AppState {
    public var visibleIntensive: [BoardEntry] { board.intensive.filter(isVisible) }
    public var visibleCaseManagement: [BoardEntry] { board.caseManagement.filter(isVisible) }
    /// Both groups, intensive first: the order the selection moves in.
    public var visibleEntries: [BoardEntry] { visibleIntensive + visibleCaseManagement }

    public var isFiltered: Bool { dueOnly || !search.isEmpty }

    func isVisible(_ e: BoardEntry) -> Bool {
        if dueOnly && e.due.isEmpty { return false }
        return matchesSearch(e.youth)
    }

    /// Case- and accent-insensitive match on the initials label, and on the name except on the
    /// shared screen (where typing a name would put it on the wall anyway, but matching it should not).
    func matchesSearch(_ y: Youth) -> Bool {
        let q = AppState.fold(search.text.trimmingCharacters(in: .whitespaces))
        if q.isEmpty { return true }
        let label = AppState.fold(labels[y.id] ?? y.initials)
        if label.hasPrefix(q) || AppState.fold(y.initials) == q { return true }
        if shared { return false }
        let name = AppState.fold(y.name)
        return name.contains(q)
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
