import TavleCore

/// One line of the board's scrolling list.
enum ListLine: Equatable {
    case heading(Mode)
    case row(BoardEntry)
    /// "(nobody)" under an empty group.
    case empty(Mode)
    case gap
}

/// Where things are on the board screen: two header rows and the column titles on top, the
/// status line and the key-hint bar at the bottom, the list in between.
enum BoardGeometry {
    static let topRows = 3
    static let bottomRows = 2
    /// Below this the board says the terminal is too small instead of drawing garbage.
    static let minWidth = 60
    static let minHeight = 16

    static func viewport(height: Int) -> Int { max(1, height - topRows - bottomRows) }

    /// The list: a heading per group, its rows (or "nobody"), a blank line between groups. The
    /// shared screen puts a blank line between rows too when they all fit that way.
    static func lines(_ s: AppState) -> [ListLine] {
        let groups: [(Mode, [BoardEntry])] = [(.intensive, s.visibleIntensive), (.caseManagement, s.visibleCaseManagement)]
        let rows = groups.reduce(0) { $0 + max(1, $1.1.count) }
        let spaced = s.shared && rows * 2 + 3 <= viewport(height: s.height)
        var out: [ListLine] = []
        for (i, (mode, entries)) in groups.enumerated() {
            if i > 0 { out.append(.gap) }
            out.append(.heading(mode))
            if entries.isEmpty { out.append(.empty(mode)) }
            for (j, e) in entries.enumerated() {
                if spaced && j > 0 { out.append(.gap) }
                out.append(.row(e))
            }
        }
        return out
    }

    static func selectedLine(_ s: AppState, _ lines: [ListLine]) -> Int? {
        guard let id = s.selectedID else { return nil }
        return lines.firstIndex { if case .row(let e) = $0 { return e.id == id }; return false }
    }

    /// The first list line on screen: the stored position, moved just enough to show the
    /// selection (and its group heading when it is the group's first row).
    static func scroll(_ s: AppState) -> Int {
        let all = lines(s)
        let vp = viewport(height: s.height)
        var top = s.boardScroll
        if let sel = selectedLine(s, all) {
            var want = sel
            if sel > 0, case .heading = all[sel - 1] { want = sel - 1 }
            if want < top { top = want }
            if sel >= top + vp { top = sel - vp + 1 }
        }
        return max(0, min(top, all.count - vp))
    }
}
