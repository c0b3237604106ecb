import Foundation
import Testing
@testable import TavleCore

/// Journal lines are read by hand (`JournalReader.swift`) and must mean exactly what
/// `JSONDecoder` reads in them; anything the reader does not expect is left to `JSONDecoder`.
@Suite struct JournalReaderTests {
    static func fast(_ line: [UInt8]) -> JournalEntry? { line.withUnsafeBufferPointer { FastRead.whole(JournalEntry.self, $0) } }
    static func slow(_ line: [UInt8]) throws -> JournalEntry { try JSONDecoder().decode(JournalEntry.self, from: Data(line)) }

    /// Every line of a generated team's journal and of the demo's after a day of changes (notes,
    /// fields set and cleared, an undo, a discharge) reads as `JSONDecoder` reads it.
    @Test func everyLineTavleWritesReadsAsJSONDecoderReadsIt() throws {
        let dir = TempDir()
        let generated = try Generator.generate(root: dir.path + "/g", youths: 40, years: 2, seed: 29, today: fixedToday,
                                               actor: leader, environment: testEnv)
        let demo = try demoStore(dir)
        try demo.updateYouth("sara", actor: leader, action: "set") { $0.warning = "Slash / \"sitat\" æøå\n2"; $0.municipality = "Bergen" }
        try demo.updateYouth("sara", actor: leader, action: "set") { $0.warning = ""; $0.municipality = nil }
        try demo.apply(.discharge(reason: .goalsMet, to: .outreach), to: "noah", actor: leader)
        var lines = 0
        for store in [generated, demo] {
            try FileIO.forEachLine(store.journal.path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
                lines += 1
                let bytes = Array(line)
                let fast = JournalReaderTests.fast(bytes)
                #expect(fast != nil, "left to JSONDecoder: \(String(decoding: bytes.prefix(120), as: UTF8.self))")
                #expect(fast == (try? JournalReaderTests.slow(bytes)))
            }
        }
        #expect(lines > 50, "every youth created, and the demo's day")
        let text = try String(contentsOfFile: demo.journal.path, encoding: .utf8)
        #expect(text.contains("\"old\":\"Slash") || text.contains("\"old\" : \"Slash"), "a value set and then cleared is in the journal")
    }

    /// Lines damaged at random (a byte changed, dropped or doubled): whatever the reader takes,
    /// `JSONDecoder` takes too, and reads the same; the reader never accepts more.
    @Test func aDamagedLineIsNeverReadDifferentlyThanJSONDecoderReadsIt() throws {
        let dir = TempDir()
        let demo = try demoStore(dir)
        var lines: [[UInt8]] = []
        try FileIO.forEachLine(demo.journal.path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in lines.append(Array(line)) }
        var rng = LabelPropertyTests.Rng(state: 29)
        let alphabet = Array(#"{}[]:,"\-+.0123456789eEtrufalsn u"#.utf8) + [0xC3, 0xA6, 0x00]
        var accepted = 0
        for _ in 0..<3000 {
            var m = lines[Int(rng.next() % UInt64(lines.count))]
            for _ in 0..<(1 + Int(rng.next() % 2)) {
                let i = Int(rng.next() % UInt64(m.count))
                switch rng.next() % 3 {
                case 0: m[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: m.remove(at: i)
                default: m.insert(m[i], at: i)
                }
            }
            guard let fast = JournalReaderTests.fast(m) else { continue }
            accepted += 1
            #expect(fast == (try? JournalReaderTests.slow(m)), "\(String(decoding: m, as: UTF8.self))")
        }
        #expect(accepted > 100, "some damage leaves a readable line (a letter in a text)")
    }

    @Test func whatTheReaderDoesNotExpectIsLeftToJSONDecoder() throws {
        let good = #"{"action":"note","at":"2026-11-22T05:39:00+01:00","change":"c1","changes":[{"field":"notes","new":[{"n":1.5,"t":true,"x":null}],"op":"append"},{"field":"warning","new":null,"old":"a","op":"set"}],"id":"g1","schema":1,"staff":"s0","target":"youth","user":"u","version":2,"seal":"ab"}"#
        let entry = try #require(JournalReaderTests.fast(Array(good.utf8)))
        #expect(entry == (try JournalReaderTests.slow(Array(good.utf8))))
        #expect(entry.changes[1].new == nil && entry.changes[1].old == .string("a"), "null is nil, as decodeIfPresent reads it")
        #expect(entry.changes[0].new == .array([.object(["n": .number(1.5), "t": .bool(true), "x": .null])]))
        let odd = [
            good.replacingOccurrences(of: #""user":"u""#, with: #""user":"u","extra":1"#),          // an unknown key
            good.replacingOccurrences(of: #""user":"u""#, with: #""user":"u","user":"v""#),         // a repeated key
            good.replacingOccurrences(of: #""n":1.5"#, with: #""n":1.5,"n":2"#),                    // repeated, in a value
            good.replacingOccurrences(of: #""version":2"#, with: #""version":2.0"#),                // not a whole number
            good.replacingOccurrences(of: #""n":1.5"#, with: #""n":+1"#),                           // not JSON's numbers
            good.replacingOccurrences(of: #""n":1.5"#, with: #""n":01"#),
            good.replacingOccurrences(of: #""n":1.5"#, with: #""n":1."#),
            good.replacingOccurrences(of: #""n":1.5"#, with: #""n":1e999"#),                        // beyond a Double
            good.replacingOccurrences(of: #""op":"set""#, with: #""op":"replace""#),                // not an op
            good.replacingOccurrences(of: #""schema":1,"#, with: ""),                               // a required field missing
            good.replacingOccurrences(of: #""at":"2026-11-22T05:39:00+01:00""#, with: #""at":"i går""#),
            good + "x",
        ]
        for (i, t) in odd.enumerated() {
            #expect(t != good, "sample \(i) changed nothing")
            #expect(JournalReaderTests.fast(Array(t.utf8)) == nil, "sample \(i)")
        }
        // And such a line gets what it got before: read by JSONDecoder, or its error.
        let decoder = JSONDecoder()
        if case .success(let e) = Journal.decode(Array(odd[0].utf8)[...], decoder: decoder) { #expect(e.user == "u") } else {
            Issue.record("an unknown key is ignored, as JSONDecoder ignores it")
        }
        if case .success = Journal.decode(Array(odd[1].utf8)[...], decoder: decoder) { Issue.record("a repeated key is refused") }
        if case .success = Journal.decode(Array(odd[4].utf8)[...], decoder: decoder) { Issue.record("+1 is not JSON") }
    }
}
