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
        case .contact(_, let kind, _, _, _): return Texts.text(.savedContact, lang, [name, kind.label(lang)])
        case .plan(_, let staff, let time, _):
            let who = s.board.team.tag(staff)
            return Texts.text(.savedPlan, lang, [name, who, (try? Input.clock(time)) ?? time])
        case .reviewed: return Texts.text(.savedReviewed, lang, [name])
        case .decision: return Texts.text(.savedDecision, lang, [name])
        case .documented: return Texts.text(.savedDocumented, lang, [name])
        default: return Texts.text(.savedOther, lang, [req.change.kind.label(lang), name])
        }
    }
}
