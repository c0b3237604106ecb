import TavleCore

/// The board program: `update` turns an action into a new state and the effects the glue must
/// run; `view` (Views/) draws a state. Both are pure. `update` never works out layout: where
/// lists are scrolled, how big a page is and what is under the pointer come from the view's
/// report of the last frame (`AppState.report`).
public enum BoardApp {
    /// The heart of the board: a pure function from (state, action) to (state, effects).
    public static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch action {
        case .command(.redraw):
            effects.append(.redraw)
        case .command(let c):
            s.message = nil
            s.selectionToTop = false
            command(&s, c, &effects)
        case .insert(let ch):
            s.message = nil
            switch s.keyContext {
            case .form: FormUpdate.insert(&s, ch)
            case .search: editSearch(&s) { $0.insert(ch) }
            default: break
            }
        case .pointer(let c, let x, let y):
            s.selectionToTop = false
            PointerUpdate.apply(&s, c, x: x, y: y, &effects)
        case .viewed(let report):
            viewed(&s, report)
        default:
            ResultUpdate.apply(&s, action, &effects)
        }
        // A new message is timed from now, so it can go away by itself.
        if var m = s.message, m.shownAt == nil, let now = s.now {
            m.shownAt = now
            s.message = m
        }
        return (s, effects)
    }

    /// A command in the current context, unless its binding's policy refuses it now (read-only,
    /// the shared screen, nothing selected …): then the status line says why.
    static func command(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        if let refusal = Keymap.binding(for: c, in: s.keyContext)?.refusal(in: s) {
            s.message = StatusMessage(refusal.text, isError: refusal.isError)
            return
        }
        switch s.keyContext {
        case .tooSmall: if c == .quit { effects.append(.quit) }
        case .help: helpCommand(&s, c)
        case .form: FormUpdate.command(&s, c, &effects)
        case .search: searchCommand(&s, c)
        case .board, .detail: boardCommand(&s, c, &effects)
        case .meeting: MeetingUpdate.command(&s, c, &effects)
        case .dayPlan, .stats, .caseload, .fidelity: pageCommand(&s, c, &effects)
        case .minutes: minutesCommand(&s, c, &effects)
        }
    }

    /// What the frame showed becomes the state's: scroll positions as drawn, limits for the next key.
    static func viewed(_ s: inout AppState, _ r: ViewReport) {
        s.report = r
        s.boardScroll = r.boardTop
        switch s.keyContext {
        case .help: s.help?.scroll = r.scrollTop
        case .detail: s.detail?.scroll = r.scrollTop
        case .dayPlan, .stats, .caseload, .fidelity: s.pageScroll = r.scrollTop
        case .minutes: s.minutes.scroll = r.scrollTop
        case .meeting: if s.meeting.agendaTop != nil { s.meeting.agendaTop = r.scrollTop }
        default: break
        }
    }

    // MARK: Board and detail

    static func boardCommand(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        let lang = s.language
        switch c {
        case .moveDown: s.mode == .detail ? scrollView(&s, 1) : move(&s, by: 1)
        case .moveUp: s.mode == .detail ? scrollView(&s, -1) : move(&s, by: -1)
        case .pageDown: s.mode == .detail ? scrollView(&s, s.report.page) : scrollBoard(&s, by: s.report.page)
        case .pageUp: s.mode == .detail ? scrollView(&s, -s.report.page) : scrollBoard(&s, by: -s.report.page)
        case .first: s.selectedID = s.visible.first?.id
        case .last: s.selectedID = s.visible.last?.id
        case .switchGroup: switchGroup(&s)
        case .filterMunicipality: PlaceUpdate.filterMunicipality(&s)
        case .schoolWork: PlaceUpdate.schoolWork(&s)
        case .openDetail:
            guard let id = s.selectedID, s.board.entry(id) != nil else { return }
            s.mode = .detail
            s.detail = DetailState(youthID: id)
            effects.append(.loadDetail(id))
        case .back:
            if s.mode == .detail {
                s.mode = .board
                s.detail = nil
            } else if s.isFiltered {
                s.search.clear()
                s.dueOnly = false
                s.message = StatusMessage(Texts.text(.msgFilterCleared, lang))
            }
        case .toggleIntensive:
            guard let e = s.currentEntry else { return }
            if e.youth.mode == .intensive {
                s.form = Form.takeOffBoard(e, lang: lang)
            } else {
                s.form = Form.putOnBoard(e, board: s.board, lang: lang)
            }
        case .chooseStatus:
            guard let e = s.currentEntry else { return }
            s.form = Form.status(e, lang: lang)
        case .addNote:
            guard let e = s.currentEntry else { return }
            var f = Form.note(e, lang: lang)
            if let d = s.draft, d.youthID == e.id, d.kind == .note {
                f.restore(d)
                f.notice = Texts.text(.draftRestored, lang, [d.saved.map(Dates.shortTime) ?? "?"])
            }
            s.form = f
        case .logContact:
            guard let e = s.currentEntry else { return }
            s.form = Form.contact(e, team: s.board.team, actor: s.actorStaff, lang: lang)
        case .setPlan:
            guard let e = s.currentEntry else { return }
            s.form = Form.plan(e, team: s.board.team, actor: s.actorStaff, lang: lang)
        case .markReviewed:
            guard let e = s.currentEntry else { return }
            s.form = Form.reviewed(e)
        case .crisisPlan:
            guard let e = s.currentEntry else { return }
            s.form = Form.crisisPlan(e, today: s.board.today)
        case .evaluatePeriod:
            guard let e = s.currentEntry else { return }
            s.form = Form.evaluate(e, board: s.board)
        case .consent:
            guard let e = s.currentEntry else { return }
            s.form = Form.consent(e, today: s.board.today, lang: lang)
        case .handover:
            guard let e = s.currentEntry else { return }
            s.form = Form.handover(e, lang: lang)
        case .orders:
            guard let e = s.currentEntry else { return }
            s.form = Form.orders(e, lang: lang)
        case .addGoal:
            guard let e = s.currentEntry else { return }
            s.form = Form.goal(e, lang: lang)
        case .network:
            // The network is in the full record only (never in the index the board reads).
            guard let e = s.currentEntry, let y = s.detail?.youth, y.id == e.id else { return }
            s.form = Form.network(y, lang: lang)
        case .services:
            guard let e = s.currentEntry else { return }
            s.form = Form.services(e, lang: lang)
        case .editField:
            guard let e = s.currentEntry else { return }
            s.form = Form.setField(s.detail?.youth ?? e.youth, team: s.board.team, lang: lang)
        case .discharge:
            guard let e = s.currentEntry else { return }
            s.form = Form.discharge(e, label: s.labels[e.id] ?? e.youth.initials, lang: lang)
        case .addYouth:
            s.form = Form.addYouth(team: s.board.team, actor: s.actorStaff, lang: lang)
        case .rotaChange:
            s.form = Form.rotaChange(team: s.board.team, rota: s.rota, today: s.board.today, lang: lang)
        case .undo: effects.append(.undo)
        case .search:
            s.searching = true
            s.search.moveEnd()
        case .filterDue:
            s.dueOnly.toggle()
            ensureSelectionVisible(&s)
            s.message = StatusMessage(s.dueOnly
                ? Texts.text(.msgDueOnly, lang, [String(s.visible.count)])
                : Texts.text(.msgAllShown, lang))
        case .toggleNames:
            s.showNames.toggle()
            s.message = StatusMessage(Texts.text(s.showNames ? .msgNames : .msgInitials, lang))
        case .help: s.help = HelpState(section: s.keyContext)
        case .redraw: effects.append(.redraw)
        case .quit: effects.append(.quit)
        case .meeting: MeetingUpdate.open(&s, &effects)
        case .dayPlan: openPage(&s, .dayPlan, &effects)
        case .stats: openPage(&s, .stats, &effects)
        case .caseload: openPage(&s, .caseload, &effects)
        case .fidelity: openPage(&s, .fidelity, &effects)
        case .addReferral: s.form = Form.addReferral(today: s.board.today, lang: lang)
        case .decideReferral:
            if let page = s.caseload { s.form = Form.decideReferral(page.waiting, team: s.board.team, today: s.board.today, lang: lang) }
        case .markDocumented:
            // The binding's need (an open decision) has been checked: the dialog has something to offer.
            if s.mode == .minutes, let m = s.minutes.record {
                s.form = Form.minutesDocumented(m, label: { s.minutesName($0) },
                                                versions: Dictionary(s.board.all.map { ($0.id, $0.youth.version) }) { a, _ in a },
                                                hideText: s.hidesText)
            } else if let y = s.detail?.youth {
                s.form = Form.documented(y, team: s.board.team, hideText: s.hidesText)
            }
        default: break
        }
    }

    // MARK: Day plan and the team's numbers

    /// Opens the day plan or the team's numbers; Esc goes back to where the user came from.
    static func openPage(_ s: inout AppState, _ mode: ViewMode, _ effects: inout [Effect]) {
        if ![.dayPlan, .stats, .caseload, .fidelity].contains(s.mode) { s.returnMode = s.mode == .detail ? .board : s.mode }
        s.mode = mode
        s.detail = nil
        s.pageScroll = 0
        if mode == .stats { effects.append(.loadStats(municipality: s.municipality)) }
        if mode == .caseload { effects.append(.loadCaseload) }
        if mode == .fidelity {
            // The report of a moment ago is not shown as today's while it is read again.
            s.fidelity = nil
            effects.append(.loadFidelity(municipality: s.municipality))
        }
    }

    /// The minutes after the meeting: they scroll; `w` marks a decision as written into the record.
    static func minutesCommand(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        if scrollCommand(&s, c) { return }
        switch c {
        case .back:
            s.mode = .board
            s.minutes = MinutesState()
        default: boardCommand(&s, c, &effects)
        }
    }

    static func pageCommand(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        if scrollCommand(&s, c) { return }
        switch c {
        case .back:
            s.mode = s.returnMode == .meeting && s.meeting.record != nil ? .meeting : .board
            s.pageScroll = 0
        case .meeting: MeetingUpdate.open(&s, &effects)
        case .dayPlan: openPage(&s, .dayPlan, &effects)
        case .stats: openPage(&s, .stats, &effects)
        case .caseload: openPage(&s, .caseload, &effects)
        case .fidelity: openPage(&s, .fidelity, &effects)
        default: boardCommand(&s, c, &effects)
        }
    }

    /// The four scroll keys of a page that scrolls (the minutes, a page, the help): true when `c`
    /// was one of them.
    static func scrollCommand(_ s: inout AppState, _ c: Command) -> Bool {
        switch c {
        case .moveDown: scrollView(&s, 1)
        case .moveUp: scrollView(&s, -1)
        case .pageDown: scrollView(&s, s.report.page)
        case .pageUp: scrollView(&s, -s.report.page)
        default: return false
        }
        return true
    }

    /// Scrolls what scrolls in the current context (the detail view, a page, the help) by
    /// `delta` lines, within the limits the last frame reported.
    static func scrollView(_ s: inout AppState, _ delta: Int) {
        let top = max(0, min(s.report.maxScroll, s.report.scrollTop + delta))
        switch s.keyContext {
        case .help: s.help?.scroll = top
        case .detail: s.detail?.scroll = top
        case .dayPlan, .stats, .caseload, .fidelity: s.pageScroll = top
        case .minutes: s.minutes.scroll = top
        default: break
        }
        s.report.scrollTop = top
    }

    static func move(_ s: inout AppState, by delta: Int) {
        let list = s.visible
        guard !list.isEmpty else { s.selectedID = nil; return }
        let i = s.selectedID.flatMap { list.index(of: $0) } ?? 0
        s.selectedID = list[max(0, min(list.count - 1, i + delta))].id
    }

    /// A page (PgDn/PgUp) or a turn of the wheel on the board: the list scrolls by `delta` lines
    /// and the selection moves as far, so it stays where it was on screen.
    static func scrollBoard(_ s: inout AppState, by delta: Int) {
        s.boardScroll = max(0, s.report.boardTop + delta)
        s.report.boardTop = s.boardScroll
        move(&s, by: delta)
    }

    /// Tab: to the first youth of the other group (or stays, when that group is empty).
    static func switchGroup(_ s: inout AppState) {
        let inIntensive = s.selectedID.flatMap { s.board.entry($0) }?.youth.mode == .intensive
        selectGroup(&s, inIntensive ? .caseManagement : .intensive)
    }

    /// The first youth shown in a group (stays where it is when the group shows nobody).
    static func selectGroup(_ s: inout AppState, _ mode: Mode) {
        let target = mode == .intensive ? s.visibleIntensive : s.visibleCaseManagement
        if let first = target.first {
            s.selectedID = first.id
            s.selectionToTop = true
        }
    }

    static func ensureSelectionVisible(_ s: inout AppState) {
        if let id = s.selectedID, s.visible.contains(id) { return }
        s.selectedID = s.visible.first?.id ?? s.selectedID
    }

    // MARK: Search line

    static func searchCommand(_ s: inout AppState, _ c: Command) {
        switch c {
        case .submit: s.searching = false
        case .cancel:
            s.searching = false
            s.search.clear()
            ensureSelectionVisible(&s)
        case .moveDown: move(&s, by: 1)
        case .moveUp: move(&s, by: -1)
        case .cursorLeft: s.search.moveLeft()
        case .cursorRight: s.search.moveRight()
        case .cursorHome: s.search.moveHome()
        case .cursorEnd: s.search.moveEnd()
        case .deleteBackward: editSearch(&s) { $0.deleteBackward() }
        case .deleteForward: editSearch(&s) { $0.deleteForward() }
        case .clearField: editSearch(&s) { $0.clear() }
        default: break
        }
    }

    static func editSearch(_ s: inout AppState, _ edit: (inout TextField) -> Void) {
        edit(&s.search)
        // The best match is selected as the user types; when nothing matches, nobody is (a key
        // must never act on a youth the board no longer shows).
        if let id = s.selectedID, s.visible.contains(id), s.search.isEmpty { return }
        s.selectedID = s.visible.first?.id
    }

    // MARK: Help overlay

    static func helpCommand(_ s: inout AppState, _ c: Command) {
        if scrollCommand(&s, c) { return }
        switch c {
        case .closeHelp: s.help = nil
        default: break
        }
    }
}
