import Foundation
import Testing
@testable import TavleCore

/// Issue 26: the journal and the access log are hash chains; `check` names the file and line of
/// the first line deleted, edited, inserted or moved, and never calls old data tampered.
@Suite struct ChainTests {
    /// The demo with a few more journal lines and access entries.
    func sealedStore(_ dir: TempDir) throws -> Store {
        let store = try demoStore(dir)
        for y in ["sofie", "noah", "thea"] {
            try store.updateYouth(y, actor: leader, action: "note") { $0.warning = "sjekk \(y)" }
            try store.logAccess(AccessEntry(at: Timestamp(seconds: 1_700_000_000, offset: 3600), staff: "ingrid", user: "tester", youth: y, how: "show"))
        }
        #expect(store.verify() == [])
        return store
    }

    func lines(_ path: String) throws -> [[UInt8]] {
        try FileIO.read(path).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }

    func write(_ lines: [[UInt8]], _ path: String) throws {
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: path))
    }

    @Test func aSealedLineSplitsBackIntoItsContentAndSeal() {
        let content = Array(#"{"a":1,"b":"x"}"#.utf8)
        let first = Chain.seal(content, after: "")
        let second = Chain.seal(content, after: first.head)
        #expect(first.head != second.head, "the same content after another line has another seal")
        #expect(Chain.split(first.line[...])?.content == content && Chain.split(first.line[...])?.seal == first.head)
        #expect(Chain.split(content[...]) == nil)
        #expect(Chain.seal(first.line, after: "").line == first.line, "sealing again replaces the old seal")
        var w = Chain.Walker()
        #expect(w.next(first.line[...]) == .sealed && w.next(second.line[...]) == .sealed && w.head == second.head)
        var swapped = Chain.Walker()
        #expect(swapped.next(second.line[...]) == .broken(.broken))
    }

    /// Each way of tampering, in each log: `check` names the file and the line.
    @Test(arguments: ["delete", "edit", "insert", "swap"], ["journal.jsonl", "access.jsonl"])
    func tamperingIsNamedByFileAndLine(how: String, file: String) throws {
        let dir = TempDir()
        let store = try sealedStore(dir)
        let path = store.root + "/" + file
        var l = try lines(path)
        let k = 1   // the second line (0-based 1), so the line named is 2
        switch how {
        case "delete": l.remove(at: k)
        case "edit": l[k] = Array(String(decoding: l[k], as: UTF8.self).replacingOccurrences(of: "\"staff\":\"", with: "\"staff\":\"x").utf8)
        case "insert": l.insert(l[k + 1], at: k)   // a copy of a real line, seal and all
        default: l.swapAt(k, k + 1)
        }
        try write(l, path)
        let found = store.verify()
        #expect(found.contains { $0.contains(path + " line 2:") }, "\(how) in \(file): \(found)")
        #expect(!found.contains { $0.contains("not sealed yet") })
    }

    @Test func anUnsealedLineAddedAfterSealedOnesIsNamed() throws {
        let dir = TempDir()
        let store = try sealedStore(dir)
        let path = store.accessLogPath
        var l = try lines(path)
        l.insert(Array(#"{"at":"2026-11-22T08:00:00+01:00","how":"show","schema":1,"staff":"ole","user":"ole","youth":"sofie"}"#.utf8), at: 2)
        try write(l, path)
        #expect(store.verify().contains { $0.contains(path + " line 3: has no seal") })
    }

    @Test func aLineSlippedInBeforeTheFirstIsABreakNotOldData() throws {
        let dir = TempDir()
        let store = try sealedStore(dir)
        var l = try lines(store.journal.path)
        l.insert(Array(Chain.split(l[3][...])!.content), at: 0)
        try write(l, store.journal.path)
        #expect(store.verify().contains { $0.contains(store.journal.path + " line 2: does not follow") })
    }

    /// Logs from before the chain: "run tavle migrate", never tampering; migrate seals them, the
    /// content unchanged, and check is clean.
    @Test func oldUnsealedLogsAreSealedByMigrate() throws {
        let dir = TempDir()
        let store = try sealedStore(dir)
        var before: [String: [[UInt8]]] = [:]
        for path in [store.journal.path, store.accessLogPath] {
            let unsealed = try lines(path).map { Chain.split($0[...])?.content ?? $0 }
            try write(unsealed, path)
            before[path] = unsealed
        }
        // A change made before the migrate chains onto the old lines; it is no break.
        try store.updateYouth("sofie", actor: leader, action: "note") { $0.warning = "før migrering" }
        let found = store.verify()
        #expect(found.count == 2 && found.allSatisfy { $0.contains("not sealed yet") && $0.contains("tavle migrate") }, "\(found)")
        #expect(store.logsNeedSealing())
        try store.migrate(actor: leader, backupPath: dir.path + "/before.json")
        #expect(store.verify() == [])
        #expect(!store.logsNeedSealing())
        for (path, old) in before {
            let now = try lines(path).map { Chain.split($0[...])!.content }
            #expect(Array(now.prefix(old.count)) == old, "content unchanged: \(path)")
        }
        let last = try #require(try store.journal.read().entries.last)
        #expect(last.action == Chain.sealAction && last.target == "journal")
    }

    /// A purge rewrites both logs: it reseals them, ends each with a seal entry, and check stays
    /// clean; a broken chain refuses the purge (resealing would hide the break).
    @Test func purgeResealsAndABreakRefusesIt() throws {
        let dir = TempDir()
        let store = try sealedStore(dir)
        let day = fixedToday.adding(months: -13)
        try store.updateYouth("oskar", actor: leader, action: "discharge") {
            try $0.discharge(by: "ingrid", today: day, at: Timestamp.local(day: day, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!))
        }
        try store.logAccess(AccessEntry(at: Timestamp(seconds: 1_700_000_000, offset: 3600), staff: "ingrid", user: "tester", youth: "oskar", how: "show"))

        let broken = TempDir()
        try FileManager.default.copyItem(atPath: store.root, toPath: broken.path + "/data")
        let copy = try Store(root: broken.path + "/data", environment: testEnv)
        var l = try lines(copy.journal.path)
        l.remove(at: 3)
        try write(l, copy.journal.path)
        let before = try FileIO.read(copy.journal.path)
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseChainBroken, [copy.journal.path, "4"]))) {
            try copy.purge(["oskar"], actor: leader)
        }
        #expect(try FileIO.read(copy.journal.path) == before, "nothing written")

        let head = store.chainHeads()
        try store.purge(["oskar"], actor: leader)
        #expect(store.verify() == [])
        let seal = try #require(try store.journal.read().entries.last)
        #expect(seal.action == Chain.sealAction && seal.changes.first?.old == .string(head.journal))
        let access = try store.accessLog().entries
        #expect(access.last?.how == Chain.sealAction && access.contains { $0.youth?.hasPrefix(PurgeTombstones.prefix) == true })
        // The access log's seal entry holds both heads, as the journal's does (it held neither):
        // the head kept before the purge, and the new chain's head on the line before it.
        #expect(access.last?.before == head.access && head.access.count == 64, "\(String(describing: access.last))")
        var accessLines = try lines(store.accessLogPath)
        accessLines.removeLast()
        try write(accessLines, store.accessLogPath)
        #expect(access.last?.after == store.chainHeads().access)
    }

    /// The heads go into every backup; a backup restored elsewhere verifies its chain.
    @Test func aBackupCarriesTheHeadsAndRestoresVerified() throws {
        let dir = TempDir()
        let store = try sealedStore(dir)
        let heads = store.chainHeads()
        #expect(heads.journal.count == 64 && heads.access.count == 64)
        let file = dir.path + "/b.json"
        try store.backup(to: file)
        struct Probe: Decodable { var heads: ChainHeads }
        let archived = try JSONDecoder().decode(Probe.self, from: Data(try FileIO.read(file)))
        #expect(archived.heads.journal == heads.journal)
        let restored = try Store.restore(from: file, into: dir.path + "/restored", environment: testEnv)
        #expect(restored.verify() == [] && restored.chainHeads().journal == heads.journal)
    }
}
