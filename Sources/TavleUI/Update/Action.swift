import TavleCore

/// A save the board asks the glue to make.
public struct SaveRequest: Sendable, Equatable {
    public var youthID: String
    /// The version the user saw: a field changed by someone else since is a conflict.
    public var basedOn: Int
    /// The core's change value: the board builds it, `Store.apply` validates, journals and writes it.
    public var change: YouthChange
    /// Made in the open meeting of this day: recorded in the meeting record as well.
    public var meeting: Day?
    public init(youthID: String, basedOn: Int, change: YouthChange, meeting: Day? = nil) {
        self.youthID = youthID; self.basedOn = basedOn; self.change = change; self.meeting = meeting
    }
}

/// Work `update` asks for and the glue does (the only impure part of the board).
public enum Effect: Sendable, Equatable {
    /// Reads every youth file: a page of the team's figures (it takes seconds on a region's data).
    public var readsEveryYouth: Bool {
        switch self {
        case .loadStats, .loadCaseload, .loadFidelity: true
        default: false
        }
    }

    case save(SaveRequest)
    /// Load the board again (after a save, or when another process changed the data).
    case reload
    /// Load one youth in full for the detail view, as the user opens it (logged as a viewing).
    case loadDetail(String)
    /// Load the open detail view's youth again after a change (not a new viewing).
    case refreshDetail(String)
    /// Undo the user's own last change.
    case undo
    /// Take in a new youth (`Store.createYouth` with the core's intake value).
    case create(Youth)
    /// A one-off change to the rota (`Store.addRotaChange`).
    case rota(RotaChangeRequest)
    /// Build the minutes of the meeting held that day (`Store.minutes`).
    case loadMinutes(Day)
    /// The draft has been used or thrown away: delete its file.
    case discardDraft
    /// Something about today's meeting: start, discussed, end, who is under discussion.
    case meeting(MeetingRequest)
    /// Compute the team's numbers (`S`).
    /// The team's numbers, narrowed to a municipality when the board is filtered by one (`M`).
    case loadStats(municipality: String?)
    /// Read each member's caseload and the referral queue (`L`).
    case loadCaseload
    /// Read the fidelity evidence of the last 12 months (`F`), narrowed as the board is.
    case loadFidelity(municipality: String?)
    /// Put a referral in the queue or decide one (`Store.apply(ReferralRequest)`).
    case referral(ReferralRequest)
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    case quit
}

/// What the board asks of the morning meeting in the store.
public enum MeetingRequest: Sendable, Equatable {
    /// `minutes`: this meeting's time box.
    case start(chair: StaffID, attendees: [StaffID], minutes: Int)
    /// The youth was discussed (the core measures the time spent), with what was answered or
    /// decided for them (`Q`: the four questions) as one change.
    case discussed(youth: String, changes: [YouthChange] = [])
    /// End the meeting; with `confirm`, record the undiscussed board youths as not discussed.
    case end(confirm: Bool)
    /// Who is under discussion, for the shared screen (not journaled).
    case setCurrent(String?)
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
    /// The core's refusal (its key tells the dialog which field to go back to).
    public var refusal: TextKey?
    public init(youthID: String, message: String, conflict: ConflictInfo? = nil, currentVersion: Int? = nil, refusal: TextKey? = nil) {
        self.youthID = youthID; self.message = message; self.conflict = conflict; self.currentVersion = currentVersion
        self.refusal = refusal
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
    /// A new youth was taken in.
    case created(Youth)
    /// The rota now, after the one-off change the board asked for.
    case rotaChanged(Rota)
    /// Taking in a youth or changing the rota was refused: the core's words, and its refusal's
    /// key (the dialog goes back to the field it is about).
    case requestFailed(String, refusal: TextKey?)
    case minutesLoaded(MeetingMinutes)
    case minutesFailed(String)
    case draftFound(Draft)
    /// A message from the glue for the status line.
    case notice(String, isError: Bool)
    /// The clock moved on (the meeting's countdown, time per youth).
    case clock(Timestamp)
    /// Today's meeting as stored (nil: none started) and the youth under discussion.
    case meetingLoaded(Meeting?, current: CurrentYouth?)
    /// A meeting request was carried out; the meeting as it is now.
    case meetingDone(MeetingRequest, Meeting)
    /// The end was refused until the chair confirms these undiscussed board youths.
    case meetingNeedsConfirmation([String])
    case meetingFailed(String)
    case statsLoaded(TeamStats)
    case statsFailed(String)
    case caseloadLoaded(CaseloadPage)
    case fidelityLoaded(FidelityReport)
    /// A referral was put in the queue or decided; the text says what happened.
    case referralDone(String)
    /// How many decisions are not written into the patient record in time, by youth id.
    case undocumentedLoaded(LateDecisions)
    /// The data was written by a newer tavle; the message says which file and what to do.
    case dataNewer(String)
    /// A mouse gesture's command, on the cell (x, y) of the last frame.
    case pointer(Command, x: Int, y: Int)
    /// What the frame just painted showed (scroll limits, page size, what is where).
    case viewed(ViewReport)
}
