import Foundation
import Testing
@testable import TavleCore

/// Issue 29, point 4: `tavle log ID` reads the lines of that youth through `journal.offsets`, not
/// the whole journal; the file is derived, checked against the journal's chain and every line it
/// points at, and a wrong or stale one only costs a scan.
@Suite struct JournalOffsetsTests {
    /// The demo team with a journal of a few hundred changes spread over its youths.
    func busyStore(_ dir: TempDir) throws -> Store {
        let store = try demoStore(dir)
        let ids = try store.youthIDs().ids
        for i in 0..<120 {
            try store.updateYouth(ids[i % ids.count], actor: leader, action: "set") {
                $0.warning = "Varsel \(i) " + String(repeating: "x", count: 3000)
            }
        }
        return store
    }

    /// What a scan of the whole journal gives for `id`.
    func scanned(_ store: Store, _ id: String) throws -> [JournalEntry] {
        var out: [JournalEntry] = []
        try store.journal.forEach { (e: JournalEntry) throws(TavleError) in if e.target == "youth" && e.id == id { out.append(e) } }
        return out
    }

    func viaOffsets(_ store: Store, _ id: String) throws -> (entries: [JournalEntry], bytes: Int) {
        let counter = FileIO.ReadCounter()
        var out: [JournalEntry] = []
        let r = try FileIO.$readCounter.withValue(counter) { () throws -> [JournalEntry] in
            var got: [JournalEntry] = []
            _ = try store.forEachJournalEntry(youth: id) { (e: JournalEntry) throws(TavleError) in got.append(e) }
            return got
        }
        out = r
        return (out, counter.bytes(of: store.journal.path))   // the journal's bytes alone
    }

    @Test func logOfOneYouthReadsOnlyItsLinesOnceTheOffsetsExist() throws {
        let dir = TempDir()
        let store = try busyStore(dir)
        let size = Int(store.journal.size())
        #expect(FileIO.status(store.journalOffsetsPath) == nil)
        let first = try viaOffsets(store, "noah")
        #expect(first.entries == (try scanned(store, "noah")))
        #expect(first.bytes >= size, "without the file, the journal is scanned once (and the file written)")
        let st = try #require(FileIO.status(store.journalOffsetsPath))
        #expect(st.st_mode & 0o777 == 0o600, "private, like the other files")
        let second = try viaOffsets(store, "noah")
        #expect(second.entries == first.entries)
        // Noah's lines (each read twice: checked, then handed on; a youth in 14 here) and the small
        // offsets file, not the journal: a scan reads all of it.
        #expect(second.bytes < size / 2, "read \(second.bytes) of a \(size)-byte journal")
        // Written since: the new line is found by reading only the journal's tail.
        try store.updateYouth("noah", actor: leader, action: "set") { $0.warning = "ny" }
        let third = try viaOffsets(store, "noah")
        #expect(third.entries == (try scanned(store, "noah")))
        #expect(third.entries.count == first.entries.count + 1)
        #expect(third.bytes < size / 2)
        // Another youth, from the same file.
        let sara = try viaOffsets(store, "sara")
        #expect(sara.entries == (try scanned(store, "sara")) && !sara.entries.isEmpty)
        #expect(sara.bytes < size / 2)
    }

    @Test func aWrongOrStaleOffsetsFileIsNeverTrusted() throws {
        let dir = TempDir()
        let store = try busyStore(dir)
        _ = try viaOffsets(store, "noah")
        let expected = try scanned(store, "noah")
        // Noah's offsets pointed at another youth's lines: checked, refused, scanned instead.
        var file = try #require(JournalOffsets.read(store.journalOffsetsPath))
        file.byYouth["noah"] = file.byYouth["sara"]
        try Data(file.encoded()).write(to: URL(fileURLWithPath: store.journalOffsetsPath))
        let wrong = try viaOffsets(store, "noah")
        #expect(wrong.entries == expected)
        #expect(wrong.bytes >= Int(store.journal.size()))
        // A line left out of the file cannot be caught by checking lines; the seal of the journal's
        // line where the file ends can: a journal rewritten below it (here: a different seal) is scanned.
        file = try #require(JournalOffsets.read(store.journalOffsetsPath))
        file.byYouth["noah"]?.removeLast()
        file.seal = String(repeating: "0", count: 64)
        try Data(file.encoded()).write(to: URL(fileURLWithPath: store.journalOffsetsPath))
        #expect(try viaOffsets(store, "noah").entries == expected)
        // Garbage, and a file that claims more journal than there is.
        try Data("not offsets\n".utf8).write(to: URL(fileURLWithPath: store.journalOffsetsPath))
        #expect(try viaOffsets(store, "noah").entries == expected)
        file = try #require(JournalOffsets.read(store.journalOffsetsPath))
        file.end += 1_000_000
        try Data(file.encoded()).write(to: URL(fileURLWithPath: store.journalOffsetsPath))
        #expect(try viaOffsets(store, "noah").entries == expected)
        // And after all that the file is right again.
        let again = try viaOffsets(store, "noah")
        #expect(again.entries == expected && again.bytes < Int(store.journal.size()) / 2)
    }

    @Test func theOffsetsFileIsLeftOutOfBackupsAndGoesWithAPurge() throws {
        let dir = TempDir()
        let store = try busyStore(dir)
        _ = try viaOffsets(store, "noah")
        #expect(FileIO.status(store.journalOffsetsPath) != nil)
        #expect(!(try store.backupFiles()).contains("journal.offsets"))
    }

    @Test func theTargetAndIDAreReadAtTheTopLevelOnly() {
        let line = Array(#"{"action":"note","changes":[{"field":"notes","new":[{"id":"n1","target":"x"}],"op":"append"}],"id":"noah","target":"youth","why":"a \"quoted\" }"}"#.utf8)
        let t = JournalOffsets.targetAndID(line[...])
        #expect(t?.target == "youth" && t?.id == "noah" && t?.action == "note")
        #expect(JournalOffsets.targetAndID(Array(#"{"id":"no\"ah","target":"youth"}"#.utf8)[...]) == nil, "an escape: decoded in full instead")
        #expect(JournalOffsets.targetAndID(Array(#"{"id":"noah","target":"youth""#.utf8)[...]) == nil)
    }

    /// The journal since the index is read for the youths it names (and purges) without decoding
    /// each line, and a line whose fields hold an escape is decoded in full.
    @Test func theYouthsTheJournalTailNamesAreReadFromTopLevelFields() throws {
        let decoder = JSONDecoder()
        func line(_ target: String, _ id: String, _ action: String) throws -> ArraySlice<UInt8> {
            let e = JournalEntry(at: Timestamp(seconds: 1_795_000_000, offset: 3600), staff: "ingrid", user: "u", target: target, id: id,
                                 version: 2, action: action, changes: [])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(e))[...]
        }
        #expect(Store.youthTouched(by: try line("youth", "noah", "note"), decoder: decoder)! == ("noah", false))
        #expect(Store.youthTouched(by: try line("youth", "noah", "purge"), decoder: decoder)! == ("noah", true))
        #expect(Store.youthTouched(by: try line("team", "team", "set"), decoder: decoder) == nil)
        let quoted = try line("youth", "no\"ah", "purge")
        #expect(JournalOffsets.targetAndID(quoted) == nil)
        #expect(Store.youthTouched(by: quoted, decoder: decoder)! == ("no\"ah", true), "decoded in full")
        #expect(Store.youthTouched(by: Array("not json".utf8)[...], decoder: decoder) == nil)
        // A purge is believed only from a line that decodes in full; no action: decoded in full.
        #expect(Store.youthTouched(by: Array(#"{"action":"purge","id":"noah","target":"youth"}"#.utf8)[...], decoder: decoder) == nil)
        #expect(Store.youthTouched(by: Array(#"{"id":"noah","target":"youth"}"#.utf8)[...], decoder: decoder) == nil)
    }
}
