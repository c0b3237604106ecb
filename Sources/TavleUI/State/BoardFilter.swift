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

    /// The board with `keep` applied: it is asked with the group (0 on the board, 1 case
    /// management), the position in the group and the entry.
    init(board: Board, keep: ((Int, Int, BoardEntry) -> Bool)?) {
        self.board = board
        guard let keep else {
            intensive = board.intensive
            caseManagement = board.caseManagement
            return
        }
        intensive = board.intensive.enumerated().filter { keep(0, $0.offset, $0.element) }.map(\.element)
        caseManagement = board.caseManagement.enumerated().filter { keep(1, $0.offset, $0.element) }.map(\.element)
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

    public var isFiltered: Bool { dueOnly || !search.isEmpty || municipality != nil }

    /// Works out `visible` again (after the board, the filter or the search changed). The
    /// search compares folded text (`Folding`, the core's, which the command line's lookup uses
    /// too), so `saebo` finds Sæbø; the folded names are worked out once per board, not per key.
    mutating func refreshVisible() {
        guard isFiltered else { visible = VisibleList(board: board, keep: nil); return }
        let q = Folding.fold(search.text.trimmingCharacters(in: .whitespaces))
        if !q.isEmpty && searchKeys == nil { searchKeys = SearchKeys(board: board, labels: labels) }
        let due = dueOnly, keys = searchKeys, shared = self.shared, bytes = Array(q.utf8), place = municipality
        visible = VisibleList(board: board) { group, i, e in
            if due && e.due.isEmpty { return false }
            if let place, e.youth.municipality != place { return false }
            guard !q.isEmpty, let k = keys?.groups[group][i] else { return true }
            return k.matches(q, bytes, shared: shared)
        }
    }
}

/// The folded search text of every youth on the board, in board order.
struct SearchKeys: Sendable, Equatable {
    struct Key: Sendable, Equatable {
        var label: String
        var initials: String
        /// The folded name as UTF-8, searched byte by byte (a whole UTF-8 query can only match
        /// at the start of a character, so this is a character match).
        var name: [UInt8]

        init(_ y: Youth, labels: [String: String]) {
            label = Folding.fold(labels[y.id] ?? y.initials)
            initials = Folding.fold(y.initials)
            name = Array(Folding.fold(y.name).utf8)
        }

        /// The initials label from its start, or anywhere in the name except on the shared
        /// screen (where typing a name would put it on the wall anyway, but matching it should not).
        func matches(_ q: String, _ bytes: [UInt8], shared: Bool) -> Bool {
            if label.hasPrefix(q) || initials == q { return true }
            return !shared && SearchKeys.contains(name, bytes)
        }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= hay.count else { return false }
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// On the board, then case management, each in the board's order.
    var groups: [[Key]]

    init(board: Board, labels: [String: String]) {
        groups = [board.intensive.map { Key($0.youth, labels: labels) }, board.caseManagement.map { Key($0.youth, labels: labels) }]
    }
}
