/// What a key asks for. The keymap maps keys to commands; `update` gives them meaning in the
/// current context (↓ moves the selection on the board and scrolls in the detail view).
/// Whether a command may run now (read-only, shared screen, nothing selected) is the binding's
/// policy in the keymap, not the command's.
public enum Command: String, Sendable, Hashable, CaseIterable {
    // Moving
    case moveDown, moveUp, pageDown, pageUp, first, last, switchGroup, openDetail, back
    // Changing a youth
    case toggleIntensive, chooseStatus, addNote, logContact, setPlan, markReviewed, undo
    /// The crisis plan (date, out-of-hours contact) and the board period's evaluation.
    case crisisPlan, evaluatePeriod
    /// In the detail view: consent, the handover, orders, other services, a field, discharge.
    case consent, handover, orders, services, editField, discharge
    /// In the detail view: one of the youth's own goals (issue 23).
    case addGoal
    /// The youth's family and network: a person added or removed (`N` in the detail view).
    case network
    /// Taking in a new youth, and a one-off change to the rota (tonight's on-call).
    case addYouth, rotaChange
    // Looking
    case search, filterDue, toggleNames, help, redraw, quit
    /// `M`: one municipality at a time, then everyone; `W`: school or work for the youth.
    case filterMunicipality, schoolWork
    // The morning meeting, the day plan and the team's numbers
    case meeting, dayPlan, stats
    /// `L`: each member's caseload and the referral queue; there, `+` puts a referral in the queue
    /// and `R` decides one.
    case caseload, addReferral, decideReferral
    /// `F`: the fidelity evidence (issue 24), the figures `tavle fidelity` prints, with bar charts.
    case fidelity
    /// In the meeting: mark the youth under discussion as discussed and go on to the next.
    case discussedNext
    /// In the meeting: the four questions answered for the youth under discussion (then discussed).
    case fourQuestions
    case recordDecision, endMeeting
    /// In the detail view: mark a decision as written into the patient record.
    case markDocumented
    // Text entry and dialogs
    case submit, cancel, nextField, previousField, cursorLeft, cursorRight, cursorHome, cursorEnd
    case deleteBackward, deleteForward, clearField, insertCharacter
    // The help overlay
    case closeHelp
    // The mouse: what is under the pointer is selected (a row, a group, a field, a key hint),
    // or selected and opened; the wheel scrolls whatever is on screen.
    case pointSelect, pointOpen, wheelDown, wheelUp
}

/// Where the user is, which decides what a key means.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case board, detail, search, form, help
    /// The morning meeting (`m`), the day plan (`d`) and the team's numbers (`S`).
    case meeting, dayPlan, stats
    /// Each member's caseload and the referral queue (`L`).
    case caseload
    /// The fidelity evidence (`F`).
    case fidelity
    /// The minutes of today's meeting once it has ended (`m` then), with the decisions still to
    /// be written into the patient record.
    case minutes
    /// The terminal is smaller than the board needs: only quitting and redrawing mean anything,
    /// so no key lands unseen in a hidden dialog.
    case tooSmall
}
