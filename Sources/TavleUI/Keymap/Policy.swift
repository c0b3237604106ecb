import TavleCore

/// Which hints stay in the key-hint bar when not all fit: the essential ones first, then the
/// common ones, then the rest. They are shown in keymap order all the same.
public enum HintPriority: Int, Sendable, Comparable {
    case essential, common, extra
    public static func < (a: HintPriority, b: HintPriority) -> Bool { a.rawValue < b.rawValue }
}

/// What the shared screen in the meeting room does with a binding.
public enum SharedScreenRule: Sendable, Equatable {
    case allowed
    /// Refused on the shared screen, with the catalog key of why: hidden from the hint bar and
    /// marked in the `?` overlay.
    case refused(TextKey)
    /// For the pointer: on the shared screen a click only selects; what the binding would open or
    /// run does not happen (someone brushing the mouse must not change what the room sees).
    case selectOnly
}

/// What a binding needs before it can run. An unmet need is the binding's disabled reason: the
/// key is refused with it and its hint is left out of the bar.
public enum Need: Sendable, Equatable {
    /// A youth to act on: the board's selection or the detail view's youth.
    case selection
    /// Today's morning meeting is open (started and not ended).
    case openMeeting
    /// Someone is under discussion in the meeting.
    case youthUnderDiscussion
    /// The youth the keys act on is on the board (a board period to evaluate).
    case onBoard
    /// A decision not yet marked as written into the patient record: the detail view's youth's,
    /// or in the minutes one of the meeting's.
    case openDecision
    /// Today's meeting can be opened from here: it is held (its view, or its minutes once ended),
    /// or this board may start it (not the shared screen, not read-only).
    case meetingAvailable
    /// A referral waits in the queue (the `L` page, loaded).
    case referralWaiting

    func unmet(in s: AppState) -> Refusal? {
        let lang = s.language
        switch self {
        case .selection:
            return s.currentEntry == nil ? Refusal(Texts.text(.msgNoSelection, lang), isError: false) : nil
        case .openMeeting:
            return s.meeting.isOpen ? nil : Refusal(Texts.text(.meetingIsEnded, lang), isError: true)
        case .youthUnderDiscussion:
            return s.currentEntry == nil ? Refusal(Texts.text(.meetingNobodyCurrent, lang), isError: false) : nil
        case .onBoard:
            guard let e = s.currentEntry, e.youth.mode != .intensive else { return nil }
            return Refusal(Texts.text(.msgNotOnBoard, lang, [s.label(e.youth)]), isError: false)
        case .openDecision:
            if s.mode == .minutes {
                guard let m = s.minutes.record else { return Refusal(Texts.text(.minutesLoading, lang), isError: false) }
                return m.pending.isEmpty ? Refusal(Texts.text(.minutesAllDocumented, lang), isError: false) : nil
            }
            guard let y = s.detail?.youth else { return Refusal(Texts.text(.detailLoading, lang), isError: false) }
            let open = y.shownNotes.contains { $0.kind == .decision && $0.documented == nil }
            return open ? nil : Refusal(Texts.text(.msgAllDocumented, lang, [s.label(y)]), isError: false)
        case .meetingAvailable:
            if s.meeting.record != nil { return nil }
            if s.shared { return Refusal(Texts.text(.meetingNoneShared, lang), isError: false) }
            return s.refusal.map { Refusal($0, isError: true) }
        case .referralWaiting:
            guard let page = s.caseload else { return Refusal(Texts.text(.statsLoading, lang), isError: false) }
            return page.waiting.isEmpty ? Refusal(Texts.text(.referralsNone, lang), isError: false) : nil
        }
    }
}

/// Why a key does nothing now, as the status line says it.
public struct Refusal: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool) { self.text = text; self.isError = isError }
}

extension Binding {
    /// Why the binding may not run in this state, or nil when it may (lazygit's disabled reason).
    /// The shared screen's rule comes first, then read-only (a write), then the binding's needs.
    public func refusal(in s: AppState) -> Refusal? {
        if s.shared, case .refused(let key) = shared { return Refusal(Texts.text(key, s.language), isError: true) }
        if writes, let reason = s.refusal { return Refusal(reason, isError: true) }
        for need in needs { if let r = need.unmet(in: s) { return r } }
        return nil
    }

    /// Never runs on the shared screen (a write, or refused there): marked so in the `?` overlay.
    public var refusedOnSharedScreen: Bool {
        if writes { return true }
        if case .refused = shared { return true }
        return false
    }
}
