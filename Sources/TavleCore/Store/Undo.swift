import Foundation

/// What an undo reverted: the change's journal entries (oldest first) and the youths it touched,
/// as they are now.
public struct UndoOutcome: Sendable, Equatable {
    public var change: String
    public var entries: [JournalEntry]
    public var youths: [Youth]

    /// The kinds of change reverted, in order, without repeats (for "Angret: status, beslutning").
    public var kinds: [ChangeKind] {
        var out: [ChangeKind] = []
        for e in entries where e.target == "youth" {
            let word = e.action.hasPrefix("set ") ? "set" : e.action
            if let k = ChangeKind(rawValue: word), !out.contains(k) { out.append(k) }
        }
        return out
    }

    /// Whether the change marked a youth discussed in the meeting.
    public var undidDiscussion: Bool { entries.contains { $0.target == "meeting" && $0.action == "meeting-discussed" } }
}

extension UndoOutcome {
    /// "Angret: status, beslutning for Kristian Haug (KH²)." in the user's words.
    public func text(_ lang: Language) -> String {
        var what = kinds.map { $0.label(lang) }
        if undidDiscussion { what.append(Texts.text(.undoWhatDiscussed, lang)) }
        let who = youths.map { TextSafety.display($0.name) + " (" + TextSafety.display($0.label) + ")" }.joined(separator: ", ")
        return Texts.text(.undoDone, lang, [what.joined(separator: ", "), who])
    }
}

extension Store {
    /// Undoes `actor`'s last change (to `youth`, when given) as a new change: the journal only
    /// grows. Fields the change set go back to their old values; notes and contacts it added are
    /// retracted (kept, marked, hidden); other entries it appended (a plan, a board period, meeting
    /// events) are removed. If anyone changed one of those fields since, nothing is changed and the
    /// refusal names who changed what. The last change is the actor's newest one not undone yet,
    /// so undoing again goes one further back.
    @discardableResult
    public func undoLast(actor: Actor, youth: String? = nil) throws(TavleError) -> UndoOutcome {
        try withLock { () throws(TavleError) -> UndoOutcome in
            guard let entries = try lastUndoableChange(by: actor, youth: youth), let key = entries.first?.changeKey else {
                throw .refused(LocalizedMessage(youth == nil ? .refuseUndoNothing : .refuseUndoNothingForYouth))
            }
            let team = try loadTeam()
            let now = Clock.now(zone: team.zone, environment: environment)
            // Check every record first: a refused undo changes nothing at all.
            var plans: [(JournalEntry, Youth, Youth)] = []
            var meetings: [(JournalEntry, Meeting, Meeting)] = []
            for e in entries.reversed() {
                switch e.target {
                case "youth":
                    let current: Youth
                    if let earlier = plans.last(where: { $0.0.id == e.id })?.2 { current = earlier } else { current = try loadYouth(e.id) }
                    plans.append((e, current, try reverted(current, by: e, actor: actor, now: now)))
                case "meeting":
                    guard let day = Day(parsing: e.id), let current = try meeting(on: day) else { continue }
                    let base = meetings.last(where: { $0.0.id == e.id })?.2 ?? current
                    meetings.append((e, base, reverted(base, by: e)))
                default: continue
                }
            }
            let changeID = Store.newChangeID()
            var youths: [String: Youth] = [:]
            var written: [String: Youth] = [:]
            for (_, _, next) in plans { youths[next.id] = next }
            for (id, next) in youths {
                let current = try loadYouth(id)
                written[id] = try commitYouth(old: current, new: next, basedOn: nil, actor: actor, action: JournalAction.undo,
                                              change: changeID, undoes: key)
            }
            if let last = meetings.last {
                _ = try commitMeeting(old: try meeting(on: last.1.day), new: last.2, team: team, actor: actor,
                                      action: JournalAction.undo, change: changeID, undoes: key)
            }
            return UndoOutcome(change: key, entries: entries, youths: written.values.sorted { $0.id < $1.id })
        }
    }

    /// `current` with the journal entry `e` reverted, or the conflict that forbids it.
    func reverted(_ current: Youth, by e: JournalEntry, actor: Actor, now: Timestamp) throws(TavleError) -> Youth {
        var record = try object(current)
        var retract: [String] = []
        for c in e.changes {
            if c.op == .set, let v = current.fieldVersions[c.field], v > e.version {
                throw .undoConflict(youth: current.id, field: c.field, by: staffDisplay(current.fieldAuthors[c.field]), version: v)
            }
            switch c.op {
            case .set:
                record[c.field] = c.old
            case .append where c.field == "notes" || c.field == "contacts":
                retract += (c.new?.array ?? []).compactMap { $0.object?["id"]?.string }
            case .append:
                var kept = record[c.field]?.array ?? []
                for added in c.new?.array ?? [] {
                    if let id = added.object?["id"]?.string { kept.removeAll { $0.object?["id"]?.string == id } }
                    else if let i = kept.lastIndex(of: added) { kept.remove(at: i) }
                }
                record[c.field] = .array(kept)
            }
        }
        var y = try decodeObject(Youth.self, record, path: youthPath(current.id))
        for id in retract where !y.isRetracted(id) { y.retractions.append(Retraction(id: id, by: actor.staff, at: now)) }
        // Derived: the last contact not taken back.
        y.lastContact = y.shownContacts.map(\.at).max()
        return y
    }

    /// `m` with the meeting entry `e` reverted: the events it appended are removed.
    func reverted(_ m: Meeting, by e: JournalEntry) -> Meeting {
        var next = m
        for c in e.changes where c.field == "events" && c.op == .append {
            for added in c.new?.array ?? [] {
                if let i = next.events.lastIndex(where: { (try? JSONValue.from($0)) == added }) { next.events.remove(at: i) }
            }
        }
        return next
    }

    /// The journal entries of `actor`'s newest change not undone yet (to `youth`, when given),
    /// oldest first; nil when there is none, refused when it is one undo cannot revert. Reads the
    /// journal from its end, a window at a time.
    func lastUndoableChange(by actor: Actor, youth: String?) throws(TavleError) -> [JournalEntry]? {
        let size = journal.size()
        var window: Int64 = 256 * 1024
        while true {
            let start = max(0, size - window)
            let entries = try journal.read(from: start).entries
            var undone = Set<String>()
            var cut = false
            search: for (i, e) in entries.enumerated().reversed() {
                if let u = e.undoes { undone.insert(u); continue }
                // An undo's own entries (a meeting's, written before undo marked them) are never a change to undo.
                guard e.action != JournalAction.undo else { continue }
                guard e.staff == actor.staff, e.user == actor.unixUser, !undone.contains(e.changeKey) else { continue }
                let group = entries.filter { $0.changeKey == e.changeKey }
                // A youth's label numbered by someone else's intake is not a change to that youth.
                if let youth, !group.contains(where: { $0.target == "youth" && $0.id == youth && $0.action != JournalAction.label }) { continue }
                // The change may have begun before the window: read further back so it is whole.
                if start > 0, i == 0 || entries.first?.changeKey == e.changeKey { cut = true; break search }
                // The actor's last change is the one undone, or none: undo never reaches past an
                // intake, a meeting started or a setting to revert an older change the actor did
                // not mean (often to another youth).
                guard group.contains(where: Store.undoable) else {
                    let word = JournalWords.actionWordKey(e.action, target: e.target).map(LocalizedMessage.word) ?? e.action
                    throw .refused(LocalizedMessage(.refuseUndoLastNotUndoable, [word]))
                }
                return group
            }
            if start == 0 { return nil }
            if !cut, window >= 256 * 1024 * 1024 { return nil }
            window *= 4
        }
    }

    /// Whether a journal entry is a person's change that undo may revert.
    static func undoable(_ e: JournalEntry) -> Bool {
        switch e.target {
        case "youth": return ![JournalAction.create, JournalAction.undo, JournalAction.label, "migrate", "purge", "init"].contains(e.action)
        case "meeting": return ["meeting-decision", "meeting-plan", "meeting-change", "meeting-discussed"].contains(e.action)
        default: return false
        }
    }
}
