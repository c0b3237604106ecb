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

    /// The group whose heading has scrolled away above `top` while its rows still show: its
    /// heading is drawn over the first list line (a sticky header), so the rows are never
    /// without their group's name.
    func stickyGroup(top: Int) -> Mode? {
        groups.first { top > $0.start && top < $0.start + $0.length }?.mode
    }
}

/// Where things are on the board screen: two header rows and the column titles on top, the
/// status line and the key-hint bar at the bottom, the list in between.
enum BoardGeometry {
    static let topRows = 3
    static let bottomRows = 2

    static func viewport(height: Int) -> Int { max(1, height - topRows - bottomRows) }

    /// Youths one page moves (PgDn, PgUp): the list lines less the sticky header and one line
    /// kept from the page before, so a page turn never loses the reader.
    static func page(height: Int) -> Int { max(1, viewport(height: height) - 2) }

    /// All lines (tests and small lists; the view asks `ListLayout` for what is on screen).
    static func lines(_ s: AppState) -> [ListLine] {
        let layout = ListLayout(s)
        return (0..<layout.count).map(layout.line)
    }

    /// The first list line on screen: the stored position, moved just enough to show the
    /// selection with the line above it (its group heading, or a row the sticky header covers).
    static func scroll(_ s: AppState, _ layout: ListLayout, viewport vp: Int) -> Int {
        var top = s.boardScroll
        let sel = s.selectedID.flatMap { s.visible.index(of: $0) }.map { layout.line(ofVisibleIndex: $0) }
        if let sel {
            if s.selectionToTop { top = max(0, sel - 1) }
            if sel - 1 < top { top = max(0, sel - 1) }
            if sel >= top + vp { top = sel - vp + 1 }
        }
        top = max(0, min(top, layout.count - vp))
        // Never a blank first line between the groups: one line on (to the next heading) or back.
        if top > 0, case .gap = layout.line(top) {
            let down = top + 1 <= layout.count - vp && (sel.map { $0 <= top + vp } ?? true)
            top += down ? 1 : -1
        }
        return top
    }
}
