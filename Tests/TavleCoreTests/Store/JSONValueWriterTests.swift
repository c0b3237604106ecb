import Foundation
import Testing
@testable import TavleCore

/// Issue 29, point 6: `tavle dev generate` writes its youth files and `create` lines through
/// `JSONValueWriter`; these hold it to `JSONEncoder`, byte for byte, and to falling back (nil) on
/// what it does not write itself.
@Suite struct JSONValueWriterTests {
    func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// Either nil, or exactly what `JSONEncoder` writes, pretty and compact.
    func check(_ v: JSONValue, mustWrite: Bool = true, _ comment: Comment? = nil) throws {
        let pretty = JSONValueWriter.pretty(v), compact = JSONValueWriter.compact(v)
        if mustWrite {
            #expect(pretty != nil, comment)
            #expect(compact != nil, comment)
        }
        if let pretty { #expect(pretty == Array(try encoder(pretty: true).encode(v)), comment) }
        if let compact { #expect(compact == Array(try encoder(pretty: false).encode(v)), comment) }
    }

    @Test func generatedYouthFilesAndCreateLinesAreJSONEncodersBytes() throws {
        var youths = Generator.youths(count: 60, years: 3, today: fixedToday, seed: 29, staff: ["s0", "s1", "s10", "s2"])
        let dir = TempDir()
        let store = try demoStore(dir)
        youths += try store.youthIDs().ids.map { try store.loadYouth($0) }   // the demo's whole records
        let now = Timestamp.local(day: fixedToday, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!)
        for var y in youths {
            let fields = try JSONValue.from(y).object ?? [:]
            for key in fields.keys where !RecordDiff.metaKeys.contains(key) {
                y.fieldVersions[key] = 1
                y.fieldAuthors[key] = "s10"
            }
            var record = fields
            record["fieldVersions"] = .object(y.fieldVersions.mapValues { .number(Double($0)) })
            record["fieldAuthors"] = .object(y.fieldAuthors.mapValues { .string($0) })
            let file = try #require(JSONValueWriter.pretty(.object(record)), "\(y.id)")
            #expect(file + [0x0A] == (try Coding.encodeFile(y)), "\(y.id)")
            let entry = JournalEntry(at: now, staff: "s10", user: "tester", target: "youth", id: y.id, version: 1, action: "create",
                                     changes: RecordDiff.changes(from: [:], to: fields), change: "c1", why: "fordi \"så\"")
            let line = try #require(JSONValueWriter.compact(entry.value), "\(y.id)")
            #expect(line + [0x0A] == (try Journal.line(entry)), "\(y.id)")
        }
    }

    @Test func valuesOfEveryKindAreWrittenAsJSONEncoderWritesThem() throws {
        try check(.object([:]))
        try check(.array([]))
        try check(.object(["a": .array([]), "b": .object([:]), "c": .array([.object([:]), .array([.array([])])])]))
        try check(.object(["n": .number(0), "m": .number(-42), "big": .number(9_007_199_254_740_991), "t": .bool(true),
                           "f": .bool(false), "z": .null]))
        try check(.object(["s": .string("a \"quoted\" back\\slash / slash, æøå ÆØÅ, 😀, é (e + ́)"), "e": .string("")]))
        // Keys: upper before lower case, digits, underscores, in the order `.sortedKeys` gives them.
        try check(.object(["aZ": .number(1), "ab": .number(2), "a10": .number(3), "a9": .number(4), "B": .number(5),
                           "a": .number(6), "a_b": .number(7), "goalList": .number(8), "goals": .number(9)]))
    }

    @Test func whatItDoesNotWriteItselfIsLeftToJSONEncoder() throws {
        for v: JSONValue in [.number(1.5), .number(.infinity), .string("line\nbreak"), .string("tab\there"), .string("sep\u{2028}"),
                             .string("del\u{7F}"), .object(["a-b": .null]), .object(["ø": .null]), .array([.string("\u{1}")])] {
            #expect(JSONValueWriter.pretty(v) == nil, "\(v)")
            #expect(JSONValueWriter.compact(v) == nil, "\(v)")
        }
    }
}
