import TavleCore

/// A key, any printable character (what a text field types), or a mouse gesture.
public enum KeyPattern: Sendable, Hashable {
    case key(Key)
    case printable
    case pointer(PointerGesture)

    func matches(_ k: Key) -> Bool {
        switch self {
        case .key(let mine): return mine == k
        case .printable:
            guard case .char(let ch) = k else { return false }
            return !ch.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }
        case .pointer(let g):
            guard case .mouse(let ev) = k else { return false }
            return ev.gesture == g
        }
    }
}

/// One row of the keymap: keys, the command they give, where, the words that describe it, and
/// its policy (lazygit's `Binding` with `DisplayOnScreen` and `GetDisabledReason`): how high its
/// hint ranks, whether it writes, what the shared screen does with it, and what it needs. Views
/// and `update` read these fields; no side table repeats them.
public struct Binding: Sendable {
    public let keys: [KeyPattern]
    public let command: Command
    public let contexts: [KeyContext]
    /// Catalog key of the help text (the `?` overlay and docs/keymap.md).
    public let help: TextKey
    /// Catalog key of the short label in the key-hint bar; nil keeps it out of the bar.
    public let hint: TextKey?
    /// How the hint bar writes the keys when not just the first key (e.g. `↑↓` for a pair).
    public let hintKeys: String?
    /// Which hints stay when the bar is too narrow for all.
    public let priority: HintPriority
    /// Changes data (through the core, journaled): refused with the reason when the board is
    /// read-only (the shared screen, a user not on the team, a newer data format), marked ✎ in the docs.
    public let writes: Bool
    public let shared: SharedScreenRule
    /// What must hold for it to run; the first unmet need is the reason it is refused.
    public let needs: [Need]

    init(_ keys: [KeyPattern], _ command: Command, _ contexts: [KeyContext], help: TextKey, hint: TextKey? = nil,
         hintKeys: String? = nil, priority: HintPriority = .extra, writes: Bool = false, shared: SharedScreenRule = .allowed,
         needs: [Need] = []) {
        self.keys = keys; self.command = command; self.contexts = contexts; self.help = help; self.hint = hint
        self.hintKeys = hintKeys; self.priority = priority; self.writes = writes; self.shared = shared; self.needs = needs
    }
}

/// THE keymap: the only place a key gets its meaning. Key dispatch, the `?` overlay, the
/// key-hint bar and docs/keymap.md are all generated from `bindings`, so they cannot drift.
public enum Keymap {
    private static func k(_ c: Character) -> KeyPattern { .key(.char(c)) }
    private static let onBoard: [KeyContext] = [.board, .detail]
    /// Views that scroll as pages: the detail view, the day plan, the team's numbers and the minutes.
    private static let pages: [KeyContext] = [.detail, .dayPlan, .stats, .minutes, .caseload, .fidelity]
    /// Every full-screen view (not dialogs, the search line or the help overlay).
    private static let views: [KeyContext] = [.board, .detail, .meeting, .dayPlan, .stats, .minutes, .caseload, .fidelity]
    /// Everywhere the pointer means something (not the "too small" screen).
    private static let pointed: [KeyContext] = KeyContext.allCases.filter { $0 != .tooSmall }
    /// A change to the youth the keys act on.
    private static let youthChange: [Need] = [.selection]
    /// A change made in the open meeting to the youth under discussion.
    private static let meetingChange: [Need] = [.openMeeting, .youthUnderDiscussion]
    private static let followsChair = SharedScreenRule.refused(.refuseFollowsChair)

    /// Keys kept free for what comes next: nothing may bind them meanwhile, so the key people will
    /// learn for each is not first taught for something else (issue 18 reserved M, W, L, R, T, N, Q
    /// and F; all are bound now).
    public static let reserved: [(key: Character, purpose: String)] = []

    public static let bindings: [Binding] = [
        // The board
        Binding([.key(.down), k("j")], .moveDown, [.board], help: .helpMoveDown, hint: .hintMove, hintKeys: "↑↓", priority: .essential),
        Binding([.key(.up), k("k")], .moveUp, [.board], help: .helpMoveUp),
        Binding([.key(.pageDown)], .pageDown, [.board], help: .helpPageDown),
        Binding([.key(.pageUp)], .pageUp, [.board], help: .helpPageUp),
        Binding([k("g"), .key(.home)], .first, [.board], help: .helpFirst),
        Binding([k("G"), .key(.end)], .last, [.board], help: .helpLast),
        Binding([.key(.tab), .key(.backTab)], .switchGroup, [.board], help: .helpSwitchGroup, hint: .hintSwitchGroup),
        Binding([.key(.enter)], .openDetail, [.board], help: .helpOpenDetail, hint: .hintOpenDetail, priority: .essential,
                needs: [.selection]),
        // The detail view (and the other pages that scroll)
        Binding([.key(.down), k("j")], .moveDown, pages, help: .helpScrollDown, hint: .hintScroll, hintKeys: "↑↓", priority: .essential),
        Binding([.key(.up), k("k")], .moveUp, pages, help: .helpScrollUp),
        Binding([.key(.pageDown)], .pageDown, pages, help: .helpPageDownDetail),
        Binding([.key(.pageUp)], .pageUp, pages, help: .helpPageUpDetail),
        Binding([.key(.escape)], .back, pages, help: .helpBackDetail, hint: .hintBack, priority: .essential),
        Binding([.key(.escape)], .back, [.board], help: .helpBackBoard),
        Binding([k("w")], .markDocumented, [.detail, .minutes], help: .helpMarkDocumented, hint: .hintMarkDocumented,
                priority: .essential, writes: true, needs: [.openDecision]),
        Binding([k("e")], .editField, [.detail], help: .helpEditField, hint: .hintEditField, writes: true, needs: youthChange),
        Binding([k("C")], .consent, [.detail], help: .helpConsent, hint: .hintConsent, writes: true, needs: youthChange),
        Binding([k("H")], .handover, [.detail], help: .helpHandover, hint: .hintHandover, writes: true, needs: youthChange),
        Binding([k("O")], .orders, [.detail], help: .helpOrders, hint: .hintOrders, writes: true, needs: youthChange),
        Binding([k("P")], .services, [.detail], help: .helpServices, hint: .hintServices, writes: true, needs: youthChange),
        Binding([k("X")], .discharge, [.detail], help: .helpDischarge, hint: .hintDischarge, writes: true, needs: youthChange),
        Binding([k("W")], .schoolWork, [.detail], help: .helpSchoolWork, hint: .hintSchoolWork, writes: true, needs: youthChange),
        Binding([k("T")], .addGoal, [.detail], help: .helpAddGoal, hint: .hintAddGoal, writes: true, needs: youthChange),
        Binding([k("N")], .network, [.detail], help: .helpNetwork, hint: .hintNetwork, writes: true, needs: youthChange),
        // The morning meeting (the chair's board; the shared screen follows it without keys)
        Binding([.key(.down), k("j")], .moveDown, [.meeting], help: .helpMeetingDown, hint: .hintMeetingMove, hintKeys: "↑↓",
                priority: .common, shared: followsChair),
        Binding([.key(.up), k("k")], .moveUp, [.meeting], help: .helpMeetingUp, shared: followsChair),
        Binding([.key(.enter)], .discussedNext, [.meeting], help: .helpDiscussedNext, hint: .hintDiscussedNext, priority: .essential,
                writes: true, needs: meetingChange),
        Binding([k("b")], .recordDecision, [.meeting], help: .helpRecordDecision, hint: .hintRecordDecision, priority: .essential,
                writes: true, needs: meetingChange),
        Binding([k("Q")], .fourQuestions, [.meeting], help: .helpFourQuestions, hint: .hintFourQuestions, priority: .common,
                writes: true, needs: meetingChange),
        Binding([k("a")], .setPlan, [.meeting], help: .helpMeetingPlan, hint: .hintSetPlan, priority: .common,
                writes: true, needs: meetingChange),
        Binding([k("s")], .chooseStatus, [.meeting], help: .helpMeetingStatus, hint: .hintChooseStatus, priority: .common,
                writes: true, needs: meetingChange),
        Binding([k("i")], .toggleIntensive, [.meeting], help: .helpMeetingMode, hint: .hintToggleIntensive, priority: .common,
                writes: true, needs: meetingChange),
        Binding([k("K")], .crisisPlan, [.meeting], help: .helpMeetingCrisisPlan, hint: .hintCrisisPlan,
                writes: true, needs: meetingChange),
        Binding([k("E")], .evaluatePeriod, [.meeting], help: .helpMeetingEvaluate, hint: .hintEvaluate,
                writes: true, needs: meetingChange + [.onBoard]),
        Binding([k("r")], .markReviewed, [.meeting], help: .helpMeetingReviewed, hint: .hintMarkReviewed,
                writes: true, needs: meetingChange),
        Binding([k("e")], .endMeeting, [.meeting], help: .helpEndMeeting, hint: .hintEndMeeting, priority: .essential,
                writes: true, needs: [.openMeeting]),
        Binding([.key(.escape)], .back, [.meeting], help: .helpBackMeeting, hint: .hintBackMeeting, priority: .essential),
        // Changes (both views act on the selected youth)
        Binding([k("i")], .toggleIntensive, onBoard, help: .helpToggleIntensive, hint: .hintToggleIntensive, priority: .common,
                writes: true, needs: youthChange),
        Binding([k("s")], .chooseStatus, onBoard, help: .helpChooseStatus, hint: .hintChooseStatus, priority: .common,
                writes: true, needs: youthChange),
        Binding([k("n")], .addNote, onBoard, help: .helpAddNote, hint: .hintAddNote, priority: .common,
                writes: true, needs: youthChange),
        Binding([k("c")], .logContact, onBoard, help: .helpLogContact, hint: .hintLogContact, priority: .common,
                writes: true, needs: youthChange),
        Binding([k("a")], .setPlan, onBoard, help: .helpSetPlan, hint: .hintSetPlan, priority: .common,
                writes: true, needs: youthChange),
        Binding([k("K")], .crisisPlan, onBoard, help: .helpCrisisPlan, hint: .hintCrisisPlan, writes: true, needs: youthChange),
        Binding([k("E")], .evaluatePeriod, onBoard, help: .helpEvaluate, hint: .hintEvaluate, writes: true,
                needs: youthChange + [.onBoard]),
        Binding([k("r")], .markReviewed, onBoard, help: .helpMarkReviewed, hint: .hintMarkReviewed,
                writes: true, needs: youthChange),
        Binding([k("+")], .addYouth, [.board], help: .helpAddYouth, hint: .hintAddYouth, writes: true),
        Binding([k("V")], .rotaChange, [.board, .dayPlan], help: .helpRotaChange, hint: .hintRotaChange, writes: true),
        Binding([k("u")], .undo, views, help: .helpUndo, hint: .hintUndo, writes: true),
        // Looking
        Binding([k("/")], .search, [.board], help: .helpSearch, hint: .hintSearch, priority: .common),
        Binding([k("f")], .filterDue, [.board], help: .helpFilterDue, hint: .hintFilterDue),
        Binding([k("M")], .filterMunicipality, [.board], help: .helpFilterMunicipality, hint: .hintFilterMunicipality),
        Binding([k("m")], .meeting, [.board, .dayPlan, .stats, .caseload, .fidelity], help: .helpMeeting, hint: .hintMeeting, priority: .essential,
                needs: [.meetingAvailable]),
        Binding([k("d")], .dayPlan, [.board, .meeting, .stats, .caseload, .fidelity], help: .helpDayPlan, hint: .hintDayPlan, priority: .common),
        Binding([k("S")], .stats, [.board, .dayPlan, .caseload, .fidelity], help: .helpStats, hint: .hintStats, priority: .common),
        // Names of youths not yet taken in: never on the shared screen.
        Binding([k("L")], .caseload, [.board, .dayPlan, .stats, .fidelity], help: .helpCaseload, hint: .hintCaseload,
                shared: .refused(.msgSharedNoReferrals)),
        Binding([k("F")], .fidelity, [.board, .dayPlan, .stats, .caseload], help: .helpFidelityView, hint: .hintFidelity),
        Binding([k("+")], .addReferral, [.caseload], help: .helpAddReferral, hint: .hintAddReferral, priority: .common, writes: true,
                shared: .refused(.msgSharedNoReferrals)),
        Binding([k("R")], .decideReferral, [.caseload], help: .helpDecideReferral, hint: .hintDecideReferral, priority: .common,
                writes: true, shared: .refused(.msgSharedNoReferrals), needs: [.referralWaiting]),
        Binding([k("p")], .toggleNames, [.board, .detail, .meeting, .minutes], help: .helpToggleNames, hint: .hintToggleNames,
                shared: .refused(.msgSharedInitials)),
        Binding([.key(.ctrl("l"))], .redraw, KeyContext.allCases, help: .helpRedraw),
        Binding([k("?")], .help, views, help: .helpHelp, hint: .hintHelp, priority: .essential),
        Binding([k("q")], .quit, views + [.tooSmall], help: .helpQuit, hint: .hintQuit, priority: .essential),
        // The mouse (xterm's SGR mode; Shift-drag still selects text for copying)
        Binding([.pointer(.click)], .pointSelect, pointed, help: .helpPointSelect, shared: .selectOnly),
        Binding([.pointer(.doubleClick)], .pointOpen, [.board, .search], help: .helpPointOpen, shared: .selectOnly),
        Binding([.pointer(.wheelDown)], .wheelDown, views + [.help, .search], help: .helpWheelDown),
        Binding([.pointer(.wheelUp)], .wheelUp, views + [.help, .search], help: .helpWheelUp),
        // Search line
        Binding([.key(.enter)], .submit, [.search], help: .helpSearchKeep, hint: .hintSearchKeep, priority: .essential),
        Binding([.key(.escape)], .cancel, [.search], help: .helpSearchClear, hint: .hintSearchClear, priority: .essential),
        Binding([.key(.down)], .moveDown, [.search], help: .helpMoveDown, hint: .hintMove, hintKeys: "↑↓", priority: .essential),
        Binding([.key(.up)], .moveUp, [.search], help: .helpMoveUp),
        // Dialogs
        Binding([.key(.enter)], .submit, [.form], help: .helpFormSubmit, hint: .hintFormSubmit, priority: .essential),
        Binding([.key(.escape)], .cancel, [.form], help: .helpFormCancel, hint: .hintFormCancel, priority: .essential),
        Binding([.key(.tab), .key(.down)], .nextField, [.form], help: .helpNextField, hint: .hintNextField, hintKeys: "Tab",
                priority: .common),
        Binding([.key(.backTab), .key(.up)], .previousField, [.form], help: .helpPreviousField),
        Binding([.key(.left)], .cursorLeft, [.form, .search], help: .helpCursorLeft, hint: .hintChoose, hintKeys: "←→",
                priority: .common),
        Binding([.key(.right)], .cursorRight, [.form, .search], help: .helpCursorRight),
        Binding([.key(.home), .key(.ctrl("a"))], .cursorHome, [.form, .search], help: .helpCursorHome),
        Binding([.key(.end), .key(.ctrl("e"))], .cursorEnd, [.form, .search], help: .helpCursorEnd),
        Binding([.key(.backspace)], .deleteBackward, [.form, .search], help: .helpDeleteBackward),
        Binding([.key(.delete)], .deleteForward, [.form, .search], help: .helpDeleteForward),
        Binding([.key(.ctrl("u"))], .clearField, [.form, .search], help: .helpClearField),
        Binding([.printable], .insertCharacter, [.form, .search], help: .helpInsertCharacter),
        // Help overlay
        Binding([.key(.down), k("j")], .moveDown, [.help], help: .helpScrollDown, hint: .hintScroll, hintKeys: "↑↓", priority: .essential),
        Binding([.key(.up), k("k")], .moveUp, [.help], help: .helpScrollUp),
        Binding([.key(.pageDown)], .pageDown, [.help], help: .helpPageDownDetail),
        Binding([.key(.pageUp)], .pageUp, [.help], help: .helpPageUpDetail),
        Binding([.key(.escape), k("?"), k("q")], .closeHelp, [.help], help: .helpCloseHelp, hint: .hintCloseHelp, priority: .essential),
    ]


    /// The binding a key selects in a context, if any. The first match in table order wins.
    public static func binding(for key: Key, in context: KeyContext) -> Binding? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains { $0.matches(key) } }
    }

    /// The binding that gives `command` in a context (its policy decides whether it may run).
    public static func binding(for command: Command, in context: KeyContext) -> Binding? {
        bindings.first { $0.command == command && $0.contexts.contains(context) }
    }

    /// The action a key gives in the state's current context (nil: the key means nothing here).
    public static func action(for key: Key, in state: AppState) -> Action? {
        if key == .resize { return nil }
        let context = state.keyContext
        if case .mouse(let ev) = key {
            guard let g = ev.gesture else { return nil }
            // The second press of a double-click selects like the first where a double-click means nothing more.
            let b = binding(for: key, in: context)
                ?? (g == .doubleClick ? binding(for: .mouse(MouseEvent(.press, x: ev.x, y: ev.y)), in: context) : nil)
            guard let b else { return nil }
            return .pointer(b.command, x: ev.x, y: ev.y)
        }
        guard let b = binding(for: key, in: context) else { return nil }
        if b.command == .insertCharacter, case .char(let ch) = key { return .insert(ch) }
        return .command(b.command)
    }

    /// Bindings shown in a context's help section, in table order.
    public static func bindings(in context: KeyContext) -> [Binding] { bindings.filter { $0.contexts.contains(context) } }

    /// How a key is written in help and docs.
    public static func name(_ p: KeyPattern, _ lang: Language) -> String {
        switch p {
        case .printable: return Texts.text(.keyPrintable, lang)
        case .pointer(let g):
            switch g {
            case .click: return Texts.text(.keyClick, lang)
            case .doubleClick: return Texts.text(.keyDoubleClick, lang)
            case .wheelUp: return Texts.text(.keyWheelUp, lang)
            case .wheelDown: return Texts.text(.keyWheelDown, lang)
            }
        case .key(let key):
            switch key {
            case .char(" "): return Texts.text(.keySpace, lang)
            case .char(let c): return String(c)
            case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
            case .up: return "↑"
            case .down: return "↓"
            case .left: return "←"
            case .right: return "→"
            case .pageUp: return "PgUp"
            case .pageDown: return "PgDn"
            case .home: return "Home"
            case .end: return "End"
            case .enter: return "Enter"
            case .escape: return "Esc"
            case .tab: return "Tab"
            case .backTab: return "Shift-Tab"
            case .backspace: return "Backspace"
            case .delete: return "Del"
            case .resize, .mouse: return ""
            }
        }
    }

    /// All of a binding's keys, e.g. `↓ j`.
    public static func keysText(_ b: Binding, _ lang: Language, separator: String = " ") -> String {
        b.keys.map { name($0, lang) }.joined(separator: separator)
    }
}
