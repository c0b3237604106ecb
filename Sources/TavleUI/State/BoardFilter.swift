import Foundation
import TavleCore

/// The youths the board shows now: both groups with the due filter (`f`) and the search (`/`)
/// applied. Kept in the state and worked out again only when the board, the filter or the
/// search changes, so a key press that only moves does not walk every youth.
public struct VisibleList: Sendable, Equatable {
    public private(set) var intensive: [BoardEntry] = []
    public private(set) var caseManagement: [BoardEntry] = []
    /// Positions when filtered; unfiltered, the board's own positions are used.
    private var positions: [String: Int]?
    private var board: Board?

    init() {}

    init(board: Board, filter: ((BoardEntry) -> Bool)?) {
        self.board = board
        guard let filter else {
            intensive = board.intensive
            caseManagement = board.caseManagement
            return
        }
        intensive = board.intensive.filter(filter)
        caseManagement = board.caseManagement.filter(filter)
        var p: [String: Int] = [:]
        for (i, e) in intensive.enumerated() { p[e.id] = i }
        for (i, e) in caseManagement.enumerated() { p[e.id] = intensive.count + i }
        positions = p
    }

    public var count: Int { intensive.count + caseManagement.count }
    public var isEmpty: Bool { count == 0 }
    public subscript(i: Int) -> BoardEntry { i < intensive.count ? intensive[i] : caseManagement[i - intensive.count] }
    public var first: BoardEntry? { isEmpty ? nil : self[0] }
    public var last: BoardEntry? { isEmpty ? nil : self[count - 1] }

    /// Where the youth is in the visible order (intensive first), or nil when it is not shown.
    public func index(of id: String) -> Int? {
        if let positions { return positions[id] }
        return board?.position(of: id)
    }

    public func contains(_ id: String) -> Bool { index(of: id) != nil }

    public static func == (a: VisibleList, b: VisibleList) -> Bool {
        a.intensive == b.intensive && a.caseManagement == b.caseManagement
    }
}

extension AppState {
    public var visibleIntensive: [BoardEntry] { visible.intensive }
    public var visibleCaseManagement: [BoardEntry] { visible.caseManagement }
    /// Both groups, intensive first, as one array (a copy: for tests and small lists).
    public var visibleEntries: [BoardEntry] { visible.intensive + visible.caseManagement }

    public var isFiltered: Bool { dueOnly || !search.isEmpty }

    /// Works out `visible` again (after the board, the filter or the search changed).
    mutating func refreshVisible() {
        guard isFiltered else { visible = VisibleList(board: board, filter: nil); return }
        let q = AppState.fold(search.text.trimmingCharacters(in: .whitespaces))
        let due = dueOnly, labels = self.labels, shared = self.shared
        visible = VisibleList(board: board) { e in
            if due && e.due.isEmpty { return false }
            return AppState.matches(e.youth, query: q, labels: labels, shared: shared)
        }
    }

    /// Case- and accent-insensitive match on the initials label, and on the name except on the
    /// shared screen (where typing a name would put it on the wall anyway, but matching it should not).
    static func matches(_ y: Youth, query q: String, labels: [String: String], shared: Bool) -> Bool {
        if q.isEmpty { return true }
        let label = AppState.fold(labels[y.id] ?? y.initials)
        if label.hasPrefix(q) || AppState.fold(y.initials) == q { return true }
        if shared { return false }
        return AppState.fold(y.name).contains(q)
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
