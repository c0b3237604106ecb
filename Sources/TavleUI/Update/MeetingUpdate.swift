import TavleCore

/// The morning meeting in `update`: opening it (`m`), walking the agenda, and what the store
/// reports back. The chair's board moves the discussion; the shared screen only follows it.
enum MeetingUpdate {
    /// `m`: into today's meeting, or the start dialog when none is held yet.
    static func open(_ s: inout AppState, _ effects: inout [Effect]) {
        let lang = s.language
        guard let m = s.meeting.record else {
            if s.shared { s.message = StatusMessage(Texts.text(.meetingNoneShared, lang)); return }
            if let reason = s.refusal { s.message = StatusMessage(reason, isError: true); return }
            s.form = Form.startMeeting(team: s.board.team, actor: s.actorStaff)
            return
        }
        if !m.isOpen {
            // One meeting a day: once it has ended, `m` shows its minutes.
            openMinutes(&s, m.day, &effects)
            return
        }
        enter(&s)
        if s.shared { s.meeting.sharedStayOnBoard = false; return }
        if s.meeting.currentID == nil { moveTo(&s, s.agenda.next?.id, &effects) }
    }

    /// The minutes of the meeting held on `day` (loaded by the glue from the core).
    static func openMinutes(_ s: inout AppState, _ day: Day, _ effects: inout [Effect]) {
        s.mode = .minutes
        s.detail = nil
        s.minutes = MinutesState()
        effects.append(.loadMinutes(day))
    }

    static func enter(_ s: inout AppState) {
        if s.mode != .meeting { s.returnMode = s.mode == .detail ? .board : s.mode }
        s.mode = .meeting
        s.detail = nil
    }

    /// The chair moves the discussion to `id` (nil: nobody); the shared screen follows.
    static func moveTo(_ s: inout AppState, _ id: String?, _ effects: inout [Effect]) {
        guard id != s.meeting.currentID else { return }
        s.meeting.currentID = id
        s.meeting.agendaTop = nil
        s.meeting.since = s.now
        if s.meeting.isOpen, !s.shared { effects.append(.meeting(.setCurrent(id))) }
    }

    /// Keys in the meeting view (the keymap's policy has already refused what may not run:
    /// writes when read-only or after the end, choosing a youth on the shared screen).
    static func command(_ s: inout AppState, _ c: Command, _ effects: inout [Effect]) {
        let lang = s.language
        switch c {
        case .moveDown, .moveUp:
            let ids = s.agenda.items.map(\.id)
            guard !ids.isEmpty else { return }
            let i = s.meeting.currentID.flatMap { ids.firstIndex(of: $0) } ?? -1
            let j = c == .moveDown ? min(ids.count - 1, i + 1) : max(0, i - 1)
            moveTo(&s, ids[j], &effects)
        case .discussedNext:
            guard let id = s.meeting.currentID else {
                s.message = StatusMessage(Texts.text(.meetingNobodyCurrent, lang))
                return
            }
            effects.append(.meeting(.discussed(youth: id)))
        case .recordDecision:
            guard let e = s.currentEntry else { s.message = StatusMessage(Texts.text(.meetingNobodyCurrent, lang)); return }
            s.form = Form.decision(e)
        case .fourQuestions:
            guard let e = s.currentEntry else { s.message = StatusMessage(Texts.text(.meetingNobodyCurrent, lang)); return }
            s.form = Form.answers(e, today: s.board.today, lang: lang)
        case .setPlan, .chooseStatus, .toggleIntensive, .crisisPlan, .evaluatePeriod, .markReviewed:
            guard s.currentEntry != nil else { s.message = StatusMessage(Texts.text(.meetingNobodyCurrent, lang)); return }
            BoardApp.boardCommand(&s, c, &effects)
        case .endMeeting:
            effects.append(.meeting(.end(confirm: false)))
        case .back:
            s.mode = .board
            if s.shared { s.meeting.sharedStayOnBoard = true }
        case .dayPlan:
            BoardApp.openPage(&s, .dayPlan, &effects)
        default:
            BoardApp.boardCommand(&s, c, &effects)
        }
    }

    /// What the store reported about the meeting.
    static func result(_ s: inout AppState, _ action: Action, _ effects: inout [Effect]) {
        let lang = s.language
        switch action {
        case .meetingLoaded(let m, let current):
            s.meeting.record = m
            if s.shared {
                // The shared screen follows the chair: the meeting view while it is open, the
                // youth the chair's board says is under discussion.
                s.meeting.currentID = m?.isOpen == true ? current?.youth : nil
                s.meeting.since = current?.since
                if m?.isOpen == true, s.mode == .board, !s.meeting.sharedStayOnBoard, s.help == nil { s.mode = .meeting }
                if m?.isOpen != true, s.mode == .meeting { s.mode = .board; s.meeting.sharedStayOnBoard = false }
            } else if m?.isOpen == true, s.meeting.currentID == nil, let c = current {
                // The chair's board reopened mid-meeting: carry on with the same youth.
                s.meeting.currentID = c.youth
                s.meeting.since = c.since
            }
        case .meetingDone(let req, let m):
            s.meeting.record = m
            switch req {
            case .start:
                s.form = nil
                enter(&s)
                s.meeting.currentID = nil
                moveTo(&s, s.agenda.next?.id, &effects)
                s.message = StatusMessage(Texts.text(.meetingStarted, lang, [String(m.minutes), s.agenda.progress(lang)]))
            case .discussed(let id, _):
                if s.form?.kind == .answers { s.form = nil }
                let seconds = m.events.last { $0.kind == .discussed && $0.youth == id }?.seconds ?? 0
                let name = s.board.entry(id).map { s.label($0.youth) } ?? id
                let next = s.agenda.next?.id
                moveTo(&s, next, &effects)
                if next == nil { s.meeting.since = nil }
                s.message = StatusMessage(Texts.text(next == nil ? .meetingDiscussedLast : .meetingDiscussed, lang,
                                                         [name, duration(seconds, lang), s.agenda.progress(lang)]))
            case .end:
                s.form = nil
                s.meeting.confirmEnd = nil
                s.meeting.currentID = nil
                s.meeting.since = nil
                // After the meeting: its minutes, with what must go into the patient record.
                openMinutes(&s, m.day, &effects)
                let covered = m.coveredEveryBoardYouth
                s.message = StatusMessage(Texts.text(.meetingEnded, lang, [m.ended?.clock ?? ""]) + " "
                    + Texts.text(covered ? .meetingEndedAll : .meetingEndedMissing, lang, [String(m.undiscussed.count)]))
            case .setCurrent:
                break
            }
        case .meetingNeedsConfirmation(let ids):
            s.meeting.confirmEnd = ids
            s.form = Form.endMeeting()
        case .meetingFailed(let text):
            if var f = s.form, f.kind.isMeeting || f.kind == .answers {
                f.error = text
                s.form = f
            } else {
                s.message = StatusMessage(text, isError: true)
            }
        default: break
        }
    }

    /// `1 min 20 s`
    static func duration(_ seconds: Int, _ lang: Language) -> String {
        Texts.text(.meetingSeconds, lang, [String(seconds / 60), String(seconds % 60)])
    }
}
