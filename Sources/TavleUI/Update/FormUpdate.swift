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
        case .nextField: f.focus = f.nextShown(after: f.focus) ?? f.focus
        case .previousField: f.focus = f.previousShown(before: f.focus) ?? f.focus
        case .cursorLeft: f.editFocused({ $0.moveLeft() }, step: -1)
        case .cursorRight: f.editFocused({ $0.moveRight() }, step: 1)
        case .cursorHome: f.editFocused { $0.moveHome() }
        case .cursorEnd: f.editFocused { $0.moveEnd() }
        case .deleteBackward: f.editFocused { $0.deleteBackward() }
        case .deleteForward: f.editFocused { $0.deleteForward() }
        case .clearField: f.editFocused { $0.clear() }
        case .submit:
            if let next = f.nextShown(after: f.focus) {
                f.focus = next
            } else {
                submit(&s, &f, &effects)
                if s.form == nil { return }
            }
        default: break
        }
        clearErrorOnceValid(&f, FormContext(s))
        s.form = f
    }

    /// Enter in the last field: what was typed goes to the core as its change value (or the
    /// dialog says what to fix, with the cursor on that field).
    static func submit(_ s: inout AppState, _ f: inout Form, _ effects: inout [Effect]) {
        switch f.submission(FormContext(s)) {
        case .success(let what):
            f.error = nil
            f.errorField = nil
            switch what {
            case .youth(let id, let basedOn, let change):
                f.youthID = id
                f.basedOn = basedOn
                effects.append(.save(SaveRequest(youthID: id, basedOn: basedOn, change: change, meeting: s.meetingDayForChanges)))
            case .create(let draft):
                effects.append(.create(draft))
            case .rota(let change):
                effects.append(.rota(change))
            case .meeting(let request):
                effects.append(.meeting(request))
            case .referral(let request):
                effects.append(.referral(request))
            case .unchanged:
                s.form = nil
                s.message = StatusMessage(Texts.text(.msgUnchanged, s.language))
                return
            }
            s.form = f
        case .failure(let problem):
            f.error = problem.text(s.language)
            let field = problem.field ?? f.field(for: problem.message.key)
            f.errorField = field
            if let id = field, let i = f.fields.firstIndex(where: { $0.id == id }), f.isShown(i) { f.focus = i }
            s.form = f
        }
    }

    /// A typed character goes into the focused text field; Space steps a choice field, and a
    /// digit picks that option of a choice (`1`, `2`, `3` for the three statuses).
    static func insert(_ s: inout AppState, _ ch: Character) {
        guard var f = s.form else { return }
        if ch == " ", f.toggleFocused() { s.form = f; return }
        let pick = ch.wholeNumberValue.flatMap { n -> Int? in
            guard case .choice = f.focusedField?.value else { return nil }
            return n
        }
        f.editFocused({ $0.insert(ch) }, step: ch == " " ? 1 : 0, pick: pick)
        clearErrorOnceValid(&f, FormContext(s))
        s.form = f
    }

    /// An error under a field goes as soon as that field is valid (the dialog checks again after
    /// each edit); an error about the save itself (a conflict) stays until the next attempt.
    static func clearErrorOnceValid(_ f: inout Form, _ c: FormContext) {
        guard f.error != nil, let field = f.errorField else { return }
        if case .failure(let problem) = f.submission(c), (problem.field ?? f.field(for: problem.message.key)) == field { return }
        f.error = nil
        f.errorField = nil
    }
}
