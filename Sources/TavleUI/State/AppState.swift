import TavleCore

/// Which full screen is showing.
public enum ViewMode: Sendable, Equatable { case board, detail, meeting, dayPlan, stats, minutes, caseload, fidelity }

/// A line at the bottom: what just happened, or what went wrong. It goes away by itself after a
/// few seconds (`lifetime`), timed from when `update` first showed it.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    /// When it was first shown (set by `update` from the clock; nil until then).
    public var shownAt: Timestamp?
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }

    /// Seconds on screen: errors stay longer, as they ask the user to do something.
    public var lifetime: Int64 { isError ? 10 : 5 }
}

/// The `?` overlay: which section it opened at, and how far it has been scrolled since.
public struct HelpState: Sendable, Equatable {
    /// The section of the view it was opened from (the board, the meeting …).
    public var section: KeyContext
    /// The first line on screen; nil until the view has placed the section at the top.
    public var scroll: Int?
    public init(section: KeyContext, scroll: Int? = nil) { self.section = section; self.scroll = scroll }
}

/// The detail view of one youth: the full record once loaded, and how far it is scrolled.
public struct DetailState: Sendable, Equatable {
    public var youthID: String
    /// Nil until the glue has loaded the full record (notes, contacts, history).
    public var youth: Youth?
    public var scroll = 0
    public init(youthID: String, youth: Youth? = nil) { self.youthID = youthID; self.youth = youth }
}

/// Everything the board shows and remembers, as one value. `update` changes it, `view` draws it.
public struct AppState: Sendable, Equatable {
    public var board: Board {
        didSet { measures = BoardMeasures(board: board, labels: labels); searchKeys = nil; refreshVisible() }
    }
    /// The folded names the search compares, worked out on the first search after a (re)load.
    var searchKeys: SearchKeys?
    /// How wide names, plans and warnings run on this board (for the column widths).
    public private(set) var measures = BoardMeasures()
    /// The youths shown now (filter and search applied), kept up to date by `refreshVisible`.
    public internal(set) var visible = VisibleList()
    /// Display labels that tell apart equal initials (`KH`, `KH²`), by youth id.
    public private(set) var labels: [String: String]
    public var language: Language
    /// The shared screen in the meeting room: read-only, initials only, no note text.
    public let shared: Bool
    /// Why changes are refused (not on the team, shared screen …); nil when the user may write.
    public var readOnlyReason: String?
    /// The staff member acting (the default "who" of a plan).
    public var actorStaff: StaffID?
    /// Full names instead of initials (`p`); always false on the shared screen.
    public var showNames: Bool
    /// The selected youth, by id, so the selection survives reloads and re-sorting.
    public var selectedID: String?
    /// `f`: only youths due for whole-team review.
    public var dueOnly = false { didSet { if dueOnly != oldValue { refreshVisible() } } }
    /// `M`: only the youths of one of the team's municipalities (nil: everyone).
    public var municipality: String? { didSet { if municipality != oldValue { refreshVisible() } } }
    /// `/`: the search text; it narrows the board while non-empty.
    public var search = TextField("", limit: 40) { didSet { if search.text != oldValue.text { refreshVisible() } } }
    /// True while the search line has the keyboard.
    public var searching = false
    public var mode: ViewMode = .board
    public var detail: DetailState?
    /// The `?` overlay; nil when it is closed.
    public var help: HelpState?
    /// An open dialog (going onto the board, a note …).
    public var form: Form?
    public var message: StatusMessage?
    /// The terminal's size as last reported (paging needs it; the view gets it directly).
    public var width = 80
    public var height = 24
    /// First line of the board list on screen (the view moves it just enough to show the selection).
    public var boardScroll = 0
    /// What the last frame showed (scroll limits, page size, what is where), as the view reported it.
    public var report = ViewReport()
    /// The next frame scrolls the selection to the top of the list, under its group's heading
    /// (after Tab or a click on a heading: the group opens like a tab, not at the bottom row).
    public var selectionToTop = false
    /// A note typed when the connection dropped, offered again when its dialog opens.
    public var draft: Draft?
    /// The team's rota, when it has one: the header shows who is on duty and on call today.
    public var rota: Rota?
    /// Today's morning meeting as last loaded (nil: none started today), and its live parts.
    public var meeting = MeetingState()
    /// The minutes of today's meeting once it has ended (`m`), as the core built them.
    public var minutes = MinutesState()
    /// The clock, for the meeting's countdown and the time spent per youth. The glue sends it
    /// (`Action.clock`), so `update` and `view` stay pure and tests pin it.
    public var now: Timestamp?
    /// Where Esc goes back to from the day plan, the numbers or the meeting.
    public var returnMode: ViewMode = .board
    /// First line on screen in the day plan and the team's numbers.
    public var pageScroll = 0
    /// The team's numbers (`S`), loaded when the view opens.
    public var stats: TeamStats?
    /// The caseload and the referral queue (`L`), once loaded.
    public var caseload: CaseloadPage?
    /// The fidelity evidence (`F`), once loaded.
    public var fidelity: FidelityReport?
    /// How many decisions are not marked as written into the patient record in time, by youth id.
    public var undocumented = LateDecisions()
    /// Set when the data was written by a newer tavle (an upgrade while this board was open):
    /// the board keeps showing what it last read, says so, and writes nothing.
    public var upgradeNotice: String?

    public init(board: Board, language: Language, shared: Bool = false, actorStaff: StaffID? = nil,
                readOnlyReason: String? = nil, showNames: Bool? = nil) {
        self.board = board
        self.labels = board.labels
        self.language = language
        self.shared = shared
        self.actorStaff = actorStaff
        self.readOnlyReason = shared ? Texts.text(.readonlyShared, language) : readOnlyReason
        self.showNames = shared ? false : (showNames ?? true)
        self.selectedID = board.intensive.first?.id ?? board.caseManagement.first?.id
        measures = BoardMeasures(board: board, labels: labels)
        refreshVisible()
    }

    /// Replaces the board (a reload), keeping the selection where it can.
    public mutating func replaceBoard(_ new: Board) {
        let oldIndex = selectedID.flatMap { visible.index(of: $0) }
        labels = new.labels
        board = new   // works out `visible` again
        if let id = selectedID, visible.contains(id) { return }
        // The selected youth left the list (discharged, filtered): stay at the same place.
        if visible.isEmpty { selectedID = nil; return }
        selectedID = visible[min(oldIndex ?? 0, visible.count - 1)].id
    }

    /// Names are hidden (initials shown) and so is every free text: notes, decisions, warnings.
    public var hidesText: Bool { shared || !showNames }

    public var isReadOnly: Bool { refusal != nil }

    /// Why a change is refused now, if it is.
    public var refusal: String? { readOnlyReason ?? upgradeNotice }

    /// Below this size the board says the terminal is too small instead of drawing garbage.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// The terminal is too small for the board (only q and Ctrl-L mean anything then).
    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The context that decides what a key means now.
    public var keyContext: KeyContext {
        if isTooSmall { return .tooSmall }
        if help != nil { return .help }
        if form != nil { return .form }
        if searching { return .search }
        switch mode {
        case .board: return .board
        case .detail: return .detail
        case .meeting: return .meeting
        case .dayPlan: return .dayPlan
        case .stats: return .stats
        case .minutes: return .minutes
        case .caseload: return .caseload
        case .fidelity: return .fidelity
        }
    }

    /// How a youth is named on screen: full name, or initials told apart (`KH²`). Two youths
    /// with the same full name are told apart the same way (`Ida Johansen⁴`): identity is never
    /// left to be guessed.
    public func label(_ y: Youth) -> String {
        guard showNames && !shared else { return labels[y.id] ?? y.initials }
        return y.name + nameNumber(y)
    }

    /// What tells the youth's full name apart from another youth's with the same name (the
    /// number of their initials label), or empty when nobody else has it.
    public func nameNumber(_ y: Youth) -> String {
        measures.sharedNames.contains(y.name) ? labelNumber(y) : ""
    }

    /// The numbering of the youth's initials label: `²` of `KH²`, or ` OS+13` (the whole label)
    /// past the ninth; empty for a label without a number.
    public func labelNumber(_ y: Youth) -> String {
        let label = labels[y.id] ?? y.initials
        guard label.hasPrefix(y.initials), label != y.initials else { return "" }
        let number = label.dropFirst(y.initials.count)
        return number.hasPrefix("+") ? " " + label : String(number)
    }

    /// The youth that the keys act on: the detail view's youth, else the board's selection.
    public var currentEntry: BoardEntry? {
        if mode == .detail, let d = detail { return board.entry(d.youthID) }
        if mode == .meeting { return meeting.currentID.flatMap { board.entry($0) } }
        return selectedID.flatMap { board.entry($0) }
    }
}

/// The minutes view: the meeting's minutes (the same value `tavle export minutes` formats) once
/// loaded, and how far they are scrolled.
public struct MinutesState: Sendable, Equatable {
    /// The minutes; nil until loaded.
    public var record: MeetingMinutes? {
        get { box?.value }
        set { box = newValue.map(Box.init) }
    }
    public var scroll = 0
    public init() {}

    /// The minutes are held by reference: the board state is copied on every key, and a large
    /// value inline in it is copied with it (and, in debug builds, tripped a bad copy).
    private final class Box: Sendable {
        let value: MeetingMinutes
        init(_ value: MeetingMinutes) { self.value = value }
    }
    private var box: Box?

    public static func == (a: MinutesState, b: MinutesState) -> Bool { a.record == b.record && a.scroll == b.scroll }
}

/// The morning meeting as the board holds it: the stored record, who is under discussion, since when.
public struct MeetingState: Sendable, Equatable {
    /// Today's meeting record (nil: no meeting started today, or not loaded yet).
    public var record: Meeting?
    /// The youth under discussion: the chair's choice, or on the shared screen the store's `CurrentYouth`.
    public var currentID: String?
    /// When the discussion of `currentID` began.
    public var since: Timestamp?
    /// The end was asked for and these board youths are not discussed: the chair must confirm.
    public var confirmEnd: [String]?
    /// The shared screen left the meeting view with Esc: it no longer jumps back to it.
    public var sharedStayOnBoard = false
    /// The agenda's first line when the user scrolled it (the wheel); nil: it follows the youth
    /// under discussion.
    public var agendaTop: Int?
    public init() {}

    public var isOpen: Bool { record?.isOpen == true }
}

extension AppState {
    /// The meeting's agenda now: board youths by urgency, then review and move-up.
    public var agenda: MeetingAgenda {
        MeetingAgenda(board: board, meeting: meeting.record, now: now ?? meeting.record?.started ?? Timestamp(seconds: 0, offset: 0),
                      current: meeting.currentID)
    }

    /// The open meeting's day, which a change made in the meeting view is recorded in.
    public var meetingDayForChanges: Day? {
        mode == .meeting && meeting.isOpen ? meeting.record?.day : nil
    }

    /// How the minutes name a youth here: the label (`KH²`), or the full name and the label
    /// when names are shown (as `tavle export minutes --names` does).
    public func minutesName(_ y: MeetingMinutes.YouthRef) -> String { MeetingMinutes.text(y, names: !hidesText) }

    /// Seconds spent on the youth under discussion so far.
    public var secondsOnCurrent: Int {
        guard let since = meeting.since, let now else { return 0 }
        return max(0, Int(now.seconds - since.seconds))
    }
}
