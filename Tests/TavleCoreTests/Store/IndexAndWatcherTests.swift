import Foundation
import Testing
@testable import TavleCore

@Suite struct IndexAndWatcherTests {
    @Test func boardLoadSeesChangesMadeAfterTheIndex() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        #expect(FileIO.status(store.indexPath) != nil, "the first load writes the index")
        try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.crisis) }
        let created = try store.createYouth(try Youth.intake(name: "Ny Ungdom", born: Day(parsing: "2010-01-01")!, today: fixedToday,
                                                             primaryContact: "ole"), actor: leader)
        let data = try store.loadBoard(today: fixedToday)
        #expect(data.youths.first { $0.id == "noah" }?.status == .crisis)
        #expect(data.youths.contains { $0.id == created.id })
        #expect(data.youths.count == 15)
    }

    @Test func summariesCarryNoNotesAndAreFreshAfterManyChanges() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        for i in 0..<(Store.indexRefreshThreshold + 5) {
            try store.updateYouth("ida", actor: leader, action: "set") { $0.warning = "w\(i)" }
        }
        let data = try store.loadBoard(today: fixedToday)
        let ida = try #require(data.youths.first { $0.id == "ida" })
        #expect(ida.warning == "w\(Store.indexRefreshThreshold + 4)")
        #expect(ida.notes.isEmpty && ida.contacts.isEmpty, "the board never reads every note")
        #expect(ida.lastContact != nil, "but knows the last contact")
        // The index was rewritten: a further load reads no journal tail.
        let again = try store.loadBoardFromIndex(today: fixedToday)
        #expect(!again.stale)
    }

    @Test func deletedIndexIsRebuilt() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: store.indexPath))
        #expect(try store.loadBoard(today: fixedToday).youths.count == 14)
        #expect(try store.loadBoardFromIndex(today: fixedToday).stale == false)
    }

    /// Finding 2 of docs/reliability.md: a file damaged, restored or chmod'ed outside tavle is
    /// read again (its stamp differs) and named, not shown from its old summary.
    @Test func aFileChangedBehindTheIndexIsReadAgain() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        #expect(try store.loadBoardFromIndex(today: fixedToday).stale == false)
        try Data("{\"tru".utf8).write(to: URL(fileURLWithPath: store.youthPath("thea")))
        let data = try store.loadBoard(today: fixedToday)
        #expect(!data.youths.contains { $0.id == "thea" })
        #expect(data.problems.map(\.path) == [store.youthPath("thea")])
        // Another youth's file replaced by an edited copy (a restore): the new content is shown.
        var noah = try store.loadYouth("noah")
        noah.warning = "restored from backup"
        try Data(try Coding.encodeFile(noah)).write(to: URL(fileURLWithPath: store.youthPath("noah")))
        let again = try store.loadBoard(today: fixedToday)
        #expect(again.youths.first { $0.id == "noah" }?.warning == "restored from backup")
        #expect(again.problems.map(\.path) == [store.youthPath("thea")], "still named on every load")
    }

    @Test func anUnchangedBoardReadsNoYouthFile() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        let counter = FileIO.ReadCounter()
        let data = try FileIO.$readCounter.withValue(counter) { try store.loadBoard(today: fixedToday) }
        #expect(data.youths.count == 14)
        #expect(counter.count <= 4, "team, index, journal tail and the directory listing: \(counter.count)")
    }

    @Test func aDirectoryWithoutAnIndexIsReadOnceOnEveryCoreAndNamesABadFile() throws {
        let dir = TempDir()
        let store = try Generator.generate(root: dir.path + "/g", youths: 150, years: 1, seed: 7, today: fixedToday,
                                           actor: leader, environment: testEnv)
        let expected = try store.loadBoard(today: fixedToday)   // writes the index
        #expect(expected.youths.count == 150 && expected.problems.isEmpty)
        try FileManager.default.removeItem(atPath: store.indexPath)
        let bad = store.youthPath(expected.youths[77].id)
        try Data("{\"schema\": 2, \"id\": ".utf8).write(to: URL(fileURLWithPath: bad))
        let counter = FileIO.ReadCounter()
        let data = try FileIO.$readCounter.withValue(counter) { try store.loadBoard(today: fixedToday) }
        // Every youth file once (the rebuild under the lock reuses the first pass), counted on
        // the worker threads too; not twice as many.
        #expect(counter.count >= 150 && counter.count < 170, "\(counter.count) reads")
        #expect(data.youths.map(\.id) == expected.youths.map(\.id).filter { store.youthPath($0) != bad })
        #expect(data.youths == expected.youths.filter { store.youthPath($0.id) != bad })
        #expect(data.problems.map(\.path) == [bad])
        #expect(FileIO.status(store.indexPath) != nil, "the index is written again")
    }

    @Test func namesFromTheIndexAgreeWithTheBoardAfterChangesSinceIt() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        #expect(try store.youthNames() == nil, "no index yet: the caller loads the board")
        try store.updateYouth("sara", actor: leader, action: "set") { $0.initialsOverride = "S\tL" }
        _ = try store.loadBoard(today: fixedToday)   // writes the index (with the override, escaped)
        // Since the index: a rename, a discharge and a new youth, all in the journal tail.
        try store.updateYouth("noah", actor: leader, action: "set") { $0.name = "Noah Hansen" }
        try store.updateYouth("thea", actor: leader, action: "discharge") {
            try $0.discharge(by: "ingrid", today: fixedToday, at: Timestamp.local(day: fixedToday, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!))
        }
        let added = try store.createYouth(Youth(id: "nyid", name: "Nora Nyberg", born: fixedToday.adding(years: -15), intake: fixedToday), actor: leader)
        let names = try #require(try store.youthNames())
        let board = try store.loadBoard(today: fixedToday, maintainIndex: false).youths.map(YouthName.init)
        #expect(names.sorted { $0.id < $1.id } == board, "the same youths (in any order)")
        #expect(names.first { $0.id == "noah" }?.initials == "NH")
        #expect(names.first { $0.id == "sara" }?.initials == "S\tL", "from the index line, unescaped")
        #expect(names.first { $0.id == "thea" }?.discharged == true)
        #expect(names.contains { $0.id == added.id })
    }

    @Test func aLabelMeansTheSameYouthOnTheBoardAndOnTheCommandLine() throws {
        // Two youths with the same initials; the one with the lower id is discharged. The board
        // shows only the other, as plain "KH"; the command line must mean that one by "KH" too.
        let kept = YouthName(id: "b", name: "Kari Hansen", initials: "KH", discharged: false)
        let gone = YouthName(id: "a", name: "Knut Hol", initials: "KH", discharged: true)
        let labels = Board.distinctInitials([gone, kept])
        #expect(labels == ["b": "KH", "a": "KH²"])
        #expect(Board.distinctInitials([kept]) == ["b": "KH"], "the board's own numbering")
        let dir = TempDir()
        let store = try demoStore(dir)
        #expect(try store.resolveYouth("kh", among: [gone, kept], for: .write, today: fixedToday) == kept)
        #expect(try store.resolveYouth("KH²", among: [gone, kept], for: .read, today: fixedToday).id == "a")
        #expect(throws: TavleError.dischargedNeedsID("KH2", [Candidate(kind: .youth, id: "a", label: "KH²", reference: "a", name: "Knut Hol",
                                                                        mode: .caseManagement, discharged: true)])) {
            try store.resolveYouth("KH2", among: [gone, kept], for: .write, today: fixedToday)
        }
        let other = YouthName(id: "c", name: "Kristian Haug", initials: "K", discharged: false)
        #expect(try store.resolveYouth("KH²", among: [other, gone, kept], for: .read, today: fixedToday).id == "a", "a shorter K group is no match")
    }

    @Test func sharedScreenNeverWritesTheIndex() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday, maintainIndex: false)
        #expect(FileIO.status(store.indexPath) == nil)
    }

    @Test func watcherSeesAnotherWriterWithinASecond() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let watcher = ChangeWatcher(store: store)
        #expect(!watcher.poll())
        // Another process's store object on the same directory.
        let other = try Store(root: store.root, environment: testEnv)
        try other.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        let deadline = Date().addingTimeInterval(1)
        var seen = false
        while Date() < deadline && !seen { seen = watcher.poll(); if !seen { usleep(20_000) } }
        #expect(seen)
        #expect(!watcher.poll(), "and then quiet again")
    }

    @Test func watcherIgnoresIndexAndLock() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let watcher = ChangeWatcher(store: store)
        _ = watcher.poll()
        try? FileManager.default.removeItem(atPath: store.indexPath)
        _ = try store.loadBoard(today: fixedToday)   // rewrites index.json under the lock
        #expect(!watcher.poll())
    }
}

@Suite struct IndexCodecTests {
    @Test func everyDemoSummaryRoundTrips() throws {
        var (_, youths) = try Demo.load(today: fixedToday)
        // Awkward text too: tabs, newlines, backslashes, the separator, æøå.
        youths[0].warning = "tab\there\\ and \u{1F} and\nnewline, Ærlig"
        youths[1].initialsOverride = ""
        youths[1].handover = Handover(service: "Utekontakten", contact: "Lars", followUp: "a\tb", day: fixedToday, consented: true)
        let summaries = youths.map { Store.summary($0, today: fixedToday) }
        #expect(summaries.contains { !$0.notes.isEmpty }, "some open decisions to carry")
        let stamp = FileStamp(inode: 42, size: 1234, changedSeconds: 1_700_000_000, changedNanoseconds: 5)
        let file = IndexCodec.encodeFile(journalOffset: 77, youths: summaries,
                                         stamps: Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, stamp) }))
        let back = try #require(IndexCodec.decodeFile(file))
        #expect(back.journalOffset == 77)
        #expect(back.youths == summaries)
        #expect(back.stamps.allSatisfy { $0 == stamp })
        #expect(back.days == summaries.map(Documentation.openDecisionDays))
        // Without the decisions, from the file's first part alone: the same summaries but for
        // their decisions, whose days are still there (the board's `J` flag).
        let first = Array(file.prefix(try #require(IndexCodec.firstPartLength(Array(file.prefix(4096))))))
        #expect(first.count < file.count)
        let bare = try #require(IndexCodec.decodeFile(first, decisions: false))
        #expect(bare.youths == summaries.map { var s = $0; s.notes = []; return s })
        #expect(bare.days == back.days)
        // Asked for the decisions, the first part alone is not enough: read as stale.
        #expect(IndexCodec.decodeFile(first) == nil)
    }

    /// Decisions that do not match the days the summaries keep, or that name no such youth, make
    /// the index stale (rebuilt), never a board that flags other decisions than it lists.
    @Test func decisionsThatDisagreeWithTheirDaysAreNotUsed() throws {
        let (_, youths) = try Demo.load(today: fixedToday)
        let summaries = youths.map { Store.summary($0, today: fixedToday) }
        let file = String(decoding: IndexCodec.encodeFile(journalOffset: 1, youths: summaries, stamps: [:]), as: UTF8.self)
        let withDecision = try #require(summaries.first { !$0.notes.isEmpty })
        let line = try #require(IndexCodec.decisionsLine(withDecision))
        #expect(IndexCodec.decodeFile(Array(file.replacingOccurrences(of: line + "\n", with: "").utf8)) == nil, "a line missing")
        #expect(IndexCodec.decodeFile(Array((file + line + "\n").utf8)) == nil, "a line twice")
        let other = line.replacingOccurrences(of: withDecision.id + "\t", with: "nobody\t")
        #expect(IndexCodec.decodeFile(Array(file.replacingOccurrences(of: line, with: other).utf8)) == nil, "no such youth")
        var moved = withDecision
        moved.notes[0].at = Timestamp(seconds: moved.notes[0].at.seconds - 86_400 * 3, offset: moved.notes[0].at.offset)
        let shifted = try #require(IndexCodec.decisionsLine(moved))
        #expect(IndexCodec.decodeFile(Array(file.replacingOccurrences(of: line, with: shifted).utf8)) == nil, "other days")
    }

    @Test func aDamagedIndexIsNotUsed() {
        #expect(IndexCodec.decodeFile(Array("tavle-index\t\(IndexCodec.version)\t10\nnot a youth\n".utf8)) == nil)
        #expect(IndexCodec.decodeFile(Array("{}".utf8)) == nil)
        #expect(IndexCodec.decodeFile(Array("tavle-index\t\(IndexCodec.version)\t10\t0\n".utf8))?.youths.isEmpty == true)
        // A header whose summaries run past the end of the file (cut short), or of another version.
        #expect(IndexCodec.decodeFile(Array("tavle-index\t\(IndexCodec.version)\t10\t500\n".utf8)) == nil)
        #expect(IndexCodec.decodeFile(Array("tavle-index\t\(IndexCodec.version)\t10\n".utf8)) == nil)
        #expect(IndexCodec.decodeFile(Array("tavle-index\t9\t10\t0\n".utf8)) == nil)
    }
}
