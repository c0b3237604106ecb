import Foundation
import TavleCore

/// The dialogs: those that change a youth, and those about the meeting, the rota or a new youth.
public enum FormKind: String, Sendable, Equatable, Codable, CaseIterable {
    case putOnBoard, takeOffBoard, note, contact, plan
    /// The morning meeting: starting it (chair, attendees, time box) and confirming its end.
    case startMeeting, endMeeting
    /// A decision in the meeting, and marking one as written into the patient record.
    case decision, documented
    /// The status (one of three; leaving crisis asks why), the crisis plan, the board period's
    /// evaluation and a whole-team review.
    case status, crisisPlan, evaluate, reviewed
    /// The detail view's: consent, the handover, orders, other services, a field, discharge.
    case consent, handover, orders, services, setField, discharge
    /// One of the youth's own goals (`T`).
    case goal
    /// Taking in a new youth, and a one-off change to the rota.
    case addYouth, rotaChange
    /// In the minutes: one of the meeting's decisions is now written into the patient record.
    case minutesDocumented
    /// School or work (`W` in the detail view).
    case school
    /// The referral queue (`L`): a referral put in the queue (`+`), and one decided (`R`).
    case addReferral, decideReferral
    /// The four questions answered for the youth under discussion (`Q` in the meeting).
    case answers
    /// The youth's family and network: a person added or removed (`N` in the detail view).
    case network

    /// The dialog's title.
    var titleKey: TextKey {
        switch self {
        case .putOnBoard: .formTitlePutOnBoard
        case .takeOffBoard: .formTitleTakeOffBoard
        case .note: .formTitleNote
        case .contact: .formTitleContact
        case .plan: .formTitlePlan
        case .startMeeting: .formTitleStartMeeting
        case .endMeeting: .formTitleEndMeeting
        case .decision: .formTitleDecision
        case .documented: .formTitleDocumented
        case .status: .formTitleStatus
        case .school: .formTitleSchool
        case .crisisPlan: .formTitleCrisisPlan
        case .evaluate: .formTitleEvaluate
        case .reviewed: .formTitleReviewed
        case .consent: .formTitleConsent
        case .handover: .formTitleHandover
        case .orders: .formTitleOrders
        case .services: .formTitleServices
        case .goal: .formTitleGoal
        case .setField: .formTitleSetField
        case .discharge: .formTitleDischarge
        case .addYouth: .formTitleAddYouth
        case .rotaChange: .formTitleRotaChange
        case .minutesDocumented: .formTitleMinutesDocumented
        case .addReferral: .formTitleAddReferral
        case .decideReferral: .formTitleDecideReferral
        case .answers: .formTitleAnswers
        case .network: .formTitleNetwork
        }
    }

    /// The line under the title that says what the dialog does.
    var introKey: TextKey {
        switch self {
        case .putOnBoard: .formIntroPutOnBoard
        case .takeOffBoard: .formIntroTakeOffBoard
        case .note: .formIntroNote
        case .contact: .formIntroContact
        case .plan: .formIntroPlan
        case .startMeeting: .formIntroStartMeeting
        case .endMeeting: .formIntroEndMeeting
        case .decision: .formIntroDecision
        case .documented: .formIntroDocumented
        case .status: .formIntroStatus
        case .school: .formIntroSchool
        case .addReferral: .formIntroAddReferral
        case .decideReferral: .formIntroDecideReferral
        case .crisisPlan: .formIntroCrisisPlan
        case .evaluate: .formIntroEvaluate
        case .reviewed: .formIntroReviewed
        case .consent: .formIntroConsent
        case .handover: .formIntroHandover
        case .orders: .formIntroOrders
        case .services: .formIntroServices
        case .goal: .formIntroGoal
        case .setField: .formIntroSetField
        case .discharge: .formIntroDischarge
        case .addYouth: .formIntroAddYouth
        case .rotaChange: .formIntroRotaChange
        case .minutesDocumented: .formIntroMinutesDocumented
        case .answers: .formIntroAnswers
        case .network: .formIntroNetwork
        }
    }

    /// Dialogs about the meeting as a whole rather than one youth.
    public var isMeeting: Bool { self == .startMeeting || self == .endMeeting }

    /// Dialogs whose title names a day rather than a youth.
    var titledByDay: Bool { isMeeting || self == .addYouth || self == .rotaChange || self == .minutesDocumented }
}

/// One option of a choice field: the stored value and the user's word for it.
public struct ChoiceOption: Sendable, Equatable {
    public var value: String
    public var label: String
}

public enum FieldValue: Sendable, Equatable {
    case text(TextField)
    case choice([ChoiceOption], Int)
    /// A pick-list: every option with whether it is picked, and the option the cursor is on.
    case multi([ChoiceOption], picked: [Bool], cursor: Int)
}

/// A field shown only while another field (a choice) has one of some values: the reason for
/// leaving crisis, the scope of a consent being given.
public struct FieldCondition: Sendable, Equatable {
    public var field: String
    public var values: [String]
}

/// One field of a dialog.
public struct FormField: Sendable, Equatable {
    /// Stable name (`reason`, `plan`, `evaluate` …), used by `submit` and tests.
    public var id: String
    /// Catalog key of the label.
    public var label: TextKey
    public var value: FieldValue
    /// Shown dimmed in an empty text field: what leaving it empty means ("now", "today").
    public var placeholder: TextKey?
    /// Shown only while this holds (nil: always).
    public var shownWhen: FieldCondition?
    /// A choice drawn with every option side by side and numbered (`1 ● stabil  2 ▲ bekymring …`),
    /// so `1`, `2`, `3` pick one as well as ←→.
    public var inline = false

    public var text: String {
        switch value {
        case .text(let t): return t.text
        case .choice(let options, let i): return options.indices.contains(i) ? options[i].value : ""
        case .multi(let options, let picked, _):
            return zip(options, picked).filter(\.1).map(\.0.value).joined(separator: ",")
        }
    }
}

/// An open dialog: what it changes, on which version of the youth, what the user has typed so far.
/// It stays open, with everything typed, until the change is saved or the user presses Esc, so
/// a conflict or a refusal never loses the user's words.
public struct Form: Sendable, Equatable {
    public var kind: FormKind
    public var youthID: String
    /// The version of the youth the user saw; the save is checked against it.
    public var basedOn: Int
    public var fields: [FormField]
    public var focus: Int
    /// Why the last attempt was not saved (shown inside the dialog).
    public var error: String?
    /// The field the error is about, if it is about one: it clears once that field is valid.
    public var errorField: String?
    /// A neutral line in the dialog (e.g. "a draft from 09:14 was restored").
    public var notice: String?
    /// What the dialog knows beyond its fields: the values the youth has now (to fill a field in
    /// when its choice changes), the label to type to confirm, the version of each youth.
    public var presets: [String: String] = [:]

    public init(kind: FormKind, youthID: String, basedOn: Int, fields: [FormField], focus: Int, presets: [String: String] = [:]) {
        self.kind = kind; self.youthID = youthID; self.basedOn = basedOn; self.fields = fields; self.focus = focus
        self.presets = presets
    }

    public func field(_ id: String) -> FormField? { fields.first { $0.id == id } }
    /// A field's value; empty while the field is hidden.
    public func value(_ id: String) -> String {
        guard let i = fields.firstIndex(where: { $0.id == id }), isShown(i) else { return "" }
        return fields[i].text
    }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }
    public var isOnLastField: Bool { nextShown(after: focus) == nil }

    /// Whether the field at `i` is on screen now (its condition holds).
    public func isShown(_ i: Int) -> Bool {
        guard fields.indices.contains(i) else { return false }
        guard let c = fields[i].shownWhen else { return true }
        return c.values.contains(fields.first { $0.id == c.field }?.text ?? "")
    }

    /// The fields on screen, by index.
    public var shownIndices: [Int] { fields.indices.filter(isShown) }

    func nextShown(after i: Int) -> Int? { fields.indices.first { $0 > i && isShown($0) } }
    func previousShown(before i: Int) -> Int? { fields.indices.last { $0 < i && isShown($0) } }

    /// Sets a text field's content (tests, restored drafts).
    public mutating func setText(_ id: String, _ text: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[i].value = .text(TextField(text, limit: limit(of: fields[i])))
    }

    /// Chooses an option of a choice field by its stored value.
    public mutating func choose(_ id: String, _ value: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }), case .choice(let opts, _) = fields[i].value,
              let j = opts.firstIndex(where: { $0.value == value }) else { return }
        fields[i].value = .choice(opts, j)
        choiceChanged(id)
    }

    private func limit(of f: FormField) -> Int {
        if case .text(let t) = f.value { return t.limit }
        return 2000
    }

    /// Applies an edit to the focused text field, or steps a focused choice field (`pick`: the
    /// option with that number, as `1`/`2`/`3` choose a status).
    mutating func editFocused(_ edit: (inout TextField) -> Void, step: Int = 0, pick: Int? = nil) {
        guard fields.indices.contains(focus) else { return }
        switch fields[focus].value {
        case .text(var t):
            edit(&t)
            fields[focus].value = .text(t)
        case .choice(let opts, let i):
            if let pick, opts.indices.contains(pick - 1) {
                fields[focus].value = .choice(opts, pick - 1)
                choiceChanged(fields[focus].id)
                return
            }
            guard step != 0, !opts.isEmpty else { return }
            fields[focus].value = .choice(opts, (i + step + opts.count) % opts.count)
            choiceChanged(fields[focus].id)
        case .multi(let opts, let picked, let cursor):
            guard step != 0, !opts.isEmpty else { return }
            fields[focus].value = .multi(opts, picked: picked, cursor: (cursor + step + opts.count) % opts.count)
        }
    }

    /// Space in a pick-list: picks or unpicks the option under the cursor.
    mutating func toggleFocused() -> Bool {
        guard fields.indices.contains(focus), case .multi(let opts, var picked, let cursor) = fields[focus].value else { return false }
        picked[cursor].toggle()
        fields[focus].value = .multi(opts, picked: picked, cursor: cursor)
        return true
    }
}

/// A note being typed when the program had to stop (the SSH connection dropped), kept in the
/// data directory for its user and offered again the next time the note dialog opens.
public struct Draft: Sendable, Equatable, Codable {
    public var youthID: String
    public var kind: FormKind
    /// Field id → text, for every text field of the dialog.
    public var texts: [String: String]
    /// Field id → chosen value, for choice fields.
    public var choices: [String: String]
    public var saved: Timestamp?

    public init(youthID: String, kind: FormKind, texts: [String: String], choices: [String: String], saved: Timestamp? = nil) {
        self.youthID = youthID; self.kind = kind; self.texts = texts; self.choices = choices; self.saved = saved
    }
}

extension Form {
    /// What is worth keeping of this dialog if the program stops now; nil when nothing was typed.
    public var draft: Draft? {
        var texts: [String: String] = [:], choices: [String: String] = [:]
        for f in fields {
            switch f.value {
            case .text(let t) where !t.text.trimmingCharacters(in: .whitespaces).isEmpty: texts[f.id] = t.text
            case .choice: choices[f.id] = f.text
            default: break
            }
        }
        return texts.isEmpty ? nil : Draft(youthID: youthID, kind: kind, texts: texts, choices: choices)
    }
}
