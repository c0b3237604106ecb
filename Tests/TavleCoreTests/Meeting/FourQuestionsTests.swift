import Foundation
import Testing
@testable import TavleCore

/// Issue 23, point 2: the four questions answered in the meeting, kept with the discussion and on
/// the youth, and counted once (`FourQuestionsShare`).
@Suite struct FourQuestionsTests {
    func store(_ dir: TempDir, at seconds: Int, day: Day = fixedToday) throws -> Store {
        let t = Timestamp.local(day: day, minutes: 8 * 60, in: TimeZone(identifier: "Europe/Oslo")!)
        return try Store(root: dir.path + "/data", environment: ["TAVLE_NOW": Timestamp(seconds: t.seconds + Int64(seconds), offset: t.offset).iso])
    }

    @Test("answers are kept with the discussion (one change), merged within the meeting, and the youth keeps the last of each")
    func answersInTheMeeting() throws {
        let dir = TempDir()
        _ = try demoStore(dir)
        try store(dir, at: 0).startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        let s = try store(dir, at: 60)
        let journal = s.journal.size()
        let m = try s.discuss(youth: "sofie", day: fixedToday,
                              changes: [.answers(needs: "  Mer kontakt med skolen ", treatment: .ok, safety: .concern, family: nil)], actor: leader)
        #expect(m.item("sofie").outcome == .discussed)
        #expect(m.item("sofie").answers == FourAnswers(day: fixedToday, needs: "Mer kontakt med skolen", treatment: .ok, safety: .concern))
        // One journal entry for the youth and one for the meeting, under the same change id.
        let entries = try s.journal.read(from: journal).entries
        #expect(entries.count == 2 && Set(entries.map(\.change)).count == 1, "\(entries.map(\.action))")
        #expect(entries.contains { $0.action == "answers" && $0.target == "youth" })
        // Family answered later in the same meeting: the meeting's answers are merged.
        let later = try store(dir, at: 120).applyInMeeting(.answers(needs: nil, treatment: nil, safety: nil, family: .ok), youth: "sofie",
                                                             day: fixedToday, actor: leader)
        #expect(later.item("sofie").answers?.safetyAndFamilyAnswered == true)
        #expect(try s.loadYouth("sofie").answers?.family == .ok)
        // Nothing answered is refused, and nothing is written.
        let size = s.journal.size()
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseAnswersNone))) {
            try s.discuss(youth: "kristian", day: fixedToday, changes: [.answers(needs: " ", treatment: nil, safety: nil, family: nil)],
                          actor: leader)
        }
        #expect(s.journal.size() == size)
        // The board marks her: on the board, safety last answered concern.
        let board = Board(team: try s.loadTeam(), youths: try s.loadBoard(today: fixedToday).youths, today: fixedToday)
        #expect(board.entry("sofie")?.isDue("safety-concern") == true)
        #expect(s.check().problems.isEmpty, "\(s.check().problems.map(\.text))")
    }

    @Test("the share counts board discussions (not case-management youths, not undiscussed ones) with safety and family answered")
    func share() {
        func meeting(_ day: Day, board: [String], _ events: [(String, MeetingEventKind, FourAnswers?)]) -> Meeting {
            let t = Timestamp.local(day: day, minutes: 480, in: TimeZone(identifier: "Europe/Oslo")!)
            var m = Meeting(day: day, chair: "ingrid", attendees: [], started: t, minutes: 15, board: board)
            m.ended = t
            for (youth, kind, answers) in events {
                var e = MeetingEvent(at: t, by: "ingrid", youth: youth, kind: kind)
                e.answers = answers
                m.events.append(e)
            }
            return m
        }
        let d1 = fixedToday.adding(days: -30), d2 = fixedToday.adding(days: -7), d3 = fixedToday
        let both = FourAnswers(day: d2, safety: .ok, family: .concern), safetyOnly = FourAnswers(day: d3, safety: .concern)
        let meetings = [
            // 31 days ago: outside the four weeks.
            meeting(d1, board: ["a"], [("a", .answers, both), ("a", .discussed, nil)]),
            // a: both answered; b: discussed, not answered; c: on the board, not discussed; x: not on the board.
            meeting(d2, board: ["a", "b", "c"], [("a", .answers, both), ("a", .discussed, nil), ("b", .discussed, nil),
                                                  ("x", .answers, both)]),
            // a: only safety; b: both, answered in two goes.
            meeting(d3, board: ["a", "b"], [("a", .answers, safetyOnly), ("a", .discussed, nil),
                                            ("b", .answers, FourAnswers(day: d3, family: .ok)),
                                            ("b", .answers, FourAnswers(day: d3, safety: .ok, family: .ok)), ("b", .discussed, nil)]),
        ]
        let f = FourQuestionsShare(meetings: meetings, today: fixedToday)
        // By hand: discussions a@d2, b@d2, a@d3, b@d3 = 4; answered a@d2, b@d3 = 2.
        #expect(f.from == fixedToday.adding(days: -27) && f.through == fixedToday)
        #expect(f.discussions == 4 && f.answered == 2 && f.share == 0.5)
        #expect(f.pairs.filter(\.answered).map(\.youth) == ["a", "b"])
        let all = FourQuestionsShare(meetings: meetings, from: d1, through: d3)
        #expect(all.discussions == 5 && all.answered == 3)
        #expect(FourQuestionsShare(meetings: [], today: fixedToday).share == 0)
        // The figure `stats` shows is this one.
        let stats = TeamStats(youths: [], meetings: meetings, today: fixedToday, team: Team(name: "T"))
        #expect(stats.fourQuestions == f)
    }

    @Test("a youth at schema 6 and a meeting at schema 1 open (no answers); written again at the current schemas; the index keeps the answers")
    func olderRecordsOpen() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let path = store.youthPath("sofie")
        var raw = try store.rawObject(path)
        raw["schema"] = .number(6)
        raw["answers"] = nil
        try JSONEncoder().encode(JSONValue.object(raw)).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        FileIO.unlink(store.indexPath)
        #expect(try store.loadBoard(today: fixedToday, maintainIndex: false).problems.isEmpty)
        #expect(try store.loadYouth("sofie").answers == nil)
        // A meeting written by schema 1 (no answers events) reads as it is.
        try FileManager.default.createDirectory(atPath: store.meetingsDir, withIntermediateDirectories: true)
        let old = #"{"schema":1,"version":1,"day":"2026-11-21","chair":"ingrid","attendees":[],"started":"2026-11-21T08:00:00+01:00","minutes":15,"board":["sofie"],"events":[{"at":"2026-11-21T08:05:00+01:00","by":"ingrid","youth":"sofie","kind":"discussed","seconds":300}]}"#
        try Data(old.utf8).write(to: URL(fileURLWithPath: store.meetingPath(fixedToday.adding(days: -1))))
        let m = try #require(try store.meeting(on: fixedToday.adding(days: -1)))
        #expect(m.item("sofie").outcome == .discussed && m.item("sofie").answers == nil)
        #expect(FourQuestionsShare(meetings: [m], today: fixedToday).discussions == 1)
        try store.startMeeting(day: fixedToday, chair: "ingrid", attendees: [], actor: leader)
        try store.discuss(youth: "sofie", day: fixedToday, changes: [.answers(needs: nil, treatment: nil, safety: .ok, family: .ok)],
                          actor: leader)
        #expect(try store.rawObject(path)["schema"] == .number(Double(Youth.schemaVersion)))
        #expect(try store.rawObject(store.meetingPath(fixedToday))["schema"] == .number(Double(Meeting.schemaVersion)))
        // The summary in the index keeps the last answers (the board's mark reads them from there).
        let summary = Store.summary(try store.loadYouth("sofie"), today: fixedToday)
        let back = try IndexCodec.decode(Array(IndexCodec.encode(summary, stamp: nil).utf8)[...])
        #expect(back.youth.answers == FourAnswers(day: fixedToday, safety: .ok, family: .ok))
    }
}

/// Issue 23, point 1: the family and network as changes through the store.
@Suite struct NetworkChangeTests {
    @Test("added with a number that is never reused, removed, journaled; a name is required; never in the index")
    func addAndRemove() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.apply(.addNetwork(name: "Kari Haug", relation: .mother, parentalResponsibility: true, phone: "900 00 000", mayShare: true),
                        to: "kristian", actor: leader)
        try store.apply(.addNetwork(name: "Ola", relation: .friend, parentalResponsibility: false, phone: nil, mayShare: nil),
                        to: "kristian", actor: leader)
        try store.apply(.removeNetwork(number: 2), to: "kristian", actor: leader)
        try store.apply(.addNetwork(name: "Per", relation: .teacher, parentalResponsibility: false, phone: nil, mayShare: false),
                        to: "kristian", actor: leader)
        let y = try store.loadYouth("kristian")
        #expect(y.network.map(\.number) == [1, 3] && y.network[0].parentalResponsibility && y.network[0].phone == "900 00 000")
        #expect(y.network[1].mayShare == false)
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseNoNetwork, ["2"]))) {
            try store.apply(.removeNetwork(number: 2), to: "kristian", actor: leader)
        }
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseNetworkName))) {
            try store.apply(.addNetwork(name: " \t", relation: .other, parentalResponsibility: false, phone: nil, mayShare: nil), to: "kristian",
                            actor: leader)
        }
        #expect(try store.journal.read().entries.filter { $0.action == "network" }.count == 4)
        #expect(!String(decoding: try FileIO.read(store.indexPath), as: UTF8.self).contains("Kari Haug"))
        #expect(store.check().problems.isEmpty, "\(store.check().problems.map(\.text))")
    }
}
