import Foundation
import Testing

/// Issue 29: the shape of what the real commands read, as the kernel sees it (strace), so a
/// listing or `log ID` that starts reading more fails here even if it goes round the core's read
/// counter or the core function the unit tests call (`ListingShapeTests`, `JournalOffsetsTests`).
@Suite(.serialized, .enabled(if: SyscallTrace.available, "strace is not installed"))
struct ReadShapeTests {
    static let listings: [[String]] = [["list"], ["list", "--json"], ["list", "--mode", "intensive"], ["due"], ["due", "--json"],
                                       ["export", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "markdown"]]

    @Test func listingsOfAnUnchangedDirectoryOpenNoYouthFileButReadOneChangedOutside() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        let first = try CLI.run(["list"] + d)   // writes the index
        #expect(first.status == 0, "\(first)")
        for args in ReadShapeTests.listings {
            let t = try SyscallTrace.run(args + d, scratch: s)
            #expect(t.result.status == 0, "\(args): \(t.result)")
            #expect(t.opened.contains { $0.hasSuffix("/index.json") }, "\(args): the trace did not see the index read")
            #expect(t.youthFiles.isEmpty, "\(args) opened \(t.youthFiles.count) youth files: \(t.youthFiles.prefix(3))")
        }
        // A file touched outside tavle is noticed: the listing reads it, and only it, again (twice:
        // once to list, once under the lock to write the index anew).
        let noah = s.data + "/youths/noah.json"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: noah)
        let again = try SyscallTrace.run(["list", "--json"] + d, scratch: s)
        #expect(again.result.status == 0, "\(again.result)")
        #expect(Set(again.youthFiles.map { URL(fileURLWithPath: $0).lastPathComponent }) == ["noah.json"], "\(again.youthFiles)")
        let settled = try SyscallTrace.run(["list", "--json"] + d, scratch: s)
        #expect(settled.youthFiles.isEmpty, "once the index is written anew, nothing is read again: \(settled.youthFiles)")
        // And a file spoiled outside tavle is named, not hidden.
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: s.data + "/youths/sara.json"))
        let spoiled = try SyscallTrace.run(["list"] + d, scratch: s)
        #expect(spoiled.youthFiles.contains { $0.hasSuffix("/sara.json") })
        #expect(spoiled.result.err.contains("sara.json"), "\(spoiled.result)")
    }

    @Test func logOfOneYouthReadsOnlyItsLinesOnceTheOffsetsExist() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        // Other youths' history: most of the journal is not noah's.
        let long = String(repeating: "Lang notat om skole, søvn og familie. ", count: 80)
        for i in 0..<30 {
            let r = try CLI.run(["note", "sara", "\(i) " + long] + d)
            #expect(r.status == 0, "\(r)")
        }
        let size = Int(try #require(FileManager.default.attributesOfItem(atPath: s.data + "/journal.jsonl")[.size] as? NSNumber).intValue)
        let scan = try SyscallTrace.run(["log", "noah"] + d, scratch: s)
        #expect(scan.result.status == 0, "\(scan.result)")
        #expect(scan.bytes(endingWith: "/journal.jsonl") >= size, "without the offsets, the journal is read through once (and the offsets written)")
        #expect(FileManager.default.fileExists(atPath: s.data + "/journal.offsets"))
        let indexed = try SyscallTrace.run(["log", "noah"] + d, scratch: s)
        #expect(indexed.result.status == 0, "\(indexed.result)")
        #expect(indexed.result.out == scan.result.out, "the same history both ways")
        #expect(scan.result.out.contains("noah"))
        // Noah's own lines must be read (so the trace sees the reads at all), little else.
        let journal = try String(contentsOfFile: s.data + "/journal.jsonl", encoding: .utf8)
        let noahBytes = journal.split(separator: "\n").filter { line in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return false }
            return o["target"] as? String == "youth" && o["id"] as? String == "noah"
        }.reduce(0) { $0 + $1.utf8.count }
        let read = indexed.bytes(endingWith: "/journal.jsonl")
        #expect(noahBytes > 0 && read >= noahBytes, "`log noah` read \(read) bytes; its lines are \(noahBytes)")
        #expect(read < size / 4, "`log noah` read \(read) bytes of a \(size)-byte journal")
    }
}
