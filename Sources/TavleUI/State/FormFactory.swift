import Foundation
import TavleCore

/// The dialogs of the board and the meeting, as they open for a youth (what each asks, in which
/// order, filled in with what the youth has now).
extension Form {
    static func text(_ id: String, _ label: TextKey, _ value: String = "", limit: Int = 2000, placeholder: TextKey? = nil,
                     when: FieldCondition? = nil) -> FormField {
        FormField(id: id, label: label, value: .text(TextField(value, limit: limit)), placeholder: placeholder, shownWhen: when)
    }

    static func choice<C: Choice>(_ id: String, _ label: TextKey, _ type: C.Type, selected: C, _ lang: Language,
                                  only: [C]? = nil, inline: Bool = false, when: FieldCondition? = nil) -> FormField {
        let options = (only ?? Array(C.allCases)).map { ChoiceOption(value: $0.rawValue, label: $0.label(lang)) }
        let index = options.firstIndex { $0.value == selected.rawValue } ?? 0
        return FormField(id: id, label: label, value: .choice(options, index), shownWhen: when, inline: inline)
    }

    static func options(_ list: [(String, String)], _ id: String, _ label: TextKey, selected: String, inline: Bool = false,
                        when: FieldCondition? = nil) -> FormField {
        let options = list.map { ChoiceOption(value: $0.0, label: $0.1) }
        return FormField(id: id, label: label, value: .choice(options, options.firstIndex { $0.value == selected } ?? 0),
                         shownWhen: when, inline: inline)
    }

    /// The team's active members as options (`OB  Ole Bråten`), with "nobody" first when `none`.
    static func staffOptions(_ team: Team, none: Bool = false, _ lang: Language) -> [(String, String)] {
        (none ? [("", Texts.text(.formNobody, lang))] : []) + team.staff.filter(\.active).map { ($0.id, $0.initials + "  " + $0.name) }
    }

    // MARK: On and off the board, status

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

    /// Going off the board asks for confirmation, with an optional closing note; a youth in crisis
    /// also needs the status after the crisis and why it is over (the core refuses it otherwise).
    static func takeOffBoard(_ e: BoardEntry, lang: Language) -> Form {
        let y = e.youth
        var fields: [FormField] = []
        if y.status == .crisis {
            let after = [Status.stable, .worried].map { ($0.rawValue, $0.symbol + " " + $0.label(lang)) }
            fields.append(options(after, "status", .formStatusAfter, selected: Status.worried.rawValue, inline: true))
            fields.append(text("why", .formStatusWhy, limit: 200))
        }
        fields.append(text("note", .formOffNote))
        return Form(kind: .takeOffBoard, youthID: y.id, basedOn: y.version, fields: fields, focus: 0,
                    presets: ["current": y.status.rawValue])
    }

    /// The three statuses side by side, the current one chosen (←→ or 1 2 3). Leaving crisis
    /// asks for a one-line reason; Esc changes nothing.
    static func status(_ e: BoardEntry, lang: Language) -> Form {
        let y = e.youth
        let all = Status.allCases.map { ($0.rawValue, $0.symbol + " " + $0.label(lang)) }
        var fields = [options(all, "status", .formStatus, selected: y.status.rawValue, inline: true)]
        if y.status == .crisis {
            fields.append(text("why", .formStatusWhy, limit: 200,
                               when: FieldCondition(field: "status", values: [Status.stable.rawValue, Status.worried.rawValue])))
        }
        return Form(kind: .status, youthID: y.id, basedOn: y.version, fields: fields, focus: 0, presets: ["current": y.status.rawValue])
    }

    // MARK: Notes, contacts, plans

    static func note(_ e: BoardEntry, lang: Language) -> Form {
        Form(kind: .note, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            choice("kind", .formNoteKind, NoteKind.self, selected: .note, lang),
            text("text", .formNoteText),
        ], focus: 1)
    }

    /// A contact or an attempt: how, with whom, when (empty: now; never in the future), who on the
    /// team had it (the user by default), the arena, and a remark.
    static func contact(_ e: BoardEntry, team: Team, actor: StaffID?, lang: Language) -> Form {
        let staff = staffOptions(team, lang)
        return Form(kind: .contact, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            choice("kind", .formContactKind, ContactKind.self, selected: .visit, lang, inline: true),
            choice("with", .formContactWith, ContactWith.self, selected: .youth, lang, inline: true),
            text("at", .formContactAt, limit: 16, placeholder: .formNow),
            options(staff, "staff", .formContactStaff, selected: actor ?? staff.first?.0 ?? ""),
            options([("", Texts.text(.formContactArenaDefault, lang))] + Arena.allCases.map { ($0.rawValue, $0.label(lang)) },
                    "arena", .formContactArena, selected: ""),
            text("place", .formContactPlace, limit: 60),
            text("note", .formContactNote),
        ], focus: 0)
    }

    /// School or work: the status (the one that holds today first), from which day (empty: today), a note.
    static func school(_ e: BoardEntry, today: Day, lang: Language) -> Form {
        let now = e.youth.schoolEntry(on: today)?.status ?? .attending
        return Form(kind: .school, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            choice("status", .formSchoolStatus, SchoolStatus.self, selected: now, lang),
            text("since", .formSchoolSince, limit: 10, placeholder: .formToday),
            text("note", .formSchoolNote, limit: 300),
        ], focus: 0)
    }

    /// Who sees the youth (the primary contact by default, else the user), which day (empty:
    /// today), when, and where.
    static func plan(_ e: BoardEntry, team: Team, actor: StaffID?, lang: Language) -> Form {
        let staff = staffOptions(team, lang)
        let primary = e.youth.primaryContact.flatMap { id in staff.contains { $0.0 == id } ? id : nil }
        return Form(kind: .plan, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            options(staff, "staff", .formPlanStaff, selected: primary ?? actor ?? ""),
            text("day", .formPlanDay, limit: 10, placeholder: .formToday),
            text("time", .formPlanTime, limit: 5),
            text("place", .formPlanPlace, limit: 60),
        ], focus: 2)
    }

    // MARK: Crisis plan, evaluation, review

    /// The crisis plan: agreed when (today), and whom to call out of hours (as it is now).
    static func crisisPlan(_ e: BoardEntry, today: Day) -> Form {
        let y = e.youth
        return Form(kind: .crisisPlan, youthID: y.id, basedOn: y.version, fields: [
            text("updated", .formCrisisUpdated, today.norwegian, limit: 10),
            text("outOfHours", .formCrisisOutOfHours, y.crisisPlan?.outOfHours ?? "", limit: 300),
        ], focus: 0, presets: ["outOfHours": y.crisisPlan?.outOfHours ?? ""])
    }

    /// The board period's evaluation: what was concluded, and the next date (the team's board period from today).
    static func evaluate(_ e: BoardEntry, board: Board) -> Form {
        let next = board.today.adding(days: board.team.rules.boardPeriodDays)
        return Form(kind: .evaluate, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            text("note", .formEvaluateNote),
            text("next", .formEvaluateNext, next.norwegian, limit: 10),
        ], focus: 0)
    }

    /// A whole-team review today: one confirmation, with a remark if wanted.
    static func reviewed(_ e: BoardEntry) -> Form {
        Form(kind: .reviewed, youthID: e.youth.id, basedOn: e.youth.version, fields: [text("note", .formReviewedNote)], focus: 0)
    }

    // MARK: The youth's path: consent, handover, orders, services, discharge

    /// A consent given (by the youth from 16, the parents or child welfare under 16) or withdrawn.
    static func consent(_ e: BoardEntry, today: Day, lang: Language) -> Form {
        let y = e.youth
        let give = FieldCondition(field: "action", values: ["give"])
        return Form(kind: .consent, youthID: y.id, basedOn: y.version, fields: [
            options([("give", Texts.text(.formConsentGive, lang)), ("withdraw", Texts.text(.formConsentWithdraw, lang))],
                    "action", .formConsentAction, selected: "give", inline: true),
            choice("party", .formConsentParty, ShareParty.self, selected: .childWelfare, lang),
            choice("by", .formConsentBy, ConsentGiver.self, selected: y.age(on: today) < 16 ? .parents : .youth, lang, inline: true, when: give),
            text("on", .formConsentOn, limit: 10, placeholder: .formToday),
            text("scope", .formConsentScope, limit: 200, when: give),
            // Who `other` is: asked only for that party (the core refuses `other` without it).
            text("note", .formConsentNote, limit: 120, when: FieldCondition(field: "party", values: [ShareParty.other.rawValue])),
        ], focus: 0)
    }

    /// The handover at discharge, filled in with what is agreed so far.
    static func handover(_ e: BoardEntry, lang: Language) -> Form {
        let h = e.youth.handover
        let consented = h?.consented.map { $0 ? "yes" : "no" } ?? ""
        return Form(kind: .handover, youthID: e.youth.id, basedOn: e.youth.version, fields: [
            text("service", .formHandoverService, h?.service ?? "", limit: 100),
            text("contact", .formHandoverContact, h?.contact ?? "", limit: 100),
            text("followUp", .formHandoverFollowUp, h?.followUp ?? ""),
            text("day", .formHandoverDay, h?.day?.norwegian ?? "", limit: 10),
            options([("", Texts.text(.formNotSettled, lang)), ("yes", Texts.text(.formYes, lang)), ("no", Texts.text(.formNo, lang))],
                    "consented", .formHandoverConsented, selected: consented, inline: true),
        ], focus: 0, presets: ["service": h?.service ?? "", "contact": h?.contact ?? "", "followUp": h?.followUp ?? "",
                               "day": h?.day?.norwegian ?? "", "consented": consented])
    }

    /// A legal or child-welfare order: a new one (or a new expiry for one of the same kind), or one removed.
    static func orders(_ e: BoardEntry, lang: Language) -> Form {
        let y = e.youth
        let add = FieldCondition(field: "action", values: ["add"])
        var actions = [("add", Texts.text(.formOrderAdd, lang))]
        var fields: [FormField] = []
        if !y.orders.isEmpty { actions.append(("remove", Texts.text(.formOrderRemove, lang))) }
        fields.append(options(actions, "action", .formOrderAction, selected: "add", inline: true))
        fields.append(text("kind", .formOrderKind, limit: 80, when: add))
        fields.append(text("expires", .formOrderExpires, limit: 10, when: add))
        if !y.orders.isEmpty {
            let list = y.orders.map { ($0.kind, $0.kind + " (" + Dates.short($0.expires) + ")") }
            fields.append(options(list, "order", .formOrderWhich, selected: list[0].0,
                                  when: FieldCondition(field: "action", values: ["remove"])))
        }
        return Form(kind: .orders, youthID: y.id, basedOn: y.version, fields: fields, focus: 0)
    }

    /// Another service that also follows the youth (or no longer does): the service, and yes or no
    /// as it is now.
    /// One of the youth's own goals: a new one (dated today), or one still open marked as reached.
    static func goal(_ e: BoardEntry, lang: Language) -> Form {
        let open = e.youth.openGoals
        var fields: [FormField] = []
        if !open.isEmpty {
            fields.append(options([("add", Texts.text(.formGoalAdd, lang)), ("done", Texts.text(.formGoalReached, lang))],
                                  "action", .formGoalAction, selected: "add", inline: true))
        }
        fields.append(text("text", .formGoalText, limit: 200, when: open.isEmpty ? nil : FieldCondition(field: "action", values: ["add"])))
        if !open.isEmpty {
            fields.append(options(open.map { (String($0.number), String($0.number) + ". " + $0.text) }, "number", .formGoalNumber,
                                  selected: String(open[0].number), when: FieldCondition(field: "action", values: ["done"])))
        }
        return Form(kind: .goal, youthID: e.youth.id, basedOn: e.youth.version, fields: fields, focus: open.isEmpty ? 0 : 1)
    }

    static func services(_ e: BoardEntry, lang: Language) -> Form {
        let y = e.youth
        var presets: [String: String] = [:]
        for p in ShareParty.allCases { presets[p.rawValue] = y.services.contains(p) ? "yes" : "no" }
        var f = Form(kind: .services, youthID: y.id, basedOn: y.version, fields: [
            choice("party", .formServiceParty, ShareParty.self, selected: ShareParty.allCases[0], lang),
            options([("yes", Texts.text(.formServiceFollows, lang)), ("no", Texts.text(.formServiceNot, lang))],
                    "following", .formServiceFollowing, selected: "no", inline: true),
        ], focus: 0, presets: presets)
        f.choiceChanged("party")
        return f
    }

    /// Discharge (`tavle discharge`): the reason, where to, a note, and the youth's label typed to
    /// confirm: a wrong-patient discharge must take more than one stray key. In the discharge phase
    /// with the handover incomplete, "discharge anyway" is asked too (the core then needs the note).
    static func discharge(_ e: BoardEntry, label: String, lang: Language) -> Form {
        let y = e.youth
        let missing = y.handoverMissing
        var fields = [
            choice("reason", .formDischargeWhy, DischargeReason.self, selected: .goalsMet, lang),
            choice("to", .formDischargeTo, DischargeDestination.self, selected: .outreach, lang),
            text("note", .formDischargeNote, limit: 300),
        ]
        if !missing.isEmpty {
            fields.append(options([("no", Texts.text(.formNo, lang)), ("yes", Texts.text(.formYes, lang))], "anyway", .formDischargeAnyway,
                                  selected: "no", inline: true))
        }
        fields.append(text("confirm", .formDischargeConfirm, limit: 12))
        return Form(kind: .discharge, youthID: y.id, basedOn: y.version, fields: fields, focus: 0,
                    presets: ["label": label, "ascii": y.asciiLabel, "missing": missing.map { $0.label(lang) }.joined(separator: ", ")])
    }

    // MARK: A field of the record

    /// One of the fields `tavle set` changes: the field first, then its value (as it is now; a
    /// choice where the field has fixed values).
    static func setField(_ y: Youth, team: Team, lang: Language) -> Form {
        let fields = Youth.settableFields.map { ($0, FieldWords.label($0, lang)) }
        var presets: [String: String] = [:]
        for name in Youth.settableFields { presets[name] = FieldWords.current(name, y, team: team, lang) }
        presets["lang"] = lang.rawValue
        presets["municipalities"] = team.municipalities.joined(separator: "\u{1F}")
        var f = Form(kind: .setField, youthID: y.id, basedOn: y.version, fields: [
            options(fields, "field", .formSetField, selected: "whereabouts"),
            text("value", .formSetValue),
            text("ageOverride", .formSetAgeOverride, limit: 200, when: FieldCondition(field: "field", values: ["born", "intake"])),
        ], focus: 0, presets: presets)
        f.choiceChanged("field")
        return f
    }

    // MARK: A new youth, the rota

    /// Taking in a new youth: name, date of birth, primary contact (the user by default), the
    /// areas of functional impairment, who referred, and why when the age is outside 12–25.
    static func addYouth(team: Team, actor: StaffID?, lang: Language) -> Form {
        let domains = Domain.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label(lang)) }
        let sources = [("", Texts.text(.formNotGiven, lang))] + ReferralSource.allCases.map { ($0.rawValue, $0.label(lang)) }
        return Form(kind: .addYouth, youthID: "", basedOn: 0, fields: [
            text("name", .formAddName, limit: 100),
            text("born", .formAddBorn, limit: 10, placeholder: .formBornHint),
            options(staffOptions(team, none: true, lang), "contact", .formAddContact, selected: actor ?? ""),
            FormField(id: "domains", label: .formAddDomains, value: .multi(domains, picked: domains.map { _ in false }, cursor: 0)),
            options([("", Texts.text(.criteriawordUnassessed, lang)), ("yes", Texts.text(.formYes, lang)), ("no", Texts.text(.formNo, lang))],
                    "longTermNeed", .formAddLongTermNeed, selected: ""),
            options(sources, "referredBy", .formAddReferredBy, selected: ""),
            text("referralContact", .formAddReferralContact, limit: 100),
            text("ageOverride", .formAddAgeOverride, limit: 200),
        ], focus: 0)
    }

    /// A referral put in the queue (`+` on the `L` page): who, born, who referred, when it came
    /// (today), the referrer's contact.
    static func addReferral(today: Day, lang: Language) -> Form {
        Form(kind: .addReferral, youthID: "", basedOn: 0, fields: [
            text("name", .formAddName, limit: 100),
            text("born", .formAddBorn, limit: 10, placeholder: .formBornHint),
            choice("from", .formReferralFrom, ReferralSource.self, selected: .gp, lang),
            text("received", .formReferralReceived, today.norwegian, limit: 10),
            text("contact", .formAddReferralContact, limit: 100),
        ], focus: 0)
    }

    /// A waiting referral decided (`R` on the `L` page): which one (the oldest first), the decision,
    /// and for a youth taken in the primary contact and criterion 2; for a declined one where the
    /// youth was sent. A note either way.
    static func decideReferral(_ waiting: [IncomingReferral], team: Team, today: Day, lang: Language) -> Form {
        let which = waiting.map { r in
            (r.id, TextSafety.display(r.name) + " · " + Texts.text(.referralsDaysShort, count: r.daysWaiting(today: today), lang,
                                                                   [String(r.daysWaiting(today: today))]))
        }
        let takenIn = FieldCondition(field: "decision", values: [ReferralDecision.accept.rawValue, ReferralDecision.clarify.rawValue])
        return Form(kind: .decideReferral, youthID: "", basedOn: 0, fields: [
            options(which, "referral", .formReferralWhich, selected: which.first?.0 ?? ""),
            choice("decision", .formReferralDecision, ReferralDecision.self, selected: .clarify, lang),
            options(staffOptions(team, none: true, lang), "contact", .formAddContact, selected: "", when: takenIn),
            options([("", Texts.text(.criteriawordUnassessed, lang)), ("yes", Texts.text(.formYes, lang)), ("no", Texts.text(.formNo, lang))],
                    "longTermNeed", .formAddLongTermNeed, selected: "", when: takenIn),
            choice("to", .formDischargeTo, DischargeDestination.self, selected: .gp, lang,
                   when: FieldCondition(field: "decision", values: [ReferralDecision.decline.rawValue])),
            text("note", .formReferralNote, limit: 500),
        ], focus: 0, presets: Dictionary(uniqueKeysWithValues: waiting.map { ($0.id + ".name", $0.name) }
                                           + waiting.map { ($0.id + ".born", $0.born.iso) } + waiting.map { ($0.id + ".from", $0.from.rawValue) }
                                           + waiting.map { ($0.id + ".received", $0.received.iso) }
                                           + waiting.map { ($0.id + ".contact", $0.contact ?? "") }))
    }

    /// A one-off change to the rota: the day (today), the shift (on call), who takes it, who is off.
    static func rotaChange(team: Team, rota: Rota?, today: Day, lang: Language) -> Form {
        var presets: [String: String] = [:]
        for shift in Shift.allCases { presets["on." + shift.rawValue] = rota?.duty(on: today)[shift]?.first ?? "" }
        var f = Form(kind: .rotaChange, youthID: "", basedOn: rota?.version ?? 0, fields: [
            text("day", .formRotaDay, today.norwegian, limit: 10),
            choice("shift", .formRotaShift, Shift.self, selected: .onCall, lang),
            options(staffOptions(team, none: true, lang), "staff", .formRotaStaff, selected: ""),
            options(staffOptions(team, none: true, lang), "replacing", .formRotaReplacing, selected: ""),
            text("note", .formRotaNote, limit: 100),
        ], focus: 0, presets: presets)
        f.choiceChanged("shift")
        return f
    }

    // MARK: The meeting

    /// Starting the morning meeting: the chair (the user by default), who is present (everyone
    /// active by default; Space unpicks), and this meeting's time box (the team's by default).
    static func startMeeting(team: Team, actor: StaffID?) -> Form {
        let staff = team.staff.filter(\.active)
        let options = staff.map { ChoiceOption(value: $0.id, label: "\($0.initials)  \($0.name)") }
        let chair = options.firstIndex { $0.value == actor } ?? 0
        let present = Set(Store.defaultAttendees(team))
        return Form(kind: .startMeeting, youthID: "", basedOn: 0, fields: [
            FormField(id: "chair", label: .formChair, value: .choice(options, chair)),
            FormField(id: "attendees", label: .formAttendees,
                      value: .multi(options, picked: staff.map { present.contains($0.id) }, cursor: 0)),
            text("minutes", .formTimeBox, String(team.meetingMinutes), limit: 3),
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

    /// The four questions for the youth under discussion: what is needed (text), then treatment,
    /// safety and family (not answered, ok or concern), as answered earlier today if they were.
    static func answers(_ e: BoardEntry, today: Day, lang: Language) -> Form {
        let earlier = e.youth.answers?.day == today ? e.youth.answers : nil
        let choices = [("", "–")] + QuestionAnswer.allCases.map { ($0.rawValue, $0.label(lang)) }
        let fields = [
            text("needs", .formAnswersNeeds, earlier?.needs ?? "", limit: 300),
            options(choices, "treatment", .formAnswersTreatment, selected: earlier?.treatment?.rawValue ?? "", inline: true),
            options(choices, "safety", .formAnswersSafety, selected: earlier?.safety?.rawValue ?? "", inline: true),
            options(choices, "family", .formAnswersFamily, selected: earlier?.family?.rawValue ?? "", inline: true),
        ]
        return Form(kind: .answers, youthID: e.youth.id, basedOn: e.youth.version, fields: fields, focus: 0)
    }

    /// The youth's family and network: a new person (name, relation, parental responsibility,
    /// phone, whether they may be told things), or one removed. Read from the full record.
    static func network(_ y: Youth, lang: Language) -> Form {
        var fields: [FormField] = []
        let adding = y.network.isEmpty ? nil : FieldCondition(field: "action", values: ["add"])
        if !y.network.isEmpty {
            fields.append(options([("add", Texts.text(.formNetworkAdd, lang)), ("remove", Texts.text(.formNetworkRemove, lang))],
                                  "action", .formNetworkAction, selected: "add", inline: true))
        }
        fields.append(text("name", .formNetworkName, limit: 120, when: adding))
        fields.append(options(Relation.allCases.map { ($0.rawValue, $0.label(lang)) }, "relation", .formNetworkRelation,
                              selected: Relation.mother.rawValue, when: adding))
        fields.append(options([("no", Texts.text(.formNo, lang)), ("yes", Texts.text(.formYes, lang))], "parental",
                              .formNetworkParental, selected: "no", inline: true, when: adding))
        fields.append(text("phone", .formNetworkPhone, limit: 40, when: adding))
        fields.append(options([("", Texts.text(.formNetworkNotAsked, lang)), ("yes", Texts.text(.formYes, lang)),
                               ("no", Texts.text(.formNo, lang))], "mayShare", .formNetworkMayShare, selected: "", inline: true,
                              when: adding))
        if let first = y.network.first {
            fields.append(options(y.network.map { (String($0.number), NetworkText.line($0, lang)) }, "number", .formNetworkNumber,
                                  selected: String(first.number), when: FieldCondition(field: "action", values: ["remove"])))
        }
        return Form(kind: .network, youthID: y.id, basedOn: y.version, fields: fields, focus: y.network.isEmpty ? 0 : 1)
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

    /// In the minutes: which of the meeting's decisions is now written into the patient record
    /// (the oldest first). Nil when all are. Each option carries its youth; `versions` are the
    /// youths' versions the user saw (a save is checked against them).
    static func minutesDocumented(_ m: MeetingMinutes, label: (MeetingMinutes.YouthRef) -> String, versions: [String: Int],
                                  hideText: Bool) -> Form? {
        guard let first = m.pending.first else { return nil }
        var presets: [String: String] = [:]
        let options = m.pending.map { p -> ChoiceOption in
            presets[p.youth.id] = String(versions[p.youth.id] ?? 0)
            var text = label(p.youth) + " " + p.decision.at.clock
            if !hideText { text += ": " + p.decision.text }
            return ChoiceOption(value: p.youth.id + "/" + (p.decision.note ?? ""), label: text)
        }
        return Form(kind: .minutesDocumented, youthID: first.youth.id, basedOn: versions[first.youth.id] ?? 0,
                    fields: [FormField(id: "note", label: .formDocumentedNote, value: .choice(options, 0))], focus: 0, presets: presets)
    }

    /// Fills the dialog with a saved draft's text and choices.
    mutating func restore(_ d: Draft) {
        for (id, t) in d.texts { setText(id, t) }
        for (id, v) in d.choices { choose(id, v) }
    }

    /// A choice changed: fields that follow it are filled in again (a service's yes or no, the
    /// value of the field being set, who has the shift now).
    mutating func choiceChanged(_ id: String) {
        switch (kind, id) {
        case (.services, "party"):
            if let now = presets[value("party")] { choose("following", now) }
        case (.setField, "field"):
            let name = value("field")
            guard let i = fields.firstIndex(where: { $0.id == "value" }) else { return }
            let current = presets[name] ?? ""
            let places = (presets["municipalities"] ?? "").split(separator: "\u{1F}").map(String.init)
            if let list = FieldWords.options(name, lang: presets["lang"].flatMap(Language.init(rawValue:)) ?? .nb, municipalities: places) {
                let opts = list.map { ChoiceOption(value: $0.0, label: $0.1) }
                fields[i].value = .choice(opts, opts.firstIndex { $0.value == current } ?? 0)
                fields[i].inline = opts.count <= 4
            } else {
                fields[i].value = .text(TextField(current, limit: 2000))
                fields[i].inline = false
            }
        case (.rotaChange, "shift"):
            choose("replacing", presets["on." + value("shift")] ?? "")
        default: break
        }
    }
}
