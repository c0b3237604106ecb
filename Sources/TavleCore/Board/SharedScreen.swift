/// What the shared screen (the projector at the morning meeting, `tavle --shared`) may show of a
/// youth: one list, read by every view of the board in shared mode, and checked by a test that
/// renders every view on the demo (`SharedScreenLeakTests`).
public enum SharedScreen {
    /// What a view can show of a youth.
    public enum Item: CaseIterable, Sendable {
        // Shown: enough to run the meeting, nothing that names the youth to a passer-by.
        case label, age, status, mode, phase, boardPeriod, dueReasons, flags, staffInitials, planTimes,
             whereabouts, domains, intake, crisisPlanDate, orderExpiry, consentState, handoverGaps, decisionState,
             lastContact, meetingCoverage
        /// The school or work status word (never its note or history).
        case schoolStatus
        /// A contact's arena word (home, school …).
        case contactArena
        // Never shown.
        case fullName, birthDate, referral, otherServices, staffNames, freeText, places, orderKind
        /// The municipality: in a small municipality, with the initials, it can name the youth.
        case municipality
        /// The school or work history, with its days and notes.
        case schoolHistory
        /// The family and network: third parties' names, phones, who may be told what.
        case network
        /// The four questions' answers (what is needed, and each ok or concern).
        case answers
    }

    /// The items the shared screen shows; everything else stays off it.
    public static let shown: Set<Item> = [
        .label, .age, .status, .mode, .phase, .boardPeriod, .dueReasons, .flags, .staffInitials, .planTimes,
        .whereabouts, .domains, .intake, .crisisPlanDate, .orderExpiry, .consentState, .handoverGaps, .decisionState,
        .lastContact, .meetingCoverage, .schoolStatus, .contactArena,
    ]

    /// Whether a screen, shared or not, may show `item`.
    public static func allows(_ item: Item, shared: Bool) -> Bool { !shared || shown.contains(item) }
}
