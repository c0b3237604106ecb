/// The journal in a person's words: what each action and field is called where the log is read
/// (`tavle log`, the board's undo message). The journal itself keeps the stable words.
public enum JournalWords {
    /// "satt på tavla", "endring av felt: oppholdsstedet", "møtet startet".
    public static func action(_ raw: String, target: String = "youth", _ lang: Language) -> String {
        if raw.hasPrefix("set ") {
            let field = String(raw.dropFirst(4))
            return Texts.text(.changeSet, lang) + ": " + Texts.text(Youth.settableFieldWord(field), lang)
        }
        // A setting by the key `tavle settings set` takes (the name the team knows it by); a
        // colleague's detail in words.
        if raw.hasPrefix("settings set "), let key = SettingKey(rawValue: String(raw.dropFirst(13))) {
            return Texts.text(.journalSettingsSet, lang) + ": " + key.rawValue
        }
        if raw.hasPrefix("staff set "), let field = StaffField(rawValue: String(raw.dropFirst(10))) {
            return Texts.text(.journalStaffSet, lang) + ": " + field.label(lang)
        }
        return actionWordKey(raw, target: target).map { Texts.text($0, lang) } ?? raw
    }

    /// The word for a journal action with no detail after it (every action but a field, setting or
    /// colleague's detail set: then the kind of change), or nil for one tavle has no word for.
    public static func actionWordKey(_ raw: String, target: String = "youth") -> TextKey? {
        // A team, meeting or rota is created, not taken in.
        if raw == JournalAction.create && target != "youth" { return .journalCreated }
        if raw.hasPrefix("set ") { return .changeSet }
        if raw.hasPrefix("settings set ") { return .journalSettingsSet }
        if raw.hasPrefix("staff set ") { return .journalStaffSet }
        if let kind = ChangeKind(rawValue: raw) { return kind.labelKey }
        return switch raw {
        case JournalAction.create: .journalCreate
        case JournalAction.undo: .journalUndo
        case JournalAction.label: .journalLabel
        case "init": .journalInit
        case "migrate": .journalMigrate
        case "purge": .journalPurge
        case Chain.sealAction: .journalSeal
        case "meeting-start": .journalMeetingStart
        case "meeting-decision": .journalMeetingDecision
        case "meeting-plan": .journalMeetingPlan
        case "meeting-change": .journalMeetingChange
        case "meeting-discussed": .journalMeetingDiscussed
        case "meeting-answers": .journalMeetingAnswers
        case "meeting-end": .journalMeetingEnd
        case "staff add": .journalStaffAdd
        case "staff deactivate": .journalStaffDeactivate
        case "staff reactivate": .journalStaffReactivate
        case "rota", "rota pattern": .journalRota
        case "rota change": .journalRotaChange
        case "rota holiday": .journalRotaHoliday
        case "referral accept": .journalReferralAccept
        case "referral clarify": .journalReferralClarify
        case "referral decline": .journalReferralDecline
        default: nil
        }
    }

    /// How a youth's data was viewed, from the access log (`on-call` → "bakvaktsbrief").
    public static func access(_ raw: String, _ lang: Language) -> String {
        let key: TextKey? = switch raw {
        case "show": .accesshowShow
        case "goals": .accesshowGoals
        case "network": .accesshowNetwork
        case "detail": .accesshowDetail
        case "export": .accesshowExport
        case "minutes": .accesshowMinutes
        case "on-call": .accesshowOnCall
        case "board": .accesshowBoard
        case "shared-screen": .accesshowSharedScreen
        case "log": .accesshowLog
        case "backup": .accesshowBackup
        case Chain.sealAction: .accesshowSeal
        case "referral": .accesshowReferral
        case "referrals": .accesshowReferrals
        default: nil
        }
        return key.map { Texts.text($0, lang) } ?? raw
    }

    /// A record's field in words: a youth's (`YouthField`), or the team's, a meeting's or the rota's.
    /// A colleague's detail that `tavle staff set` does not change (whether they are on the team,
    /// their Unix users), in words; nil for another.
    public static func staffRecordField(_ raw: String, _ lang: Language) -> String? {
        switch raw {
        case "active": Texts.text(.staffwordActive, lang)
        case "unixUsers": Texts.text(.staffwordUnixUsers, lang)
        default: nil
        }
    }

    /// A field's word as a message argument (resolved in the reader's language), or the raw name.
    public static func fieldWord(_ raw: String, target: String) -> String {
        if target == "youth" { return YouthField(rawValue: raw).map { LocalizedMessage.word($0.labelKey) } ?? raw }
        return RecordField(rawValue: raw).map { LocalizedMessage.word($0.labelKey) } ?? raw
    }

    public static func field(_ raw: String, target: String, _ lang: Language) -> String {
        // A field tavle has no word for (a newer version's, or a damaged line's) is shown as it is.
        if target == "youth" { return YouthField(rawValue: raw)?.label(lang) ?? raw }
        return RecordField(rawValue: raw)?.label(lang) ?? raw
    }
}

/// The fields of the team file, a meeting and the rota, as the log names them.
public enum RecordField: String, Choice {
    case name, language, timeZone, access, rules, targetBoardShare, boardShareWarning, meetingMinutes, retentionMonths, staff
    case day, chair, attendees, started, ended, minutes, board, events, pattern, holidayPattern, changes
    case born, from, received, contact, decision, decided, decidedBy, note, sentTo
    public static let labelPrefix = "recordfield"
}

extension Youth {
    /// The word for a field `tavle set` takes (`second-contact` → "andrekontakten").
    public static func settableFieldWord(_ name: String) -> TextKey {
        let stored: YouthField? = switch name {
        case "initials": .initialsOverride
        case "contact": .primaryContact
        case "second-contact": .secondContact
        case "plan-reviewed": .planReviewed
        case "referral", "referral-contact": .referral
        case "crisis-plan-out-of-hours": .crisisPlan
        case "long-term-need", "functional-impairment", "eating-disorder": .intakeCriteria
        default: YouthField(rawValue: name)
        }
        return stored?.labelKey ?? .fieldnameUnknown
    }
}

extension JournalWords {
    /// A stored choice in words, by the key it sits under (`status: crisis` → "krise"); `parent`
    /// is the list the value belongs to, where a key means different things (`kind` of a note or a
    /// contact). Nil when the key holds no choice or the value is not one of its words.
    public static func choice(key: String, parent: String?, raw: String, _ lang: Language) -> String? {
        func word<T: Choice>(_ type: T.Type) -> String? { T(rawValue: raw)?.label(lang) }
        switch key {
        case "status" where parent == "school": return word(SchoolStatus.self)
        case "status": return word(Status.self)
        case "mode": return word(Mode.self)
        case "phase": return word(Phase.self)
        case "whereabouts": return word(Whereabouts.self)
        case "reason": return word(BoardReason.self)
        case "with": return word(ContactWith.self)
        case "party": return word(ShareParty.self)
        case "givenBy": return word(ConsentGiver.self)
        case "source": return word(ReferralSource.self)
        case "domains", "domain": return word(Domain.self)
        case "role": return word(Role.self)
        case "kind": return parent == "contacts" ? word(ContactKind.self) : word(NoteKind.self)
        case "arena": return word(Arena.self)
        case "dischargeReason": return word(DischargeReason.self)
        case "dischargeTo", "sentTo": return word(DischargeDestination.self)
        case "from": return word(ReferralSource.self)
        case "decision": return word(ReferralDecision.self)
        case "dischargeHandoverMissing": return word(HandoverItem.self)
        default: return nil
        }
    }

    /// Keys whose values are a colleague's id, shown as the colleague's initials.
    public static let staffKeys: Set<String> = ["primaryContact", "secondContact", "by", "chair", "attendees", "staff", "author"]
}
