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
        let open = y.shownNotes.filter { $0.kind == .decision && $0.documented == nil }.sorted { $0.at < $1.at }
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

    /// What the user typed as the core's change value, or what to say about the typing. Dates and
    /// times are read by the core's one parser (`Input`); every rule is the core's (`Store.apply`
    /// refuses, and the dialog shows the refusal).
    func change(today: Day) -> Result<YouthChange, FormProblem> {
        func trimmed(_ id: String) -> String { value(id).trimmingCharacters(in: .whitespaces) }
        func optional(_ id: String) -> String? { trimmed(id).isEmpty ? nil : trimmed(id) }
        do throws(TavleError) {
            switch kind {
            case .putOnBoard:
                guard let reason = BoardReason(rawValue: value("reason")) else { return .failure(.init(LocalizedMessage(.formErrReason))) }
                let evaluate: Day
                do throws(TavleError) { evaluate = try Input.day(trimmed("evaluate"), for: .upcoming, today: today) } catch {
                    return .failure(FormProblem(error, field: "evaluate"))
                }
                return .success(.putOnBoard(reason: reason, plan: value("plan"), evaluate: evaluate))
            case .takeOffBoard:
                return .success(.takeOffBoard(note: optional("note"), status: nil, why: nil))
            case .note:
                return .success(.note(text: value("text"), kind: NoteKind(rawValue: value("kind")) ?? .note))
            case .contact:
                return .success(.contact(with: ContactWith(rawValue: value("with")) ?? .youth,
                                         kind: ContactKind(rawValue: value("kind")) ?? .visit, at: nil, staff: nil, note: optional("note")))
            case .plan:
                guard !value("staff").isEmpty else { return .failure(.init(LocalizedMessage(.formErrStaff))) }
                do throws(TavleError) { _ = try Input.clock(trimmed("time")) } catch { return .failure(FormProblem(error, field: "time")) }
                return .success(.plan(day: nil, staff: value("staff"), time: trimmed("time"), place: optional("place")))
            case .decision:
                return .success(.decision(text: value("text")))
            case .documented:
                guard !value("note").isEmpty else { return .failure(.init(LocalizedMessage(.formErrNoDecision))) }
                return .success(.documented(noteIDs: [value("note")]))
            case .startMeeting, .endMeeting:
                // Not a change to one youth: MeetingUpdate submits these.
                throw TavleError.refused(LocalizedMessage(.formErrNotYouth))
            }
        } catch {
            return .failure(FormProblem(error, field: nil))
        }
    }
}

extension Form {
    /// The field a refusal of the core is about, to put the cursor back there.
    func field(for refusal: TextKey) -> String? {
        switch refusal {
        case .refusePlanNeeded: "plan"
        case .refuseEvaluateInPast, .inputBadDate: "evaluate"
        case .refuseNoteEmpty: "text"
        case .inputBadTime: "time"
        default: nil
        }
    }
}

/// What to say about a dialog's input before it goes to the core: a message and the field to go back to.
struct FormProblem: Error, Equatable {
    var message: LocalizedMessage
    var field: String?
    init(_ message: LocalizedMessage, field: String? = nil) { self.message = message; self.field = field }

    /// The core's words for a refusal or a typing error.
    init(_ error: TavleError, field: String?) {
        switch error {
        case .usage(let m), .refused(let m): self.init(m, field: field)
        default: self.init(LocalizedMessage(.refuseOther, [error.message(.en)]), field: field)
        }
    }
}
