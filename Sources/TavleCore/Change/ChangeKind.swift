/// Every kind of change a person can make to a youth, with its journal word: one table, which
/// the journal, the undo messages, the log and the front-end equivalence test all read. The
/// command line names its commands after these words.
public enum ChangeKind: String, Choice {
    case intensive, caseManagement = "case-management", evaluate, status, note, contact, plan
    case crisisPlan = "crisis-plan", order, reviewed, discharge, set, consent, service, handover, documented
    /// A decision made in the morning meeting (a decision note, recorded in the meeting too).
    case decision
    /// A school or work status (`tavle school`).
    case school
    /// One of the youth's own goals added or reached (`tavle goal`).
    case goal
    /// A person added to or removed from the youth's family and network (`tavle network`).
    case network
    /// The four questions answered in the morning meeting (`tavle meeting discuss --safety …`).
    case answers
    public static let labelPrefix = "change"

    /// Whether the terminal board can make this kind of change (so the equivalence test must
    /// cover it: the board and the command line must write the same files and journal entries).
    /// Every kind has a key now (issue 18); a new kind must say here whether it has one.
    public var hasBoardPath: Bool {
        switch self {
        case .intensive, .caseManagement, .evaluate, .status, .note, .contact, .plan, .crisisPlan, .order, .reviewed, .discharge,
             .set, .consent, .service, .handover, .documented, .decision, .school, .goal, .network, .answers: true
        }
    }
}

/// What the journal says for writes that are not a person's change to one youth.
public enum JournalAction {
    public static let create = "create"
    public static let undo = "undo"
    /// A youth's label got its number because another youth with the same initials arrived.
    public static let label = "label"
}
