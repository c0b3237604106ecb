import Foundation
import TavleCore

/// The dialogs, as they open for a youth, and how what was typed becomes a `Change`.
extension Form {
    static func text(_ id: String, _ label: TextKey, _ value: String = "", limit: Int = 2000) -> FormField {
        FormField(id: id, label: label, value: .text(TextField(value, limit: limit)))
    }

    static func choice<C: Choice>(_ id: String, _ label: TextKey, _ type: C.Type, selected: C, _ lang: Language) -> FormField {
        let options = C.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label(lang)) }
        let index = options.firstIndex { $0.value == selected.rawValue } ?? 0
        return FormField(id: id, label: label, value: .choice(options, index))
    }

    /// Going onto the board asks, in order, for the reason, the plan and the evaluation date.
    static func putOnBoard(_ e: BoardEntry, board: Board, lang: Language) -> Form {
        let y = e.youth
        let reason: BoardReason = y.status == .crisis ? .crisis
            : y.phase == .clarification ? .clarification
            : y.phase == .dischargePhase ? .discharge
            : e.isDue("new-intake") ? .intake : .vulnerable
        let evaluate = board.today.adding(days: board.team.rules.boardPeriodDays)
        return Form(kind: .putOnBoard, youthID: y.id, basedOn: y.version, fields: [
            choice("reason", .formReason, BoardReason.self, selected: reason, lang),
            text("plan", .formPlan),
            text("evaluate", .formEvaluate, evaluate.norwegian, limit: 10),
        ], focus: 0)
    }

    /// Going off the board asks for confirmation, with an optional closing note.
    static func takeOffBoard(_ e: BoardEntry) -> Form {
        Form(kind: .takeOffBoard, youthID: e.youth.id, basedOn: e.youth.version,
             fields: [text("note", .formOffNote)], focus: 0)
    }

    static func note(_ e: BoardEntry, lang: Language) -> Form {
        Form(kind: .note, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            choice("kind", .formNoteKind, NoteKind.self, selected: .note, lang),
            text("text", .formNoteText),
        ], focus: 1)
    }

    static func contact(_ e: BoardEntry, lang: Language) -> Form {
        Form(kind: .contact, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            choice("kind", .formContactKind, ContactKind.self, selected: .visit, lang),
            choice("with", .formContactWith, ContactWith.self, selected: .youth, lang),
            text("note", .formContactNote),
        ], focus: 0)
    }

    /// Today's plan: who sees the youth (the user by default), when, and where.
    static func plan(_ e: BoardEntry, team: Team, actor: StaffID?) -> Form {
        let staff = team.staff.filter(\.active)
        let options = staff.map { ChoiceOption(value: $0.id, label: "\($0.initials)  \($0.name)") }
        let mine = options.firstIndex { $0.value == actor } ?? 0
        return Form(kind: .plan, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            FormField(id: "staff", label: .formPlanStaff, value: .choice(options, mine)),
            text("time", .formPlanTime, limit: 5),
            text("place", .formPlanPlace, limit: 60),
        ], focus: 1)
    }

    /// Starting the morning meeting: the chair (the user by default) and who is present (everyone
    /// active by default; Space unpicks). The time box is the team's setting.
    static func startMeeting(team: Team, actor: StaffID?) -> Form {
        let staff = team.staff.filter(\.active)
        let options = staff.map { ChoiceOption(value: $0.id, label: "\($0.initials)  \($0.name)") }
        let chair = options.firstIndex { $0.value == actor } ?? 0
        return Form(kind: .startMeeting, youthID: "", basedOn: 0, fields: [
            FormField(id: "chair", label: .formChair, value: .choice(options, chair)),
            FormField(id: "attendees", label: .formAttendees,
                      value: .multi(options, picked: Array(repeating: true, count: options.count), cursor: 0)),
        ], focus: 0)
    }

    /// Ending with board youths not discussed: Enter records them as not discussed, Esc goes back.
    static func endMeeting() -> Form {
        Form(kind: .endMeeting, youthID: "", basedOn: 0, fields: [], focus: 0)
    }

    /// A decision about the youth under discussion.
    static func decision(_ e: BoardEntry) -> Form {
        Form(kind: .decision, youthID: e.youth.id, basedOn: e.youth.version, fields: [text("text", .formDecisionText)], focus: 0)
    }

    /// Which decision is now written into the patient record: the oldest not marked comes first.
    /// Nil when every decision is marked. With `hideText` the options show only date and author.
    static func documented(_ y: Youth, team: Team, hideText: Bool) -> Form? {
        let open = y.notes.filter { $0.kind == .decision && $0.documented == nil }.sorted { $0.at < $1.at }
        guard !open.isEmpty else { return nil }
        let options = open.map { n -> ChoiceOption in
            var label = Dates.shortDateTime(n.at) + " " + (team.member(n.author)?.initials ?? n.author)
            if !hideText { label += ": " + n.text }
            return ChoiceOption(value: n.id, label: label)
        }
        return Form(kind: .documented, youthID: y.id, basedOn: y.version,
                    fields: [FormField(id: "note", label: .formDocumentedNote, value: .choice(options, 0))], focus: 0)
    }

    /// Fills the dialog with a saved draft's text and choices.
    mutating func restore(_ d: Draft) {
        for (id, t) in d.texts { setText(id, t) }
        for (id, v) in d.choices { choose(id, v) }
    }

    /// What the user typed as a change, or the message saying what is missing.
    func change(today: Day) -> Result<Change, FormProblem> {
        func trimmed(_ id: String) -> String { value(id).trimmingCharacters(in: .whitespaces) }
        func optional(_ id: String) -> String? { trimmed(id).isEmpty ? nil : trimmed(id) }
        switch kind {
        case .putOnBoard:
            guard let reason = BoardReason(rawValue: value("reason")) else { return .failure(.init(.formErrReason)) }
            guard !trimmed("plan").isEmpty else { return .failure(.init(.formErrPlan, field: "plan")) }
            guard let day = Form.parseDay(trimmed("evaluate"), today: today) else {
                return .failure(.init(.formErrDate, [trimmed("evaluate")], field: "evaluate"))
            }
            guard day >= today else { return .failure(.init(.formErrDatePast, [day.norwegian], field: "evaluate")) }
            return .success(.putOnBoard(reason: reason, plan: trimmed("plan"), evaluate: day))
        case .takeOffBoard:
            return .success(.takeOffBoard(note: optional("note")))
        case .note:
            guard !trimmed("text").isEmpty else { return .failure(.init(.formErrNoteEmpty, field: "text")) }
            return .success(.addNote(text: trimmed("text"), kind: NoteKind(rawValue: value("kind")) ?? .note))
        case .contact:
            return .success(.addContact(with: ContactWith(rawValue: value("with")) ?? .youth,
                                        kind: ContactKind(rawValue: value("kind")) ?? .visit, note: optional("note")))
        case .plan:
            guard !value("staff").isEmpty else { return .failure(.init(.formErrStaff)) }
            guard let time = Form.parseClock(trimmed("time")) else {
                return .failure(.init(.formErrTime, [trimmed("time")], field: "time"))
            }
            return .success(.setPlan(staff: value("staff"), time: time, place: optional("place")))
        case .decision:
            guard !trimmed("text").isEmpty else { return .failure(.init(.formErrDecisionEmpty, field: "text")) }
            return .success(.recordDecision(text: trimmed("text")))
        case .documented:
            guard !value("note").isEmpty else { return .failure(.init(.formErrNoDecision)) }
            return .success(.markDocumented(noteID: value("note")))
        case .startMeeting, .endMeeting:
            // Not a change to one youth: MeetingUpdate submits these.
            return .failure(.init(.formErrNotYouth))
        }
    }

    /// `2026-12-01`, `01.12.2026`, or `1.12` (this year, or next if that day has passed).
    static func parseDay(_ s: String, today: Day) -> Day? {
        if let d = Day(parsing: s, allowNorwegian: true) { return d }
        let p = s.split(separator: ".", omittingEmptySubsequences: true)
        guard p.count == 2, let d = Int(p[0]), let m = Int(p[1]) else { return nil }
        guard let this = Day(year: today.year, month: m, day: d) else { return nil }
        return this >= today ? this : Day(year: today.year + 1, month: m, day: d)
    }

    /// `9:30`, `0930`, `930`, `9` → `09:30` / `09:00`; nil when not a time of day.
    static func parseClock(_ s: String) -> String? {
        var h = "", m = ""
        if s.contains(":") || s.contains(".") {
            let p = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
            guard p.count == 2 else { return nil }
            h = String(p[0]); m = String(p[1])
        } else if s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) {
            switch s.count {
            case 1, 2: h = s; m = "00"
            case 3: h = String(s.prefix(1)); m = String(s.suffix(2))
            case 4: h = String(s.prefix(2)); m = String(s.suffix(2))
            default: return nil
            }
        } else { return nil }
        guard let hh = Int(h), let mm = Int(m), m.count == 2, h.count <= 2 else { return nil }
        let t = (hh < 10 ? "0" : "") + String(hh) + ":" + m
        return Youth.isClock(t) && mm < 60 ? t : nil
    }
}

/// What is wrong with a dialog's input: a catalog key, its arguments, and the field to go back to.
struct FormProblem: Error, Equatable {
    var key: TextKey
    var args: [String]
    var field: String?
    init(_ key: TextKey, _ args: [String] = [], field: String? = nil) { self.key = key; self.args = args; self.field = field }
}
