import TavleCore

/// A change to one youth, as the board asks for it. The glue turns it into a call of the core's
/// action (putOnBoard, addNote …) inside `Store.updateYouth`, journaled and conflict-checked.
public enum Change: Sendable, Equatable {
    case putOnBoard(reason: BoardReason, plan: String, evaluate: Day)
    case takeOffBoard(note: String?)
    case setStatus(Status)
    case addNote(text: String, kind: NoteKind)
    case addContact(with: ContactWith, kind: ContactKind, note: String?)
    case setPlan(staff: StaffID, time: String, place: String?)
    case markReviewed

    /// The journal's action word (the same words the command line uses).
    public var journalAction: String {
        switch self {
        case .putOnBoard: "intensive"
        case .takeOffBoard: "case-management"
        case .setStatus: "status"
        case .addNote: "note"
        case .addContact: "contact"
        case .setPlan: "plan"
        case .markReviewed: "review"
        }
    }
}

/// A save the board asks the glue to make.
public struct SaveRequest: Sendable, Equatable {
    public var youthID: String
    /// The version the user saw: a field changed by someone else since is a conflict.
    public var basedOn: Int
    public var change: Change
    public init(youthID: String, basedOn: Int, change: Change) {
        self.youthID = youthID; self.basedOn = basedOn; self.change = change
    }
}

/// Work `update` asks for and the glue does (the only impure part of the board).
public enum Effect: Sendable, Equatable {
    case save(SaveRequest)
    /// Load the board again (after a save, or when another process changed the data).
    case reload
    /// Load one youth in full for the detail view, as the user opens it (logged as a viewing).
    case loadDetail(String)
    /// Load the open detail view's youth again after a change (not a new viewing).
    case refreshDetail(String)
    /// Undo the user's own last change.
    case undo
    /// The draft has been used or thrown away: delete its file.
    case discardDraft
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case quit
}

/// Someone else changed the same field after the user read it.
public struct ConflictInfo: Sendable, Equatable {
    /// The field, as stored (`status`, `mode` …).
    public var field: String
    /// Who changed it, as the team knows them (name, or the staff id).
    public var by: String
    public init(field: String, by: String) { self.field = field; self.by = by }
}

/// Why a save did not happen.
public struct SaveFailure: Sendable, Equatable {
    public var youthID: String
    /// The core's message in the user's language.
    public var message: String
    public var conflict: ConflictInfo?
    /// The youth's version now, so a retry is based on what the user has now been shown.
    public var currentVersion: Int?
    public init(youthID: String, message: String, conflict: ConflictInfo? = nil, currentVersion: Int? = nil) {
        self.youthID = youthID; self.message = message; self.conflict = conflict; self.currentVersion = currentVersion
    }
}

/// Everything that can happen to the board: a key's command, typed text, and what the glue reports.
public enum Action: Sendable, Equatable {
    case command(Command)
    case insert(Character)
    case resize(width: Int, height: Int)
    case boardLoaded(Board)
    case boardFailed(String)
    case rotaLoaded(Rota)
    case detailLoaded(Youth)
    case detailFailed(String)
    case saved(SaveRequest)
    case saveFailed(SaveFailure)
    /// An undo was made; the text says what was undone.
    case undone(String)
    case undoFailed(String)
    case draftFound(Draft)
    /// A message from the glue for the status line.
    case notice(String, isError: Bool)
}
