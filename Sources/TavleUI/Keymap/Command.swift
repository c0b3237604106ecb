/// What a key asks for. The keymap maps keys to commands; `update` gives them meaning in the
/// current context (↓ moves the selection on the board and scrolls in the detail view).
public enum Command: String, Sendable, Hashable, CaseIterable {
    // Moving
    case moveDown, moveUp, pageDown, pageUp, first, last, switchGroup, openDetail, back
    // Changing a youth (refused on the shared screen and for users not on the team)
    case toggleIntensive, cycleStatus, addNote, logContact, setPlan, markReviewed, undo
    // Looking
    case search, filterDue, toggleNames, help, redraw, quit
    // The morning meeting, the day plan and the team's numbers
    case meeting, dayPlan, stats
    /// In the meeting: mark the youth under discussion as discussed and go on to the next.
    case discussedNext
    case recordDecision, endMeeting
    /// In the detail view: mark a decision as written into the patient record.
    case markDocumented
    // Text entry and dialogs
    case submit, cancel, nextField, previousField, cursorLeft, cursorRight, cursorHome, cursorEnd
    case deleteBackward, deleteForward, clearField, insertCharacter
    // The help overlay
    case closeHelp

    /// Commands that change data: refused, with a short message, when the board is read-only.
    public var changesData: Bool {
        switch self {
        case .toggleIntensive, .cycleStatus, .addNote, .logContact, .setPlan, .markReviewed, .undo,
             .discussedNext, .recordDecision, .endMeeting, .markDocumented: true
        default: false
        }
    }
}

/// Where the user is, which decides what a key means.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case board, detail, search, form, help
    /// The morning meeting (`m`), the day plan (`d`) and the team's numbers (`S`).
    case meeting, dayPlan, stats
}
