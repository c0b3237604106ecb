import Foundation

/// The minutes of one morning meeting, as a value: who chaired and attended, how long it took,
/// each youth discussed with the decisions, plans and status or mode changes made for them, the
/// youths the meeting touched without discussing them, who was not discussed, and which of the
/// meeting's decisions still wait to be written into the patient record. `tavle export minutes`
/// formats it as Markdown or HTML, the board's minutes view (`m` after the meeting) as lines;
/// neither works anything out on its own. Words are the front end's (raw values here).
public struct MeetingMinutes: Sendable, Equatable {
    /// A staff member as the minutes name them (initials and name nil when not on the team).
    public struct Person: Sendable, Equatable {
        public var id: StaffID
        public var initials: String?
        public var name: String?
    }

    /// A youth as the minutes name them: the label that tells equal initials apart (`KH²`) and,
    /// for minutes with names, the full name (nil when the youth's file is gone).
    public struct YouthRef: Sendable, Equatable {
        public var id: String
        public var label: String
        public var name: String?
    }

    /// A decision made in the meeting, with the note that carries it in the youth's record.
    public struct Decision: Sendable, Equatable {
        public var text: String
        /// The decision note's id (nil for a meeting record written before notes were linked).
        public var note: String?
        public var by: StaffID
        public var at: Timestamp
        /// When it was marked as written into the patient record; nil when not (yet), or when the
        /// youth's full record was not read.
        public var documented: Timestamp?
    }

    /// Who sees the youth on the meeting's day, set in the meeting.
    public struct Plan: Sendable, Equatable {
        public var staff: Person
        /// `HH:MM`
        public var time: String
        public var place: String?
    }

    /// One youth's part of the minutes.
    public struct Entry: Sendable, Equatable {
        public var youth: YouthRef
        /// The youth's status now (nil when the youth's file is gone).
        public var status: Status?
        /// Time spent on the youth, over every time they came up.
        public var seconds: Int
        public var outcome: MeetingOutcome?
        public var decisions: [Decision]
        public var plans: [Plan]
        /// The meeting's net changes, raw values (`status: worried → crisis`), with the reason a
        /// status left crisis: one per field, from its value before the meeting to its value after
        /// (a change made and changed back is not there; an undone one is gone from the record).
        public var changes: [MeetingChange]
        /// The board period the meeting opened when it put the youth on the board (its reason,
        /// plan and evaluation date); nil otherwise, or when the youth's record was not read.
        public var putOn: BoardPeriod?
        /// The youth's own goals still being worked on (their text), from the full record.
        public var goals: [String] = []
        /// The four questions as answered for the youth in this meeting.
        public var answers: FourAnswers?

        /// Nothing was decided, planned or changed for the youth.
        public var isEmpty: Bool { decisions.isEmpty && plans.isEmpty && changes.isEmpty }
    }

    /// A decision of this meeting not yet marked as written into the patient record.
    public struct Pending: Sendable, Equatable {
        public var youth: YouthRef
        public var decision: Decision
    }

    public var day: Day
    public var team: String
    public var started: Timestamp
    public var ended: Timestamp?
    /// The time box in minutes.
    public var timeBox: Int
    public var chair: Person
    public var attendees: [Person]
    /// Active staff members neither chairing nor present.
    public var absent: [Person]
    /// Board youths the meeting had to cover, and how many of them were discussed.
    public var boardCount: Int
    public var discussedCount: Int
    /// Youths discussed, in the meeting's order (board youths first, by urgency).
    public var discussed: [Entry]
    /// Youths not on the board for whom something was decided, planned or changed without
    /// being marked discussed.
    public var otherRecorded: [Entry]
    /// Board youths not discussed (after the end: recorded as not discussed; before: not yet).
    public var notDiscussed: [YouthRef]
    /// The meeting's decisions still to be written into the patient record, oldest first. Only
    /// decisions whose note is in the youths' full records are judged (`Store.minutes` reads them).
    public var pending: [Pending]

    public var isOpen: Bool { ended == nil }

    /// Whether the meeting decided anything at all (so "every decision is written into the
    /// record" is not said of a meeting without one).
    public var hasDecisions: Bool { (discussed + otherRecorded).contains { !$0.decisions.isEmpty } }

    /// Seconds from the start to the end (to the start while the meeting is open).
    public var usedSeconds: Int { Int((ended ?? started).seconds - started.seconds) }

    /// Builds the minutes of `meeting`. `youths` by id (full records, for the marks of what is
    /// written into the patient record; summaries give none); `labels` the initials labels that
    /// tell youths apart (`KH²`), by id; `coverage` the meeting's coverage (by default from the
    /// record alone; `Store.minutes` adds whoever is on the board now while the meeting is open).
    public init(meeting m: Meeting, team: Team, youths: [String: Youth], labels: [String: String],
                coverage: MeetingCoverage? = nil) {
        func person(_ id: StaffID) -> Person {
            let s = team.member(id)
            return Person(id: id, initials: s?.initials, name: s?.name)
        }
        func ref(_ id: String) -> YouthRef {
            YouthRef(id: id, label: labels[id] ?? youths[id]?.initials ?? id, name: youths[id]?.name)
        }
        func documented(_ youth: String, _ note: String?) -> Timestamp? {
            guard let note else { return nil }
            return youths[youth]?.shownNotes.first { $0.id == note }?.documented
        }
        func entry(_ item: MeetingItem) -> Entry {
            let changes = Self.net(item.changes)
            // Put on the board by this meeting: the period it opened (started on the meeting's day).
            let putOn = changes.contains { $0.field == "mode" && $0.new == Mode.intensive.rawValue }
                ? youths[item.youth]?.boardPeriods.last { $0.start == m.day } : nil
            return Entry(youth: ref(item.youth), status: youths[item.youth]?.status, seconds: item.seconds, outcome: item.outcome,
                         decisions: item.decisions.map {
                             Decision(text: $0.text, note: $0.note, by: $0.by, at: $0.at, documented: documented(item.youth, $0.note))
                         },
                         plans: item.plans.map { Plan(staff: person($0.staff), time: $0.time, place: $0.place) },
                         changes: changes, putOn: putOn, goals: youths[item.youth]?.openGoals.map(\.text) ?? [],
                         answers: item.answers)
        }
        let items = m.items.map(entry)
        day = m.day
        self.team = team.name
        started = m.started
        ended = m.ended
        timeBox = m.minutes
        chair = person(m.chair)
        attendees = m.attendees.map(person)
        absent = team.staff.filter { $0.active && $0.id != m.chair && !m.attendees.contains($0.id) }.map { person($0.id) }
        // Coverage has one definition (`MeetingCoverage`): the same numbers as the board and `meeting status`.
        let coverage = coverage ?? m.coverage()
        boardCount = coverage.board.count
        discussedCount = coverage.discussed.count
        discussed = items.filter { $0.outcome == .discussed }
        otherRecorded = items.filter { $0.outcome != .discussed && !coverage.board.contains($0.youth.id) && !$0.isEmpty }
        notDiscussed = coverage.undiscussed.map(ref)
        // A decision counts as waiting only when its note is in the youth's record, not taken back, and not marked.
        pending = items.flatMap { e in
            e.decisions.filter { d in
                guard let note = d.note, let y = youths[e.youth.id] else { return false }
                return y.shownNotes.contains { $0.id == note && $0.documented == nil }
            }.map { Pending(youth: e.youth, decision: $0) }
        }.sorted { $0.decision.at < $1.decision.at }
    }

    /// The net effect of a youth's changes in one meeting: one per field, in the order the fields
    /// were first changed, from the first old value to the last new one (the reason a status left
    /// crisis kept when it still did); a field back where it started is left out. A whole-team
    /// review is an event, kept once.
    public static func net(_ changes: [MeetingChange]) -> [MeetingChange] {
        var out: [MeetingChange] = []
        for c in changes {
            guard let i = out.firstIndex(where: { $0.field == c.field }) else { out.append(c); continue }
            out[i].new = c.new
            out[i].why = c.why ?? out[i].why
        }
        return out.filter { $0.field == "reviewed" || $0.old != $0.new }.map { c in
            var c = c
            // The reason for leaving crisis belongs to a net change out of crisis only.
            if c.field == "status", c.old != Status.crisis.rawValue { c.why = nil }
            return c
        }
    }

    /// `2:05`: minutes and seconds, as the minutes write a duration.
    public static func duration(_ seconds: Int) -> String {
        let s = max(0, seconds)
        return String(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + String(s % 60)
    }
}

/// The minutes in words, the same for `tavle export minutes` and the board's minutes view.
extension MeetingMinutes {
    /// `KH²`, or with names `Kristian Haug (KH²)`.
    public static func text(_ y: YouthRef, names: Bool) -> String {
        guard names, let name = y.name else { return y.label }
        return name + " (" + y.label + ")"
    }

    /// `@OB`, or with names `Ole Bråten (@OB)`, as colleagues are written beside youths; `@` and
    /// the staff id when not on the team.
    public static func text(_ p: Person, names: Bool) -> String {
        guard let initials = p.initials else { return StaffMember.tag(p.id) }
        return names ? (p.name ?? "") + " (" + StaffMember.tag(initials) + ")" : StaffMember.tag(initials)
    }

    /// `OB kl. 09:30, Hjemme`
    public static func text(_ p: Plan, names: Bool, _ lang: Language) -> String {
        Texts.text(.minutesPlanLine, lang, [text(p.staff, names: names), p.time]) + (p.place.map { ", " + $0 } ?? "")
    }

    /// `status: bekymring → krise`, with the reason when a status left crisis.
    public static func text(_ c: MeetingChange, _ lang: Language) -> String {
        fieldWord(c.field, lang) + ": " + valueWord(c.field, c.old, lang) + " → " + valueWord(c.field, c.new, lang)
            + (c.why.map { " (" + Texts.text(.minutesWhy, lang, [$0]) + ")" } ?? "")
    }

    /// The word for a field a meeting changed (`status`, `nivå`, `kriseplan` …).
    public static func fieldWord(_ field: String, _ lang: Language) -> String {
        switch field {
        case "status": Texts.text(.minutesFieldStatus, lang)
        case "mode": Texts.text(.minutesFieldMode, lang)
        case "crisisPlan": Texts.text(.minutesFieldCrisisPlan, lang)
        case "evaluate": Texts.text(.minutesFieldEvaluate, lang)
        case "reviewed": Texts.text(.minutesFieldReviewed, lang)
        default: field
        }
    }

    /// A changed value in words: a status or mode by its word, a date as the language writes it.
    public static func valueWord(_ field: String, _ raw: String?, _ lang: Language) -> String {
        guard let raw, !raw.isEmpty else { return "–" }
        if field == "status", let s = Status(rawValue: raw) { return s.label(lang) }
        if field == "mode", let md = Mode(rawValue: raw) { return md.label(lang) }
        if ["crisisPlan", "evaluate", "reviewed"].contains(field), let d = Day(parsing: raw) { return lang == .nb ? d.norwegian : d.iso }
        return raw
    }

    /// `satt på tavla: krise; plan: Daglig kontakt; evalueres 06.12.2026` (the plan left out when
    /// `text` is false: the shared screen shows no free text).
    public static func text(putOn p: BoardPeriod, text: Bool, _ lang: Language) -> String {
        Texts.text(.minutesPutOn, lang, [p.reason.label(lang)])
            + (text && !p.plan.isEmpty ? "; " + Texts.text(.minutesPutOnPlan, lang, [p.plan]) : "")
            + (p.evaluate.map { "; " + Texts.text(.minutesPutOnEvaluate, lang, [lang == .nb ? $0.norwegian : $0.iso]) } ?? "")
    }

    /// An entry's changes in words, then, when the meeting put the youth on the board, the period
    /// it opened. `text` false (the shared screen) leaves out free text: the reason for leaving
    /// crisis and the board plan.
    public static func changeLines(_ e: Entry, text: Bool, _ lang: Language) -> [String] {
        e.changes.map { c in
            var c = c
            if !text { c.why = nil }
            return Self.text(c, lang)
        } + (e.putOn.map { [Self.text(putOn: $0, text: text, lang)] } ?? [])
    }

    /// The four questions as answered, one line per answer (`Sikkerhet: bekymring`, `Familie: ok`);
    /// what is needed is free text, left out when `text` is false.
    public static func answerLines(_ a: FourAnswers?, text: Bool, _ lang: Language) -> [String] {
        guard let a else { return [] }
        var out: [String] = []
        if text, let n = a.needs { out.append(Texts.text(.minutesAnswerNeeds, lang, [n])) }
        let rows: [(TextKey, QuestionAnswer?)] = [(.minutesAnswerTreatment, a.treatment), (.minutesAnswerSafety, a.safety),
                                                   (.minutesAnswerFamily, a.family)]
        for (key, answer) in rows { if let answer { out.append(Texts.text(key, lang, [answer.label(lang)])) } }
        return out
    }

    /// `SB · krise · 2:05`: who, their status now and the time spent.
    public static func head(_ e: Entry, names: Bool, _ lang: Language) -> String {
        text(e.youth, names: names) + (e.status.map { " · " + $0.label(lang) } ?? "") + (e.seconds > 0 ? " · " + duration(e.seconds) : "")
    }

    /// The facts at the top: team, time, chair, who was present, how many were discussed.
    public func facts(names: Bool, _ lang: Language) -> [(label: String, value: String)] {
        var out: [(label: String, value: String)] = [
            (Texts.text(.minutesTeam, lang), team),
            (Texts.text(.minutesTime, lang), started.clock + "–" + (ended?.clock ?? "") + " · "
                + Texts.text(.minutesTimeBox, lang, [Self.duration(usedSeconds), String(timeBox)])),
            (Texts.text(.minutesChair, lang), Self.text(chair, names: names)),
            (Texts.text(.minutesAttendees, lang), attendees.map { Self.text($0, names: names) }.joined(separator: ", ")),
            (Texts.text(.minutesAbsent, lang), absent.isEmpty ? Texts.text(.minutesNobodyAbsent, lang)
                : absent.map { Self.text($0, names: names) }.joined(separator: ", ")),
            (Texts.text(.minutesCoverage, lang), Texts.text(.minutesCoverageValue, lang, [String(discussedCount), String(boardCount)])),
        ]
        if isOpen { out.append((Texts.text(.minutesState, lang), Texts.text(.minutesOpen, lang))) }
        return out
    }
}

extension Store {
    /// The minutes of the meeting held on `day`, or nil when none was started. Labels come from
    /// the board as it is `today`; the youths the meeting touched are read in full, so the
    /// minutes know which decisions are written into the patient record.
    public func minutes(on day: Day, today: Day) throws(TavleError) -> (minutes: MeetingMinutes, problems: [LoadProblem])? {
        guard let meeting = try meeting(on: day) else { return nil }
        let all = try loadBoard(today: today)
        var youths = Dictionary(all.youths.map { ($0.id, $0) }) { a, _ in a }
        for item in meeting.items { if let full = try? loadYouth(item.youth) { youths[item.youth] = full } }
        let m = MeetingMinutes(meeting: meeting, team: all.team, youths: youths, labels: Board.distinctInitials(all.youths),
                               coverage: try coverage(of: meeting))
        return (m, all.problems)
    }
}
