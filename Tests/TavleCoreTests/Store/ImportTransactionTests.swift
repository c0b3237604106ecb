import Foundation
import Testing
@testable import TavleCore

/// Issue 28, finding 4: the spreadsheet import is one transaction. An I/O error before the
/// commit point leaves nothing; one after it is finished by the next writer or reader; either way
/// the rows are all in or none is. (Kills at random and at each step: scripts/reliability.sh.)
@Suite(.serialized) struct ImportTransactionTests {
    func sheet(_ dir: TempDir, rows: Int) throws -> String {
        var text = "navn;født;kontakt\n"
        for i in 0..<rows { text += "Import Rad \(i);01.02.2010;ole\n" }
        let path = dir.path + "/sheet.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func imported(_ store: Store) throws -> Int {
        try store.loadAllYouths().youths.filter { $0.name.hasPrefix("Import Rad ") }.count
    }

    @Test func createYouthsJournalsEachAsACreateAndChecksClean() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let drafts = (0..<25).map { Youth(id: "", name: "Import Rad \($0)", born: Day(year: 2010, month: 2, day: 1)!, intake: fixedToday) }
        let made = try store.createYouths(drafts, actor: leader)
        #expect(made.count == 25 && Set(made.map(\.id)).count == 25)
        #expect(try imported(store) == 25)
        let creates = try store.journal.read().entries.filter { $0.action == "create" && made.map(\.id).contains($0.id) }
        #expect(creates.count == 25)
        #expect(FileIO.status(store.transactionPath) == nil)
        #expect(try FileIO.list(store.tmpDir).isEmpty)
        #expect(store.verify() == [])
    }

    @Test(.enabled(if: TavleBinary.path != nil && FaultInjectionTests.shim != nil))
    func aFailedJournalAppendLeavesNothing() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let csv = try sheet(dir, rows: 40)
        let journal = try FileIO.read(store.journal.path)
        let r = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' import '\(csv)'",
                                   env: ["LD_PRELOAD": FaultInjectionTests.shim!, "TAVLE_FAULT": "write:ENOSPC:journal.jsonl"])
        #expect(r.status == 4, "\(r.err)")
        #expect(r.err.contains("Nothing was changed"), "\(r.err)")
        #expect(try imported(store) == 0)
        #expect(try FileIO.read(store.journal.path) == journal)
        // The next import of the same sheet goes through whole.
        let again = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' import '\(csv)'")
        #expect(again.status == 0, "\(again.err)")
        #expect(try imported(store) == 40)
        #expect(store.verify() == [])
    }

    @Test(.enabled(if: TavleBinary.path != nil && FaultInjectionTests.shim != nil))
    func aFailureAfterTheCommitPointIsFinishedByTheNextReader() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let csv = try sheet(dir, rows: 40)
        // Renames of the new youth files fail: the journal holds the rows, the files are temps.
        let r = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' import '\(csv)'",
                                   env: ["LD_PRELOAD": FaultInjectionTests.shim!, "TAVLE_FAULT": "rename:EIO:/youths/"])
        #expect(r.status == 4, "\(r.err)")
        #expect(r.err.contains("will be completed by the next change"), "\(r.err)")
        #expect(!r.err.contains("Nothing was changed"), "\(r.err)")
        #expect(FileIO.status(store.transactionPath) != nil)
        // A reader that can write finishes it: all 40 are there, once each.
        let list = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' list --json")
        #expect(list.status == 0, "\(list.err)")
        #expect(list.out.components(separatedBy: "Import Rad ").count - 1 == 40)
        #expect(try imported(store) == 40)
        #expect(FileIO.status(store.transactionPath) == nil)
        #expect(try FileIO.list(store.tmpDir).isEmpty)
        #expect(store.verify() == [])
        // Run again: every row is now a duplicate, nothing is written twice.
        let again = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' import '\(csv)'")
        #expect(again.status == 2)
        #expect(try imported(store) == 40)
    }

    @Test func aTornAppendIsCutAndWrittenAgainWhenFinishing() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let drafts = (0..<5).map { Youth(id: "", name: "Import Rad \($0)", born: Day(year: 2010, month: 2, day: 1)!, intake: fixedToday) }
        _ = try store.createYouths(drafts, actor: leader)
        // Reconstruct the state a kill in the middle of the journal append leaves: the manifest
        // committed, half the lines appended, no file renamed.
        let entries = try store.journal.read().entries.suffix(5)
        let ids = entries.map(\.id)
        let full = try FileIO.read(store.journal.path)
        // The manifest holds the lines as appended: sealed (`Chain`).
        let lines = Array(full.split(separator: 0x0A).suffix(5).map { Array($0) + [0x0A] }.joined())
        let offset = full.count - lines.count
        var files: [[String]] = []
        for id in ids {
            let name = "youth.\(id).1.999.tmp"
            #expect(rename(store.youthPath(id), store.tmpDir + "/" + name) == 0)
            files.append([name, "youths/\(id).json"])
        }
        let manifest = try Coding.encodeCompact(TransactionManifest(journalOffset: Int64(offset), files: files)) + [0x0A]
        try FileIO.writeNew(manifest + lines, to: store.transactionPath, mode: 0o600)
        let fd = open(store.journal.path, O_WRONLY | O_TRUNC)
        #expect(fd >= 0)
        try FileIO.writeAll(fd, Array(full[..<(offset + lines.count / 2)]), path: store.journal.path)
        close(fd)
        #expect(try imported(store) == 0)
        try store.withLock { () throws(TavleError) in }     // any writer recovers first
        #expect(try imported(store) == 5)
        #expect(try FileIO.read(store.journal.path) == full)
        #expect(FileIO.status(store.transactionPath) == nil)
        #expect(store.verify() == [])
    }
}
