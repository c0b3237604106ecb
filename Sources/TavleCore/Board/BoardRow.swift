/// A youth as the board sees it today: the record plus the reasons it is due for review.
public struct BoardEntry: Sendable, Equatable, Identifiable {
    public let youth: Youth
    public let due: [DueReason]
    public var id: String { youth.id }

    public init(youth: Youth, due: [DueReason]) { self.youth = youth; self.due = due }

    /// Highest severity among the reasons (nil when not due).
    public var topSeverity: Severity? { BoardEntry.topSeverity(of: due) }
    static func topSeverity(of due: [DueReason]) -> Severity? { due.map(\.severity).max { $0.rank < $1.rank } }

    public func isDue(_ rule: String) -> Bool { due.contains { $0.rule == rule } }
}

/// The whole board for one day: both groups sorted by urgency, the team and its numbers.
public struct Board: Sendable, Equatable {
    public let team: Team
    public let today: Day
    /// Intensive youths, most urgent first.
    public let intensive: [BoardEntry]
    /// Case-management youths, most urgent first.
    public let caseManagement: [BoardEntry]
    /// Files that could not be loaded: shown to the user, never hidden.
    public let problems: [LoadProblem]
    /// How many youths are due for whole-team review.
    public let dueCount: Int
    /// Where each youth is: an index into `intensive`, or `intensive.count` + an index into
    /// `caseManagement`. Looking a youth up must not walk 10,000 entries on every frame.
    let positions: [String: Int]
    /// The discharged youths it was built from that keep a label number: a number is never given
    /// twice, so the labels of the youths on the board are worked out beside these, as the
    /// command line's `distinctInitials` over every youth does (`KH³`, not `KH²`, on both).
    private(set) var numberedDischarged: [YouthName] = []

    /// Builds the board from loaded youths. Discharged youths are not on the board.
    /// Each youth is copied once, into its place in urgency order: a summary holds dozens of
    /// references, and copying 10,000 of them from list to list was most of building the board
    /// (issue 29: a first frame within 100 ms).
    public init(team: Team, youths: [Youth], today: Day, problems: [LoadProblem] = []) {
        // For each youth on the board: where it is in `youths`, its reasons (on both cores) and
        // its sort key.
        let at = youths.indices.filter { youths[$0].phase != .discharged }
        let rules = team.rules
        let due = Parallel.map(at.count, minimum: 1_000) { ReviewRules.due(youths[at[$0]], today: today, settings: rules) }
        var keys: [UrgencyKey] = [], intensive: [Int] = [], cm: [Int] = []
        keys.reserveCapacity(at.count)
        for (i, k) in at.enumerated() {
            if youths[k].mode == .intensive { intensive.append(i) } else { cm.append(i) }
            keys.append(UrgencyKey(youths[k], due[i]))
        }
        intensive.sort { keys[$0].precedes(keys[$1]) }
        cm.sort { keys[$0].precedes(keys[$1]) }
        self.init(team: team, today: today, problems: problems,
                  intensive: intensive.map { BoardEntry(youth: youths[at[$0]], due: due[$0]) },
                  caseManagement: cm.map { BoardEntry(youth: youths[at[$0]], due: due[$0]) })
        for k in youths.indices where youths[k].phase == .discharged && youths[k].labelNumber != nil {
            numberedDischarged.append(YouthName(youths[k]))
        }
    }

    /// Builds the board from entries whose reasons were worked out already (the meeting-room
    /// screen's feed, `ScreenFeed.board()`). Discharged youths are not on the board. `inOrder`:
    /// the entries are in urgency order already (the feed's, whose stand-ins have no names to
    /// break ties by) and keep it.
    public init(team: Team, entries: [BoardEntry], today: Day, problems: [LoadProblem] = [], inOrder: Bool = false) {
        var intensive: [BoardEntry] = [], cm: [BoardEntry] = []
        for e in entries where e.youth.phase != .discharged {
            if e.youth.mode == .intensive { intensive.append(e) } else { cm.append(e) }
        }
        self.init(team: team, today: today, problems: problems, intensive: inOrder ? intensive : Board.byUrgency(intensive),
                  caseManagement: inOrder ? cm : Board.byUrgency(cm))
    }

    /// Both groups, each in its order already.
    private init(team: Team, today: Day, problems: [LoadProblem], intensive: [BoardEntry], caseManagement: [BoardEntry]) {
        self.team = team
        self.today = today
        self.problems = problems
        self.intensive = intensive
        self.caseManagement = caseManagement
        var positions: [String: Int] = [:]
        positions.reserveCapacity(intensive.count + caseManagement.count)
        for (i, e) in intensive.enumerated() { positions[e.id] = i }
        for (i, e) in caseManagement.enumerated() { positions[e.id] = intensive.count + i }
        self.positions = positions
        self.dueCount = intensive.count(where: { !$0.due.isEmpty }) + caseManagement.count(where: { !$0.due.isEmpty })
    }

    public var all: [BoardEntry] { intensive + caseManagement }
    public var activeCount: Int { intensive.count + caseManagement.count }

    /// Share of active youths on the board, 0…1.
    public var boardShare: Double { activeCount == 0 ? 0 : Double(intensive.count) / Double(activeCount) }

    /// The team-level warning when the board share is above the team's limit.
    public var shareWarning: LocalizedMessage? {
        guard boardShare > team.boardShareWarning else { return nil }
        return LocalizedMessage(.teamShareHigh, [Board.percent(boardShare), Board.percent(team.targetBoardShare),
                                                   Board.percent(team.boardShareWarning)])
    }

    public static func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) }

    /// Urgency order: crisis first, then the most severe and most numerous reasons, then
    /// worried before stable, then name, so the order is stable.
    public static func moreUrgent(_ a: BoardEntry, _ b: BoardEntry) -> Bool { UrgencyKey(a.youth, a.due).precedes(UrgencyKey(b.youth, b.due)) }

    /// `entries` in `moreUrgent` order. The keys are worked out once per entry and indices are
    /// sorted, not entries: 10,000 youths are sorted at every start-up and after every change.
    public static func byUrgency(_ entries: [BoardEntry]) -> [BoardEntry] {
        let keys = entries.map { UrgencyKey($0.youth, $0.due) }
        return keys.indices.sorted { keys[$0].precedes(keys[$1]) }.map { entries[$0] }
    }

    /// The entries `include` takes from both groups, merged in `moreUrgent` order (as `byUrgency`
    /// would order them), as positions (`position(of:)`'s; read them with `withEntry`). Each group
    /// is in that order already, so they are merged, not sorted, and no entry is copied: a copy
    /// of every entry, three times over, was a tenth of `tavle due` at 10,000 youths (issue 29).
    public func urgencyOrder(where include: (BoardEntry) -> Bool) -> [Int] {
        var a: [Int] = [], b: [Int] = []
        for i in intensive.indices where include(intensive[i]) { a.append(i) }
        for i in caseManagement.indices where include(caseManagement[i]) { b.append(i) }
        guard !a.isEmpty, !b.isEmpty else { return a.isEmpty ? b.map { intensive.count + $0 } : a }
        let ka = a.map { UrgencyKey(intensive[$0].youth, intensive[$0].due) }
        let kb = b.map { UrgencyKey(caseManagement[$0].youth, caseManagement[$0].due) }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            // On a tie (never between two youths: ids differ) intensive first, as a stable sort keeps it.
            if j == b.count || (i < a.count && !kb[j].precedes(ka[i])) { out.append(a[i]); i += 1 }
            else { out.append(intensive.count + b[j]); j += 1 }
        }
        return out
    }

    /// Calls `body` with the entry at `position` (`position(of:)`'s), where it is, without a copy.
    public func withEntry<R>(at position: Int, _ body: (BoardEntry) throws -> R) rethrows -> R {
        position < intensive.count ? try body(intensive[position]) : try body(caseManagement[position - intensive.count])
    }

    /// What `moreUrgent` compares, taken out of an entry once.
    struct UrgencyKey {
        let urgency: Int, severity: Int, reasons: Int
        let name: String, id: String

        init(_ y: Youth, _ due: [DueReason]) {
            urgency = y.status.urgency
            severity = BoardEntry.topSeverity(of: due)?.rank ?? -1
            reasons = due.count
            name = y.name
            id = y.id
        }

        func precedes(_ b: UrgencyKey) -> Bool {
            if urgency != b.urgency { return urgency > b.urgency }
            if severity != b.severity { return severity > b.severity }
            if reasons != b.reasons { return reasons > b.reasons }
            if name != b.name { return name < b.name }
            return id < b.id
        }
    }

    /// A youth's place in urgency order, both groups together (intensive first).
    public func position(of id: String) -> Int? { positions[id] }

    public func entry(_ id: String) -> BoardEntry? {
        guard let i = positions[id] else { return nil }
        return i < intensive.count ? intensive[i] : caseManagement[i - intensive.count]
    }

    /// Every youth's board label (`KH`, `KH¹`, `KH²`), by id: see `Labels`.
    public static func distinctInitials(_ youths: [Youth]) -> [String: String] {
        Labels.labels(youths.map(YouthName.init))
    }

    public static func distinctInitials(_ names: [YouthName]) -> [String: String] { Labels.labels(names) }

    /// The labels of the youths on this board (both groups), as `distinctInitials` over every
    /// youth it was built from gives them, with no copy of any youth (issue 29).
    public var labels: [String: String] {
        var out = Labels.labels(labelNames)
        for n in numberedDischarged { out[n.id] = nil }
        return out
    }

    /// The label numbers of the youths on this board, by id, as `labels` shows them.
    public var labelNumbers: [String: Int] {
        var out = Labels.numbers(labelNames)
        for n in numberedDischarged { out[n.id] = nil }
        return out
    }

    /// The names labels are worked out from: the youths on the board and `numberedDischarged`.
    private var labelNames: [YouthName] {
        var names: [YouthName] = []
        names.reserveCapacity(activeCount + numberedDischarged.count)
        for k in intensive.indices { names.append(YouthName(intensive[k].youth)) }
        for k in caseManagement.indices { names.append(YouthName(caseManagement[k].youth)) }
        return names + numberedDischarged
    }
}

/// What a youth is known by where a person types or reads a name: id, full name, initials, label
/// number, and what a list of candidates shows (age, mode, whether discharged).
public struct YouthName: Sendable, Equatable {
    public let id: String
    public let name: String
    public let initials: String
    public let number: Int?
    public let discharged: Bool
    public let born: Day?
    public let mode: Mode

    public init(id: String, name: String, initials: String, number: Int? = nil, discharged: Bool, born: Day? = nil,
                mode: Mode = .caseManagement) {
        self.id = id; self.name = name; self.initials = initials; self.number = number; self.discharged = discharged
        self.born = born; self.mode = mode
    }

    public init(_ y: Youth) {
        self.init(id: y.id, name: y.name, initials: y.initials, number: y.labelNumber, discharged: y.phase == .discharged,
                  born: y.born, mode: y.mode)
    }

    /// `KH²`
    public var label: String { Labels.label(initials, number) }
    /// `KH2`
    public var asciiLabel: String { Labels.asciiLabel(initials, number) }
}
