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
            s.message = StatusMessage(savedText(req, s) + " " + UIStrings.text("msg.undoHint", lang))
            reloadAfterChange(s, req.youthID, &effects)
        case .saveFailed(let failure):
            let name = s.board.entry(failure.youthID).map { s.label($0.youth) } ?? failure.youthID
            if var f = s.form, f.youthID == failure.youthID {
                // The dialog stays open with everything typed; a retry is based on the new version.
                if let v = failure.currentVersion { f.basedOn = v }
                f.errorField = nil
                f.error = failure.conflict.map {
                    UIStrings.text("conflict.form", lang, [$0.by, fieldName($0.field, lang), name])
                } ?? failure.message
                s.form = f
            } else {
                s.message = StatusMessage(failure.conflict.map {
                    UIStrings.text("conflict.direct", lang, [$0.by, fieldName($0.field, lang), name])
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
            s.message = StatusMessage(UIStrings.text("draft.found", lang, [who, d.saved.map(Dates.shortDateTime) ?? "?"]))
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

    /// The field's name in the user's words (`status` → "status", `mode` → "tavle/casemanagement").
    static func fieldName(_ field: String, _ lang: Language) -> String {
        let key = "field." + field
        let text = UIStrings.text(key, lang)
        return text == key ? field : text
    }

    static func savedText(_ req: SaveRequest, _ s: AppState) -> String {
        let lang = s.language
        let name = s.board.entry(req.youthID).map { s.label($0.youth) } ?? req.youthID
        switch req.change {
        case .putOnBoard(let reason, _, let evaluate):
            return UIStrings.text("saved.putOnBoard", lang, [name, reason.label(lang), Dates.short(evaluate)])
        case .takeOffBoard: return UIStrings.text("saved.takeOffBoard", lang, [name])
        case .setStatus(let st): return UIStrings.text("saved.status", lang, [name, st.symbol + " " + st.label(lang)])
        case .addNote(_, let kind): return UIStrings.text("saved.note", lang, [kind.label(lang), name])
        case .addContact(_, let kind, _): return UIStrings.text("saved.contact", lang, [name, kind.label(lang)])
        case .setPlan(let staff, let time, _):
            let who = s.board.team.member(staff)?.initials ?? staff
            return UIStrings.text("saved.plan", lang, [name, who, time])
        case .markReviewed: return UIStrings.text("saved.reviewed", lang, [name])
        case .recordDecision: return UIStrings.text("saved.decision", lang, [name])
        case .markDocumented: return UIStrings.text("saved.documented", lang, [name])
        }
    }
}
