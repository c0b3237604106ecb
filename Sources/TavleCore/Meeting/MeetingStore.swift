import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How `endMeeting` turned out: ended, or refused until the chair confirms that the listed
/// board youths were not discussed.
public enum MeetingEnd: Sendable, Equatable {
    case ended(Meeting)
    /// Nothing was written. The coverage: the board youths not discussed are its `undiscussed`.
    case needsConfirmation(MeetingCoverage)
}

/// The morning meeting in the data directory: `meetings/<YYYY-MM-DD>.json`, one per day.
/// Every change goes through the store's one write path (lock, journal entry with target
/// `meeting` and the date as id, atomic replace). A decision, plan or status change made in the
/// meeting is written to the youth's own record too, under the same lock hold.
extension Store {
    public var meetingsDir: String { root + "/meetings" }

    public func meetingPath(_ day: Day) -> String { meetingsDir + "/" + day.iso + ".json" }

    // MARK: Reading

    /// The meeting held on `day`, or nil if none was started.
    public func meeting(on day: Day) throws(TavleError) -> Meeting? {
        guard try meetingsDirectoryExists() else { return nil }
        let path = meetingPath(day)
        guard FileIO.status(path) != nil else { return nil }
        let m = try Coding.decodeFile(Meeting.self, from: try FileIO.read(path), path: path, supported: Meeting.schemaVersion)
        guard m.day == day else { throw .badFile(path: path, problem: LocalizedMessage(.fileWrongDay, [m.day.iso, day.iso])) }
        return m
    }

    /// Every meeting from `from` through `through` (both optional), oldest first, and a problem
    /// for each file that could not be read.
    public func meetings(from: Day? = nil, through: Day? = nil) throws(TavleError) -> (meetings: [Meeting], problems: [LoadProblem]) {
        guard try meetingsDirectoryExists() else { return ([], []) }
        var out: [Meeting] = [], problems: [LoadProblem] = []
        for name in try FileIO.list(meetingsDir).sorted() where name.hasSuffix(".json") {
            guard let day = Day(parsing: String(name.dropLast(5))), name.count == 15 else {
                problems.append(LoadProblem(path: meetingsDir + "/" + name, error: .badFile(path: meetingsDir + "/" + name,
                                                                                             problem: LocalizedMessage(.fileNotMeetingName))))
                continue
            }
            if let f = from, day < f { continue }
            if let t = through, day > t { continue }
            do { if let m = try meeting(on: day) { out.append(m) } } catch {
                problems.append(LoadProblem(path: meetingPath(day), error: error))
            }
        }
        return (out, problems)
    }

    /// False when there is no `meetings/` yet; an error when it is not a real directory (a
    /// planted symlink must not lead reads or writes out of the data directory).
    func meetingsDirectoryExists() throws(TavleError) -> Bool {
        guard let st = FileIO.status(meetingsDir) else { return false }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .badFile(path: meetingsDir, problem: LocalizedMessage(.fileNotDirectoryLink))
        }
        return true
    }

    // MARK: Writing

    /// Who is present when nobody says otherwise: every active member (the board's start form
    /// picks them all, and `tavle meeting start` without `--attendees` takes them too).
    public static func defaultAttendees(_ team: Team) -> [StaffID] { team.staff.filter(\.active).map(\.id) }

    /// Starts the meeting of `day` (not in the future) with a chair and attendees (staff ids of
    /// active members; the chair is added to the attendees). Refuses a second meeting that day.
    /// `minutes` is this meeting's time box (`tavle meeting start --minutes N`); nil, or less than
    /// one minute, uses the team's.
    @discardableResult
    public func startMeeting(day: Day, chair: StaffID, attendees: [StaffID], minutes: Int? = nil,
                             actor: Actor) throws(TavleError) -> Meeting {
        let team = try loadTeam()
        guard let c = team.member(chair), c.active else { throw .staffNotFound(chair) }
        var people = [chair]
        for a in attendees where !people.contains(a) {
            guard let m = team.member(a), m.active else { throw .staffNotFound(a) }
            people.append(a)
        }
        let today = team.today(environment: environment)
        guard day <= today else { throw .refused(LocalizedMessage(.refuseDateInFuture, [day.iso])) }
        return try withLock { () throws(TavleError) -> Meeting in
            if let existing = try meeting(on: day) {
                let who = "@" + (team.member(existing.chair)?.initials ?? existing.chair)
                throw .refused(LocalizedMessage(.refuseMeetingExists, [day.iso, existing.started.clock, who]))
            }
            let now = Clock.now(zone: team.zone, environment: environment)
            let box = minutes.flatMap { $0 >= 1 ? $0 : nil } ?? team.meetingMinutes
            let m = Meeting(day: day, chair: chair, attendees: people, started: now, minutes: box,
                            board: try boardYouthIDs(team: team, day: day))
            return try commitMeeting(old: nil, new: m, team: team, actor: actor, action: "meeting-start")
        }
    }

    /// A change to a youth made in the open meeting of `day`: applied as everywhere else
    /// (`Store.apply`), and what it did recorded in the meeting (a decision, a plan, a status or
    /// mode change), all as one change.
    @discardableResult
    public func applyInMeeting(_ change: YouthChange, youth: String, day: Day, basedOn: Int? = nil, actor: Actor) throws(TavleError) -> Meeting {
        let action = switch change.kind {
        case .decision: "meeting-decision"
        case .plan: "meeting-plan"
        case .answers: "meeting-answers"
        default: "meeting-change"
        }
        return try withOpenMeeting(day: day, actor: actor, action: action) { (m: inout Meeting, now: Timestamp, id: String) throws(TavleError) in
            try record(change, youth: youth, in: &m, now: now, actor: actor, changeID: id, basedOn: basedOn)
        }
    }

    /// `youth` was discussed: the changes made for them (a status, decisions, a plan …) and the
    /// mark, as one change (one undo reverts all of it). The time spent runs from the end of the
    /// previous discussion (or the meeting's start) to now, so the times never add up to more
    /// than the meeting has lasted; `seconds` (the command line's `--seconds`) is capped the same way.
    @discardableResult
    public func discuss(youth: String, day: Day, changes: [YouthChange] = [], seconds: Int? = nil,
                        actor: Actor) throws(TavleError) -> Meeting {
        if let s = seconds, s < 0 { throw .refused(LocalizedMessage(.refuseMeetingBadSeconds, [String(s)])) }
        if let s = seconds, !Limits.meetingSeconds.contains(s) {
            throw .refused(LocalizedMessage(.refuseMeetingSecondsRange, [String(s), String(Limits.meetingSeconds.upperBound)]))
        }
        return try withOpenMeeting(day: day, actor: actor, action: "meeting-discussed") { (m: inout Meeting, now: Timestamp, id: String) throws(TavleError) in
            try checkAll(changes, on: try loadYouth(youth), actor: actor)
            for c in changes { try record(c, youth: youth, in: &m, now: now, actor: actor, changeID: id) }
            let since = m.events.last { $0.kind == .discussed }?.at ?? m.started
            let available = max(0, Int(now.seconds - max(since, m.started).seconds))
            var e = MeetingEvent(at: now, by: actor.staff, youth: youth, kind: .discussed)
            e.seconds = min(seconds ?? available, available)
            m.events.append(e)
        }
    }

    /// Applies `change` to the youth and appends to the meeting what it did. Under the lock.
    func record(_ change: YouthChange, youth: String, in m: inout Meeting, now: Timestamp, actor: Actor,
                changeID: String, basedOn: Int? = nil) throws(TavleError) {
        let y = try applyLocked(change, to: youth, basedOn: basedOn, actor: actor, changeID: changeID)
        // Every decision the change wrote (a decision, an evaluation's conclusion, a closing
        // note off the board) is a decision of the meeting: in the minutes, and to be written
        // into the patient record.
        for note in y.new.notes where note.kind == .decision && !y.old.notes.contains(where: { $0.id == note.id }) {
            var e = MeetingEvent(at: now, by: actor.staff, youth: youth, kind: .decision)
            e.text = note.text
            e.note = note.id
            m.events.append(e)
        }
        switch change {
        case .answers(let needs, let treatment, let safety, let family):
            // What this meeting answered: this answer over any given earlier in the same meeting
            // (never the youth's answers from earlier meetings).
            let earlier = m.events.last { $0.kind == .answers && $0.youth == youth }?.answers
            var e = MeetingEvent(at: now, by: actor.staff, youth: youth, kind: .answers)
            e.answers = FourAnswers(day: m.day, needs: needs.flatMap { Change.clean($0, multiline: true) }, treatment: treatment,
                                    safety: safety, family: family).merged(over: earlier)
            m.events.append(e)
        case .plan:
            guard let p = y.new.plans.first(where: { !y.old.plans.contains($0) }) else { break }
            var e = MeetingEvent(at: now, by: actor.staff, youth: youth, kind: .plan)
            e.staff = p.staff
            e.time = p.time
            e.place = p.place
            m.events.append(e)
        default:
            break
        }
        var pairs: [(String, String?, String?)] = [("status", y.old.status.rawValue, y.new.status.rawValue),
                                                    ("mode", y.old.mode.rawValue, y.new.mode.rawValue)]
        // The crisis plan gone through, the board period evaluated, a whole-team review: by date.
        switch change.kind {
        case .crisisPlan: pairs.append(("crisisPlan", y.old.crisisPlan?.updated.iso, y.new.crisisPlan?.updated.iso))
        case .evaluate: pairs.append(("evaluate", y.old.currentPeriod?.evaluate?.iso, y.new.currentPeriod?.evaluate?.iso))
        case .reviewed where y.new.reviews.count > y.old.reviews.count:
            pairs.append(("reviewed", y.old.lastReview?.day.iso, y.new.lastReview?.day.iso ?? ""))
        default: break
        }
        for (field, old, new) in pairs where old != new || field == "reviewed" {
            var e = MeetingEvent(at: now, by: actor.staff, youth: youth, kind: .change)
            e.field = field
            e.old = old
            e.new = new
            e.why = change.why
            m.events.append(e)
        }
    }

    /// Ends the meeting. While board youths are undiscussed it writes nothing and returns them,
    /// unless `confirmUndiscussed`: then they are recorded as not discussed. The board youths are
    /// those on the board at the start and anyone put on it since.
    public func endMeeting(day: Day, confirmUndiscussed: Bool, actor: Actor) throws(TavleError) -> MeetingEnd {
        let team = try loadTeam()
        return try withLock { () throws(TavleError) -> MeetingEnd in
            let current = try openMeeting(day)
            var next = current
            for id in try boardYouthIDs(team: team, day: day) where !next.board.contains(id) { next.board.append(id) }
            let missing = next.undiscussed
            if !missing.isEmpty && !confirmUndiscussed { return .needsConfirmation(next.coverage()) }
            let now = Clock.now(zone: team.zone, environment: environment)
            for id in missing { next.events.append(MeetingEvent(at: now, by: actor.staff, youth: id, kind: .notDiscussed)) }
            next.ended = now
            let done = try commitMeeting(old: current, new: next, team: team, actor: actor, action: "meeting-end")
            // Nobody is under discussion once the meeting is over.
            FileIO.unlink(currentYouthPath(day))
            return .ended(done)
        }
    }

    // MARK: Internals

    /// The open meeting of `day`, or the refusal that says why there is none. Under the lock.
    func openMeeting(_ day: Day) throws(TavleError) -> Meeting {
        guard let m = try meeting(on: day) else { throw .refused(LocalizedMessage(.refuseMeetingNone, [day.iso])) }
        guard m.ended == nil else { throw .refused(LocalizedMessage(.refuseMeetingEnded, [day.iso, m.ended!.clock])) }
        return m
    }

    /// Loads the open meeting under the lock, lets `body` change it (and a youth, under the same
    /// change id), and commits it.
    func withOpenMeeting(day: Day, actor: Actor, action: String,
                         _ body: (inout Meeting, Timestamp, String) throws(TavleError) -> Void) throws(TavleError) -> Meeting {
        let team = try loadTeam()
        return try withLock { () throws(TavleError) -> Meeting in
            let current = try openMeeting(day)
            var next = current
            let id = Store.newChangeID()
            try body(&next, Clock.now(zone: team.zone, environment: environment), id)
            return try commitMeeting(old: current, new: next, team: team, actor: actor, action: action, change: id)
        }
    }

    /// The coverage of `m` (`MeetingCoverage`): while it is open, with whoever is on the board now.
    public func coverage(of m: Meeting) throws(TavleError) -> MeetingCoverage {
        m.coverage(boardNow: m.isOpen ? try boardYouthIDs(team: try loadTeam(), day: m.day) : [])
    }

    /// Board youths (intensive, not discharged) in urgency order, as the board shows them.
    func boardYouthIDs(team: Team, day: Day) throws(TavleError) -> [String] {
        let data = try loadBoard(today: day, maintainIndex: false)
        return Board(team: team, youths: data.youths, today: day).intensive.map(\.youth.id)
    }

    func commitMeeting(old: Meeting?, new: Meeting, team: Team, actor: Actor, action: String,
                       change: String? = nil, undoes: String? = nil) throws(TavleError) -> Meeting {
        var next = new
        let oldObject = try old.map { (o: Meeting) throws(TavleError) in try object(o) } ?? [:]
        let changes = RecordDiff.changes(from: oldObject, to: try object(next))
        if let old, changes.isEmpty { return old }
        next.version = (old?.version ?? 0) + 1
        next.schema = Meeting.schemaVersion
        next.updated = Clock.now(zone: team.zone, environment: environment)
        try ensureModuleDirectory(meetingsDir, team: team)
        try commit(next, changes: changes, target: "meeting", id: next.day.iso, version: next.version,
                   path: meetingPath(next.day), actor: actor, action: action, mode: Store.fileMode(team.access), change: change,
                   undoes: undoes)
        return next
    }

    /// Creates a subdirectory with the same mode as `youths/` (0700, or 2770 for a team group).
    func ensureModuleDirectory(_ path: String, team: Team) throws(TavleError) {
        if let st = FileIO.status(path) {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .badFile(path: path, problem: LocalizedMessage(.fileNotDirectoryLink)) }
            return
        }
        try FileIO.makeDirectory(path, mode: team.access == .group ? 0o2770 : 0o700)
    }
}
