import TavleCore

/// One line of the board's scrolling list.
enum ListLine: Equatable {
    case heading(Mode)
    case row(BoardEntry)
    /// "(nobody)" under an empty group.
    case empty(Mode)
    case gap
}

/// The board's list as numbered lines: a heading per group, its rows (or "nobody"), a blank
/// line between groups; the shared screen puts a blank line between rows too when they all fit
/// that way. Lines are worked out one at a time, so a frame costs what is on screen, not the
/// number of youths.
struct ListLayout {
    struct Group {
        let mode: Mode
        let entries: [BoardEntry]
        let start: Int
        let length: Int
    }
    let groups: [Group]
    let spaced: Bool
    let count: Int

    init(_ s: AppState) {
        let parts: [(Mode, [BoardEntry])] = [(.intensive, s.visible.intensive), (.caseManagement, s.visible.caseManagement)]
        let rows = parts.reduce(0) { $0 + max(1, $1.1.count) }
        spaced = s.shared && rows * 2 + 3 <= BoardGeometry.viewport(height: s.height)
        var out: [Group] = []
        var start = 0
        for (mode, entries) in parts {
            let n = entries.count
            let length = 1 + (n == 0 ? 1 : (spaced ? 2 * n - 1 : n))
            out.append(Group(mode: mode, entries: entries, start: start, length: length))
            start += length + 1   // the gap after the group
        }
        groups = out
        count = start - 1
    }

    func line(_ i: Int) -> ListLine {
        for g in groups where i < g.start + g.length {
            if i < g.start { return .gap }   // the blank line before this group
            if i == g.start { return .heading(g.mode) }
            let o = i - g.start - 1
            if g.entries.isEmpty { return .empty(g.mode) }
            if spaced && o % 2 == 1 { return .gap }
            return .row(g.entries[spaced ? o / 2 : o])
        }
        return .gap
    }

    /// The line of the youth at `index` in the visible order (intensive first).
    func line(ofVisibleIndex index: Int) -> Int {
        var i = index
        for g in groups {
            if i < g.entries.count { return g.start + 1 + (spaced ? 2 * i : i) }
            i -= g.entries.count
        }
        return count - 1
    }
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

    /// All lines (tests and small lists; the view asks `ListLayout` for what is on screen).
    static func lines(_ s: AppState) -> [ListLine] {
        let layout = ListLayout(s)
        return (0..<layout.count).map(layout.line)
    }

    /// The first list line on screen: the stored position, moved just enough to show the
    /// selection (and its group heading when it is the group's first row).
    static func scroll(_ s: AppState) -> Int { scroll(s, ListLayout(s)) }

    static func scroll(_ s: AppState, _ layout: ListLayout) -> Int {
        let vp = viewport(height: s.height)
        var top = s.boardScroll
        if let id = s.selectedID, let index = s.visible.index(of: id) {
            let sel = layout.line(ofVisibleIndex: index)
            var want = sel
            if sel > 0, case .heading = layout.line(sel - 1) { want = sel - 1 }
            if want < top { top = want }
            if sel >= top + vp { top = sel - vp + 1 }
        }
        return max(0, min(top, layout.count - vp))
    }
}
