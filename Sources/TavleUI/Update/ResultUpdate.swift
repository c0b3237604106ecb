import TavleCore

/// What the glue reports back: loads, saves, conflicts, undo, drafts.
enum ResultUpdate {
    static func apply(_ s: inout AppState, _ action: Action, _ effects: inout [Effect]) {
        let lang = s.language
        switch action {
        case .resize(let w, let h):
            // Scroll positions are clamped by the next frame, which reports the new limits.
            s.width = w
            s.height = h
        case .boardLoaded(let board):
            s.replaceBoard(board)
            // Readable again (the runner says so again straight after, if it still is not).
            s.upgradeNotice = nil
        case .rotaLoaded(let rota):
            s.rota = rota
        case .boardFailed(let text):
            s.message = StatusMessage(text, isError: true)
        case .detailLoaded(let y):
            if var d = s.detail, d.youthID == y.id {
                d.youth = y
                s.detail = d
            }
        case .detailFailed(let text):
            s.mode = .board
            s.detail = nil
            s.message = StatusMessage(text, isError: true)
        case .saved(let req):
            if let f = s.form, f.youthID == req.youthID {
                s.form = nil
                if let d = s.draft, d.youthID == f.youthID, d.kind == f.kind {
                    s.draft = nil
                    effects.append(.discardDraft)
                }
            }
            s.message = StatusMessage(savedText(req, s) + " " + Texts.text(.msgUndoHint, lang))
            reloadAfterChange(s, req.youthID, &effects)
            if s.mode == .minutes, let day = s.minutes.record?.day { effects.append(.loadMinutes(day)) }
        case .saveFailed(let failure):
            let name = s.board.entry(failure.youthID).map { s.label($0.youth) } ?? failure.youthID
            if var f = s.form, f.youthID == failure.youthID {
                // The dialog stays open with everything typed; a retry is based on the new version.
                if let v = failure.currentVersion { f.basedOn = v }
                // A refusal about one field (no plan) goes back to that field and clears once it is
                // filled in; a conflict is about the save itself and stays.
                f.errorField = nil
                if let key = failure.refusal, let id = f.field(for: key), let i = f.fields.firstIndex(where: { $0.id == id }) {
                    f.focus = i
                    f.errorField = id
                }
                f.error = failure.conflict.map {
                    Texts.text(.conflictForm, lang, [$0.by, fieldName($0.field, lang), name])
                } ?? failure.message
                s.form = f
            } else {
                s.message = StatusMessage(failure.conflict.map {
                    Texts.text(.conflictDirect, lang, [$0.by, fieldName($0.field, lang), name])
                } ?? failure.message, isError: true)
            }
            reloadAfterChange(s, failure.youthID, &effects)
        case .undone(let text):
            s.message = StatusMessage(text)
            effects.append(.reload)
            if s.mode == .detail, let d = s.detail { effects.append(.refreshDetail(d.youthID)) }
            if s.mode == .minutes, let day = s.minutes.record?.day { effects.append(.loadMinutes(day)) }
        case .created(let y):
            if s.form?.kind == .addYouth { s.form = nil }
            s.selectedID = y.id
            s.message = StatusMessage(Texts.text(.savedCreated, lang, [s.hidesText ? y.label : y.name + " (" + y.label + ")"]) + " "
                                      + Texts.text(.msgUndoHint, lang))
            effects.append(.reload)
        case .rotaChanged(let rota):
            s.rota = rota
            if s.form?.kind == .rotaChange { s.form = nil }
            if let c = rota.changes.last {
                let team = s.board.team
                let who = { (id: StaffID?) in id.map { team.tag($0) } ?? Texts.text(.formNobody, lang) }
                s.message = StatusMessage(Texts.text(.savedRota, lang, [c.shift.label(lang), Dates.short(c.day), who(c.staff), who(c.replacing)]))
            }
        case .requestFailed(let text, let refusal):
            if var f = s.form, [.addYouth, .rotaChange, .addReferral, .decideReferral].contains(f.kind) {
                f.error = text
                f.errorField = nil
                if let key = refusal, let id = f.field(for: key), let i = f.fields.firstIndex(where: { $0.id == id }), f.isShown(i) {
                    f.focus = i
                    f.errorField = id
                }
                s.form = f
            } else {
                s.message = StatusMessage(text, isError: true)
            }
        case .minutesLoaded(let m):
            if s.mode == .minutes { s.minutes.record = m }
        case .minutesFailed(let text):
            if s.mode == .minutes { s.mode = .board }
            s.message = StatusMessage(text, isError: true)
        case .undoFailed(let text):
            s.message = StatusMessage(text, isError: true)
        case .draftFound(let d):
            s.draft = d
            let who = s.board.entry(d.youthID).map { s.label($0.youth) } ?? d.youthID
            s.message = StatusMessage(Texts.text(.draftFound, lang, [who, d.saved.map(Dates.shortDateTime) ?? "?"]))
        case .notice(let text, let isError):
            s.message = StatusMessage(text, isError: isError)
        case .clock(let t):
            s.now = t
            if let m = s.message, let at = m.shownAt, t.seconds - at.seconds >= m.lifetime { s.message = nil }
        case .meetingLoaded, .meetingDone, .meetingNeedsConfirmation, .meetingFailed:
            MeetingUpdate.result(&s, action, &effects)
        case .statsLoaded(let st):
            s.stats = st
        case .statsFailed(let text):
            s.message = StatusMessage(text, isError: true)
        case .caseloadLoaded(let page):
            s.caseload = page
        case .fidelityLoaded(let report):
            s.fidelity = report
        case .referralDone(let text):
            if s.form?.kind == .addReferral || s.form?.kind == .decideReferral { s.form = nil }
            s.message = StatusMessage(text)
            effects.append(.reload)
            if s.mode == .caseload { effects.append(.loadCaseload) }
        case .undocumentedLoaded(let map):
            s.undocumented = map
        case .dataNewer(let text):
            s.upgradeNotice = text
        case .command, .insert, .pointer, .viewed:
            break
        }
    }

    static func reloadAfterChange(_ s: AppState, _ id: String, _ effects: inout [Effect]) {
        effects.append(.reload)
        if s.mode == .detail, s.detail?.youthID == id { effects.append(.refreshDetail(id)) }
    }

    /// The field's name in the user's words (`status` → "status", `crisisPlan` → "kriseplanen").
    static func fieldName(_ field: String, _ lang: Language) -> String { Texts.text(YouthField.key(field), lang) }

    /// What the status line says after a save: who was changed (full name and label, unless
    /// names are hidden) and what was done.
    static func savedText(_ req: SaveRequest, _ s: AppState) -> String {
        let lang = s.language
        let name = s.board.entry(req.youthID).map { e in
            s.hidesText ? s.label(e.youth) : e.youth.name + " (" + (s.labels[e.id] ?? e.youth.initials) + ")"
        } ?? req.youthID
        switch req.change {
        case .putOnBoard(let reason, _, let evaluate):
            return Texts.text(.savedPutOnBoard, lang, [name, reason.label(lang), evaluate.map(Dates.short) ?? ""])
        case .takeOffBoard: return Texts.text(.savedTakeOffBoard, lang, [name])
        case .status(let st, _): return Texts.text(.savedStatus, lang, [name, st.symbol + " " + st.label(lang)])
        case .note(_, let kind): return Texts.text(.savedNote, lang, [kind.label(lang), name])
        case .contact(_, let kind, _, _, _, _, _): return Texts.text(.savedContact, lang, [name, kind.label(lang)])
        case .plan(let day, let staff, let time, _):
            let who = s.board.team.tag(staff)
            let at = (try? Input.clock(time)) ?? time
            if let day, day != s.board.today { return Texts.text(.savedPlanDay, lang, [name, who, at, Dates.weekdayAndDate(day, lang)]) }
            return Texts.text(.savedPlan, lang, [name, who, at])
        case .discharge: return Texts.text(.savedDischarge, lang, [name])
        case .reviewed: return Texts.text(.savedReviewed, lang, [name])
        case .decision: return Texts.text(.savedDecision, lang, [name])
        case .documented: return Texts.text(.savedDocumented, lang, [name])
        default: return Texts.text(.savedOther, lang, [req.change.kind.label(lang), name])
        }
    }
}
