import TavleCore

/// The board program: `update` turns an action into a new state and the effects the glue must
/// run; `view` (Views/) draws a state. Both are pure.
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
            switch s.keyContext {
            case .help: helpCommand(&s, c)
            case .form: FormUpdate.command(&s, c, &effects)
            case .search: searchCommand(&s, c)
            case .board, .detail: boardCommand(&s, c, &effects)
            case .meeting: MeetingUpdate.command(&s, c, &effects)
            case .dayPlan, .stats: pageCommand(&s, c, &effects)
            }
        case .insert(let ch):
            s.message = nil
            switch s.keyContext {
            case .form: FormUpdate.insert(&s, ch)
            case .search: editSearch(&s) { $0.insert(ch) }
            default: break
            }
        default:
            ResultUpdate.apply(&s, action, &effects)
        }
        s.boardScroll = BoardGeometry.scroll(s)
        return (s, effects)
    }

    // MARK: Board and detail

    static func boardCommand(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        if c.changesData {
            if let reason = s.refusal { s.message = StatusMessage(reason, isError: true); return }
            guard s.currentEntry != nil else { s.message = StatusMessage(Texts.text(.msgNoSelection, s.language)); return }
        }
        let lang = s.language
        switch c {
        case .moveDown: s.mode == .detail ? scrollDetail(&s, 1) : move(&s, by: 1)
        case .moveUp: s.mode == .detail ? scrollDetail(&s, -1) : move(&s, by: -1)
        case .pageDown: s.mode == .detail ? scrollDetail(&s, page(s)) : move(&s, by: page(s))
        case .pageUp: s.mode == .detail ? scrollDetail(&s, -page(s)) : move(&s, by: -page(s))
        case .first: s.selectedID = s.visible.first?.id
        case .last: s.selectedID = s.visible.last?.id
        case .switchGroup: switchGroup(&s)
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
            let e = s.currentEntry!
            if e.youth.mode == .intensive {
                s.form = Form.takeOffBoard(e)
            } else {
                s.form = Form.putOnBoard(e, board: s.board, lang: lang)
            }
        case .cycleStatus:
            let e = s.currentEntry!
            let all = Status.allCases
            let next = all[(all.firstIndex(of: e.youth.status)! + 1) % all.count]
            effects.append(.save(SaveRequest(youthID: e.id, basedOn: e.youth.version, change: .status(next, why: nil),
                                             meeting: s.meetingDayForChanges)))
        case .addNote:
            let e = s.currentEntry!
            var f = Form.note(e, lang: lang)
            if let d = s.draft, d.youthID == e.id, d.kind == .note {
                f.restore(d)
                f.notice = Texts.text(.draftRestored, lang, [d.saved.map(Dates.shortTime) ?? "?"])
            }
            s.form = f
        case .logContact: s.form = Form.contact(s.currentEntry!, lang: lang)
        case .setPlan: s.form = Form.plan(s.currentEntry!, team: s.board.team, actor: s.actorStaff)
        case .markReviewed:
            let e = s.currentEntry!
            effects.append(.save(SaveRequest(youthID: e.id, basedOn: e.youth.version, change: .reviewed(note: nil))))
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
            if s.shared { s.message = StatusMessage(Texts.text(.msgSharedInitials, lang), isError: true); return }
            s.showNames.toggle()
            s.message = StatusMessage(Texts.text(s.showNames ? .msgNames : .msgInitials, lang))
        case .help: s.helpScroll = 0
        case .redraw: effects.append(.redraw)
        case .quit: effects.append(.quit)
        case .meeting: MeetingUpdate.open(&s, &effects)
        case .dayPlan: openPage(&s, .dayPlan, &effects)
        case .stats: openPage(&s, .stats, &effects)
        case .markDocumented:
            guard s.mode == .detail, let d = s.detail else { return }
            guard let y = d.youth else { s.message = StatusMessage(Texts.text(.detailLoading, lang)); return }
            guard let f = Form.documented(y, team: s.board.team, hideText: s.hidesText) else {
                s.message = StatusMessage(Texts.text(.msgAllDocumented, lang, [s.label(y)]))
                return
            }
            s.form = f
        default: break
        }
    }

    // MARK: Day plan and the team's numbers

    /// Opens the day plan or the team's numbers; Esc goes back to where the user came from.
    static func openPage(_ s: inout AppState, _ mode: ViewMode, _ effects: inout [Effect]) {
        if s.mode != .dayPlan && s.mode != .stats { s.returnMode = s.mode == .detail ? .board : s.mode }
        s.mode = mode
        s.detail = nil
        s.pageScroll = 0
        if mode == .stats { effects.append(.loadStats) }
    }

    static func pageCommand(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        let maxScroll = max(0, PageView.lineCount(s, width: s.width) - PageView.viewport(height: s.height))
        let pg = max(1, PageView.viewport(height: s.height) - 1)
        switch c {
        case .moveDown: s.pageScroll = min(maxScroll, s.pageScroll + 1)
        case .moveUp: s.pageScroll = max(0, s.pageScroll - 1)
        case .pageDown: s.pageScroll = min(maxScroll, s.pageScroll + pg)
        case .pageUp: s.pageScroll = max(0, s.pageScroll - pg)
        case .back:
            s.mode = s.returnMode == .meeting && s.meeting.record != nil ? .meeting : .board
            s.pageScroll = 0
        case .meeting: MeetingUpdate.open(&s, &effects)
        case .dayPlan: openPage(&s, .dayPlan, &effects)
        case .stats: openPage(&s, .stats, &effects)
        default: boardCommand(&s, c, &effects)
        }
    }

    static func page(_ s: AppState) -> Int { max(1, BoardGeometry.viewport(height: s.height) - 2) }

    static func move(_ s: inout AppState, by delta: Int) {
        let list = s.visible
        guard !list.isEmpty else { s.selectedID = nil; return }
        let i = s.selectedID.flatMap { list.index(of: $0) } ?? 0
        s.selectedID = list[max(0, min(list.count - 1, i + delta))].id
    }

    /// Tab: to the first youth of the other group (or stays, when that group is empty).
    static func switchGroup(_ s: inout AppState) {
        let inIntensive = s.selectedID.flatMap { s.board.entry($0) }?.youth.mode == .intensive
        let target = inIntensive ? s.visibleCaseManagement : s.visibleIntensive
        if let first = target.first { s.selectedID = first.id }
    }

    static func ensureSelectionVisible(_ s: inout AppState) {
        if let id = s.selectedID, s.visible.contains(id) { return }
        s.selectedID = s.visible.first?.id ?? s.selectedID
    }

    static func scrollDetail(_ s: inout AppState, _ delta: Int) {
        guard var d = s.detail else { return }
        let maxScroll = max(0, DetailView.lineCount(s, width: s.width) - DetailView.viewport(height: s.height))
        d.scroll = max(0, min(maxScroll, d.scroll + delta))
        s.detail = d
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
        // The best match is selected as the user types.
        if let id = s.selectedID, s.visible.contains(id), s.search.isEmpty { return }
        s.selectedID = s.visible.first?.id ?? s.selectedID
    }

    // MARK: Help overlay

    static func helpCommand(_ s: inout AppState, _ c: Command) {
        let maxScroll = max(0, HelpOverlay.lines(s.language, shared: s.shared, width: HelpOverlay.innerWidth(s.width)).count - HelpOverlay.viewport(height: s.height))
        let current = s.helpScroll ?? 0
        switch c {
        case .moveDown: s.helpScroll = min(maxScroll, current + 1)
        case .moveUp: s.helpScroll = max(0, current - 1)
        case .pageDown: s.helpScroll = min(maxScroll, current + HelpOverlay.viewport(height: s.height) - 1)
        case .pageUp: s.helpScroll = max(0, current - HelpOverlay.viewport(height: s.height) + 1)
        case .closeHelp: s.helpScroll = nil
        default: break
        }
    }
}
