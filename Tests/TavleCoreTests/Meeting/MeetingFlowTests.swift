import Foundation
import Testing
@testable import TavleCore

/// The morning meeting driven through the store's API on a real data directory (the demo team).
@Suite struct MeetingFlowTests {
    /// The refusal `body` threw, if it threw one.
    func refusal(_ body: () throws -> Void) -> LocalizedMessage? {
        do { try body() } catch {
            if case .refused(let m) = error as? TavleError { return m }
            if case .usage(let m) = error as? TavleError { return m }
        }
        return nil
    }

    /// The store as seen `seconds` after 08:00:00 on the pinned day (the clock moves on through a meeting).
    func store(_ dir: TempDir, at seconds: Int) throws -> Store {
        let t = Timestamp.local(day: fixedToday, minutes: 8 * 60, in: TimeZone(identifier: "Europe/Oslo")!)
        let now = Timestamp(seconds: t.seconds + Int64(seconds), offset: t.offset)
        return try Store(root: dir.path + "/data", environment: ["TAVLE_NOW": now.iso])
    }
    func refusalKey(_ body: () throws -> Void) -> TextKey? { refusal(body)?.key }

    @Test func fullMeetingIsStoredJournaledAndWrittenToTheYouths() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let team = try store.loadTeam()
        let expectedBoard = Board(team: team, youths: try store.loadBoard(today: fixedToday).youths, today: fixedToday).intensive.map(\.youth.id)
        #expect(expectedBoard.count == 4 && expectedBoard.first == "sofie")

        let started = try self.store(dir, at: 0).startMeeting(day: fixedToday, chair: "ingrid", attendees: ["ole", "siri", "ole"], actor: leader)
        #expect(started.board == expectedBoard)
        #expect(started.attendees == ["ingrid", "ole", "siri"])
        #expect(started.minutes == 15 && started.version == 1 && started.isOpen)

        // Every board youth: under discussion on the shared screen, a decision, discussed. The time
        // spent is measured by the core: from the previous discussion's end (or the start) to now.
        var clock = 0
        for (i, id) in expectedBoard.enumerated() {
            try store.setCurrentYouth(day: fixedToday, youth: id)
            #expect(store.currentYouth(day: fixedToday)?.youth == id)
            clock += 60 + i
            let now = try self.store(dir, at: clock)
            try now.applyInMeeting(.decision(text: "Beslutning \(i + 1) for \(id)"), youth: id, day: fixedToday, actor: leader)
            try now.discuss(youth: id, day: fixedToday, actor: leader)
        }
        try store.applyInMeeting(.plan(day: nil, staff: "ole", time: "10:00", place: "Hjemme"), youth: "sofie", day: fixedToday, actor: leader)
        // A case-management youth raised as a signal is moved up onto the board by the meeting: that
        // decision is its discussion. A colleague puts another on the board from the command line
        // meanwhile: the meeting must cover her too before it can end without confirmation.
        try store.applyInMeeting(.putOnBoard(reason: .crisis, plan: "Daglig kontakt", evaluate: nil), youth: "filip", day: fixedToday,
                                 actor: leader)
        try store.apply(.putOnBoard(reason: .vulnerable, plan: "Tett oppfølging", evaluate: nil), to: "ida", actor: Actor(staff: "ole", unixUser: "ole"))
        // The end is asked at a pinned moment too: the demo store's clock is the real time of day, which
        // can be before 08:00 and would end the meeting before it started.
        guard case .needsConfirmation(let coverage) = try self.store(dir, at: clock + 10).endMeeting(day: fixedToday, confirmUndiscussed: false,
                                                                                                        actor: leader) else {
            Issue.record("the end was not refused"); return
        }
        #expect(coverage.undiscussed == ["ida"] && coverage.board == expectedBoard + ["filip", "ida"])
        // A time given by hand is capped: the discussions never add up to more than the meeting.
        clock += 30
        try self.store(dir, at: clock).discuss(youth: "ida", day: fixedToday, seconds: 999, actor: leader)

        guard case .ended(let ended) = try self.store(dir, at: clock + 10).endMeeting(day: fixedToday, confirmUndiscussed: false, actor: leader) else {
            Issue.record("the meeting did not end"); return
        }
        let stored = try #require(try store.meeting(on: fixedToday))
        #expect(stored == ended)
        #expect(stored.ended != nil && stored.coveredEveryBoardYouth)
        #expect(stored.board == expectedBoard + ["filip", "ida"])
        #expect(store.currentYouth(day: fixedToday) == nil)

        let items = stored.items
        #expect(items.map(\.youth) == expectedBoard + ["filip", "ida"])
        #expect(items.allSatisfy { $0.outcome == .discussed })
        #expect(items.map(\.seconds) == [60, 61, 62, 63, 0, 30])
        #expect(items.map(\.seconds).reduce(0, +) <= Int(stored.ended!.seconds - stored.started.seconds))
        #expect(stored.item("sofie").plans == [MeetingPlan(staff: "ole", time: "10:00", place: "Hjemme")])
        #expect(stored.item("filip").changes == [MeetingChange(field: "status", old: "worried", new: "crisis"),
                                                MeetingChange(field: "mode", old: "case-management", new: "intensive")])

        // Each decision is a decision note in the youth's own record, referenced from the meeting.
        for (i, id) in expectedBoard.enumerated() {
            let decision = try #require(stored.item(id).decisions.first)
            #expect(decision.text == "Beslutning \(i + 1) for \(id)")
            let note = try #require(try store.loadYouth(id).notes.first { $0.id == decision.note })
            #expect(note.kind == .decision && note.text == decision.text && note.documented == nil)
        }
        let sofie = try store.loadYouth("sofie")
        #expect(sofie.plans(on: fixedToday).contains { $0.staff == "ole" && $0.time == "10:00" })
        #expect(try store.loadYouth("filip").mode == .intensive)

        // Journaled through the one write path: one meeting entry per change, id = the date.
        // (The demo's meeting of yesterday was journaled when the demo was installed.)
        let entries = try store.journal.read().entries.filter { $0.target == "meeting" && $0.id != "2026-11-21" }
        #expect(entries.allSatisfy { $0.id == "2026-11-22" })
        #expect(entries.map(\.version) == Array(1...stored.version))
        #expect(entries.first?.action == "meeting-start" && entries.last?.action == "meeting-end")
        // Events are appended, never rewritten: each later entry carries only its new events.
        #expect(entries.dropFirst().allSatisfy { e in e.changes.allSatisfy { $0.field != "events" || $0.op == .append } })

        // Private modes, like youths/.
        #expect(FileIO.status(store.meetingsDir).map { $0.st_mode & 0o7777 } == 0o700)
        #expect(FileIO.status(store.meetingPath(fixedToday)).map { $0.st_mode & 0o777 } == 0o600)
        #expect(store.verify() == [])
        #expect(store.meetingProblems(entries: try store.journal.read().entries, access: .private) == [])

        // Nothing can change once ended, and there is no second meeting that day.
        #expect(refusalKey { try store.discuss(youth: "sofie", day: fixedToday, seconds: 1, actor: leader) } == .refuseMeetingEnded)
        #expect(refusalKey { try store.startMeeting(day: fixedToday, chair: "ole", attendees: [], actor: leader) } == .refuseMeetingExists)
    }

    @Test func secondMeetingTheSameDayIsRefusedWithAClearMessage() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let first = try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        let m = try #require(refusal {
            try store.startMeeting(day: fixedToday, chair: "ole", attendees: [], actor: Actor(staff: "ole", unixUser: "ole"))
        })
        #expect(m.key == .refuseMeetingExists)
        #expect(m.text(.en) == "A board meeting was already held on 2026-11-22 (started \(first.started.clock), chaired by @IS). One meeting a day; see the meeting status.")
        #expect(m.text(.nb).hasPrefix("Det er allerede holdt et tavlemøte 22.11.2026"))
        #expect(try store.meeting(on: fixedToday) == first)
        // The next day is a new meeting; a day in the future is not.
        #expect(refusalKey { try store.startMeeting(day: fixedToday.adding(days: 1), chair: "ingrid", attendees: [], actor: leader) }
                == .refuseDateInFuture)
        #expect(throws: TavleError.staffNotFound("nobody")) {
            try store.startMeeting(day: fixedToday.adding(days: -1), chair: "ingrid", attendees: ["nobody"], actor: leader)
        }
    }

    @Test func endingWithUndiscussedBoardYouthsNeedsConfirmation() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let m = try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        try store.discuss(youth: m.board[0], day: fixedToday, seconds: 90, actor: leader)
        let before = try store.meeting(on: fixedToday)

        let refused = try store.endMeeting(day: fixedToday, confirmUndiscussed: false, actor: leader)
        #expect(refused == .needsConfirmation(MeetingCoverage(try #require(try store.meeting(on: fixedToday)))))
        if case .needsConfirmation(let c) = refused { #expect(c.undiscussed == Array(m.board.dropFirst())) }
        #expect(try store.meeting(on: fixedToday) == before)   // nothing written

        guard case .ended(let ended) = try store.endMeeting(day: fixedToday, confirmUndiscussed: true, actor: leader) else {
            Issue.record("the meeting did not end"); return
        }
        #expect(ended.items.map(\.outcome) == [.discussed] + Array(repeating: .notDiscussed, count: m.board.count - 1))
        #expect(!ended.coveredEveryBoardYouth)
        #expect(ended.undiscussed == Array(m.board.dropFirst()))
        #expect(store.verify() == [])
    }

    @Test func meetingChangesNeedAnOpenMeetingAndValidInput() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        #expect(refusalKey { try store.applyInMeeting(.decision(text: "x"), youth: "sofie", day: fixedToday, actor: leader) } == .refuseMeetingNone)
        #expect(refusalKey { try store.setCurrentYouth(day: fixedToday, youth: "sofie") } == .refuseMeetingNone)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        #expect(refusalKey { try store.applyInMeeting(.decision(text: "  "), youth: "sofie", day: fixedToday, actor: leader) } == .refuseDecisionEmpty)
        #expect(refusalKey { try store.applyInMeeting(.note(text: " ", kind: .note), youth: "sofie", day: fixedToday, actor: leader) } == .refuseNoteEmpty)
        #expect(refusalKey { try store.discuss(youth: "sofie", day: fixedToday, seconds: -5, actor: leader) } == .refuseMeetingBadSeconds)
        #expect(refusalKey { try store.applyInMeeting(.plan(day: nil, staff: "ole", time: "25:00", place: nil), youth: "sofie", day: fixedToday, actor: leader) }
                == .inputBadTime)
        #expect(throws: TavleError.youthNotFound("nobody")) { try store.discuss(youth: "nobody", day: fixedToday, seconds: 1, actor: leader) }
        #expect(throws: TavleError.invalidID("../team")) { try store.setCurrentYouth(day: fixedToday, youth: "../team") }
        // Nothing refused reached the meeting record.
        #expect(try store.meeting(on: fixedToday)?.version == 1)
        try store.setCurrentYouth(day: fixedToday, youth: "amina")
        try store.setCurrentYouth(day: fixedToday, youth: nil)
        #expect(store.currentYouth(day: fixedToday) == nil)
        #expect(store.verify() == [])
    }

    /// A discussion is one change: when any part of it is refused (a plan for someone not in the
    /// team, after two decisions), nothing of it is written, so putting it right and running it
    /// again does not leave the decisions twice.
    @Test func aDiscussionWithARefusedPartWritesNothing() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        let youth = try store.loadYouth("sofie"), journal = store.journal.size()
        let meeting = try #require(try store.meeting(on: fixedToday))
        let decisions: [YouthChange] = [.decision(text: "Ring mor"), .decision(text: "Nettverksmøte")]
        #expect(throws: TavleError.self) {
            try store.discuss(youth: "sofie", day: fixedToday, changes: decisions + [.plan(day: nil, staff: "zz", time: "10:00", place: nil)], actor: leader)
        }
        #expect(refusalKey {
            try store.discuss(youth: "sofie", day: fixedToday, changes: decisions + [.plan(day: nil, staff: "ole", time: "25:00", place: nil)], actor: leader)
        } == .inputBadTime)
        #expect(try store.loadYouth("sofie") == youth, "no decision written")
        #expect(store.journal.size() == journal)
        #expect(try store.meeting(on: fixedToday) == meeting)
        try store.discuss(youth: "sofie", day: fixedToday, changes: decisions + [.plan(day: nil, staff: "ole", time: "10:00", place: nil)], actor: leader)
        #expect(try store.loadYouth("sofie").shownNotes.filter { $0.kind == .decision }.count
                == youth.shownNotes.filter { $0.kind == .decision }.count + 2, "each decision once")
        // An intake with a first change that is refused leaves no youth behind either.
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/youths").count
        #expect(throws: TavleError.self) {
            try store.createYouth(Youth(id: "", name: "Kine Hauge", born: Day(parsing: "2009-02-02")!, intake: fixedToday),
                                  then: [.note(text: "Første samtale", kind: .note), .plan(day: nil, staff: "zz", time: "10:00", place: nil)], actor: leader)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/data/youths").count == files)
        #expect(store.verify() == [])
    }

    @Test func meetingsAreListedAndTheRecoveryHookKnowsTheirFiles() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        // The demo holds yesterday's meeting (issue 23: the four questions answered); one more two days ago.
        try store.startMeeting(day: fixedToday.adding(days: -2), chair: "ingrid", attendees: [], actor: leader)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        #expect(try store.meetings().meetings.map(\.day) == [fixedToday.adding(days: -2), fixedToday.adding(days: -1), fixedToday])
        #expect(try store.meetings(from: fixedToday).meetings.count == 1)
        #expect(store.meetingRecordPath(target: "meeting", id: "2026-11-22") == store.meetingPath(fixedToday))
        #expect(store.meetingRecordPath(target: "meeting", id: "../x") == nil)
        #expect(store.meetingRecordPath(target: "rota", id: "rota") == store.rotaPath)
        #expect(store.meetingRecordPath(target: "youth", id: "sofie") == nil)
        // A meeting file that disagrees with the journal is reported by name.
        var m = try #require(try store.meeting(on: fixedToday))
        m.chair = "ole"
        try FileIO.writeAtomically(try Coding.encodeFile(m), to: store.meetingPath(fixedToday), tempPath: store.tmpDir + "/t", mode: 0o600)
        #expect(store.verify() == ["\(store.meetingPath(fixedToday)): differs from the journal in chair"])
        let nb = store.check().problems.map { $0.text(.nb) }
        #expect(nb == ["\(store.meetingPath(fixedToday)): avviker fra journalen i møteleder"], "the field in words, in bokmål")
    }
}
