import TavleCore

/// What the last frame showed, as the view reports it: where the lists were scrolled, how big a
/// page is, and what is where on screen (for the mouse). The loop feeds it back
/// (`Action.viewed`) so `update` scrolls, pages and hit-tests without working out layout itself.
public struct ViewReport: Sendable, Equatable {
    /// The first line of the board's list on screen.
    public var boardTop = 0
    /// Rows one page moves in what has the keys (the board's list, a view that scrolls, the help).
    public var page = 1
    /// The first line on screen of what scrolls in the current context (the detail view, the
    /// day plan, the numbers, the help overlay, the meeting's agenda), and the largest it can be.
    public var scrollTop = 0
    public var maxScroll = 0
    /// What is where, topmost last.
    public var targets: [PointerTarget] = []

    public init() {}

    /// The topmost target on the cell (x, y), if any.
    public func target(x: Int, y: Int) -> PointerTarget.Kind? {
        targets.last { $0.y == y && x >= $0.x && x < $0.x + $0.width }?.kind
    }
}

/// A run of cells on one screen row that the pointer can act on.
public struct PointerTarget: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A youth's row on the board.
        case youth(String)
        /// A group heading on the board (the board's "tabs": Tab moves between them).
        case group(Mode)
        /// A youth on the meeting's agenda.
        case agenda(String)
        /// A dialog's field, by index.
        case field(Int)
        /// A key hint in the bottom bar: clicking runs its command, as the key would.
        case hint(Command)
    }
    public var x: Int
    public var y: Int
    public var width: Int
    public var kind: Kind

    public init(x: Int, y: Int, width: Int, kind: Kind) { self.x = x; self.y = y; self.width = width; self.kind = kind }
}
