import TavleCore

/// Keys in an open dialog: typing, moving between fields, saving and cancelling.
enum FormUpdate {
    static func command(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        guard var f = s.form else { return }
        switch c {
        case .cancel:
            s.form = nil
            if f.kind == .endMeeting { s.meeting.confirmEnd = nil }
            s.message = StatusMessage(Texts.text(.msgCancelled, s.language))
            // Esc on a restored draft means the user does not want it any more.
            if let d = s.draft, d.youthID == f.youthID, d.kind == f.kind {
                s.draft = nil
                effects.append(.discardDraft)
            }
            return
        case .nextField: f.focus = min(f.fields.count - 1, f.focus + 1)
        case .previousField: f.focus = max(0, f.focus - 1)
        case .cursorLeft: f.editFocused({ $0.moveLeft() }, step: -1)
        case .cursorRight: f.editFocused({ $0.moveRight() }, step: 1)
        case .cursorHome: f.editFocused { $0.moveHome() }
        case .cursorEnd: f.editFocused { $0.moveEnd() }
        case .deleteBackward: f.editFocused { $0.deleteBackward() }
        case .deleteForward: f.editFocused { $0.deleteForward() }
        case .clearField: f.editFocused { $0.clear() }
        case .submit:
            if !f.isOnLastField {
                f.focus += 1
            } else if f.kind.isMeeting {
                s.form = f
                MeetingUpdate.submit(&s, f, &effects)
                return
            } else {
                switch f.change(today: s.board.today) {
                case .success(let change):
                    f.error = nil
                    f.errorField = nil
                    effects.append(.save(SaveRequest(youthID: f.youthID, basedOn: f.basedOn, change: change,
                                                     meeting: s.meetingDayForChanges)))
                case .failure(let problem):
                    f.error = problem.message.text(s.language)
                    f.errorField = problem.field
                    if let id = problem.field, let i = f.fields.firstIndex(where: { $0.id == id }) { f.focus = i }
                }
            }
        default: break
        }
        clearErrorOnceValid(&f, today: s.board.today)
        s.form = f
    }

    /// A typed character goes into the focused text field; Space steps a choice field.
    static func insert(_ s: inout AppState, _ ch: Character) {
        guard var f = s.form else { return }
        if ch == " ", f.toggleFocused() { s.form = f; return }
        f.editFocused({ $0.insert(ch) }, step: ch == " " ? 1 : 0)
        clearErrorOnceValid(&f, today: s.board.today)
        s.form = f
    }

    /// An error under a field goes as soon as that field is valid (the dialog checks again after
    /// each edit); an error about the save itself (a conflict) stays until the next attempt.
    static func clearErrorOnceValid(_ f: inout Form, today: Day) {
        guard f.error != nil, let field = f.errorField else { return }
        if case .failure(let problem) = f.change(today: today), problem.field == field { return }
        f.error = nil
        f.errorField = nil
    }
}
