import Foundation
import Testing
@testable import TavleCore

/// The hand-written JSON readers of issue 29 (`JSONValueParser`, the index's open decisions) give
/// exactly what `JSONDecoder` gives, and leave to it whatever they do not expect.
@Suite struct FastJSONReadingTests {
    static func decoded(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }
    static func parsed(_ text: String) -> JSONValue? {
        var s = text
        return s.withUTF8 { JSONValueParser.parse($0) }
    }

    @Test func theParserAgreesWithJSONDecoder() throws {
        let samples = [
            #"{"a":1,"b":-2.5,"c":1e3,"d":true,"e":false,"f":null,"g":[],"h":{},"i":"plain"}"#,
            #"{ "nested" : { "list" : [ 1, "two", [ 3 ], { "four" : 4 } ] } }"#,
            #"["quote \" backslash \\ slash \/ tab \t newline \n cr \r bs \b ff \f"]"#,
            #"["æøå Åse Bjørn", "\u00e6\u00F8", "emoji \ud83d\ude00 here", "zero \u0000 width \u200b"]"#,
            "[\n  {\n    \"pretty\" : \"printed\",\n    \"n\" : 0\n  }\n]",
            "[]", "{}", "[-0.125, 42, 0, 1.5e-7, 123456789012]",
        ]
        for text in samples {
            #expect(FastJSONReadingTests.parsed(text) == (try FastJSONReadingTests.decoded(text)), "\(text)")
        }
    }

    @Test func theParserRefusesWhatIsNotJSON() {
        for text in ["", "{", "[1,]x", #"{"a" 1}"#, #"["unterminated]"#, "tru", #"["\x"]"#, "[1] 2", "[\"\u{01}\"]", #"["\udc00"]"#] {
            #expect(FastJSONReadingTests.parsed(text) == nil, "\(text)")
        }
    }

    @Test func aRecordsFieldsAreTheSameAsThroughJSONDecoder() throws {
        let youths = Generator.youths(count: 40, years: 3, today: fixedToday, seed: 29, staff: ["s0", "s1", "s2"])
        for var y in youths {
            y.warning = "Tab\there, \"quoted\" \\ and a line\nbreak, ✓ and 😀"
            let slow = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(y))
            #expect(try JSONValue.from(y) == slow)
        }
    }

    @Test func theIndexsOpenDecisionsReadAsJSONDecoderReadsThem() throws {
        var a = Note(id: "n1", at: Timestamp(parsing: "2026-11-20T10:15:00+01:00")!, author: "ole", kind: .decision,
                     text: "Øke kontakten, \"tett\" oppfølging\tog mer")
        a.documented = Timestamp(parsing: "2026-11-21T08:00:00+01:00")
        let b = Note(id: "n2", at: Timestamp(parsing: "2026-06-01T23:59:59+02:00")!, author: "s0", kind: .decision, text: "")
        for notes in [[a, b], [b], []] {
            let field = IndexCodec.esc(String(decoding: try Coding.encodeCompact(notes), as: UTF8.self))
            #expect(try IndexCodec.notes(ArraySlice(Array(field.utf8))) == notes)
        }
        // An unknown key or a null goes the usual way and gives the same notes.
        let odd = #"[{"at":"2026-11-20T10:15:00+01:00","author":"ole","documented":null,"extra":1,"id":"n1","kind":"note","text":"x"}]"#
        let want = try JSONDecoder().decode([Note].self, from: Data(odd.utf8))
        #expect(try IndexCodec.notes(ArraySlice(Array(odd.utf8))) == want)
        // A bad time is refused, as before.
        let bad = #"[{"at":"yesterday","author":"ole","id":"n1","kind":"note","text":"x"}]"#
        #expect(throws: (any Error).self) { try IndexCodec.notes(ArraySlice(Array(bad.utf8))) }
    }

    @Test func aGeneratedBoardReadsTheSameFromTheIndexAsFromItsFiles() throws {
        let dir = TempDir()
        let store = try Generator.generate(root: dir.path + "/g", youths: 120, years: 3, seed: 29, today: fixedToday,
                                           actor: leader, environment: testEnv)
        let fromFiles = try store.loadBoard(today: fixedToday)   // no index yet: every file, then writes it
        let fromIndex = try store.loadBoardFromIndex(today: fixedToday)
        #expect(!fromIndex.stale)
        #expect(fromIndex.data.youths == fromFiles.youths)
        #expect(fromFiles.youths.contains { !$0.notes.isEmpty }, "the generated board has open decisions to read")
    }

    /// The listings load the board without the open decisions (they print none); nothing else
    /// differs, and an index rebuilt by such a load still holds every decision.
    @Test func aListingsLoadLeavesOnlyTheDecisionsOutAndNeverWritesThemAway() throws {
        let dir = TempDir()
        let store = try Generator.generate(root: dir.path + "/g", youths: 120, years: 3, seed: 29, today: fixedToday,
                                           actor: leader, environment: testEnv)
        let full = try store.loadBoard(today: fixedToday)   // writes the index
        let listing = try store.loadBoard(today: fixedToday, openDecisions: false)
        #expect(listing.youths.allSatisfy { $0.notes.isEmpty })
        #expect(listing.youths.map { var y = $0; y.notes = []; return y } == full.youths.map { var y = $0; y.notes = []; return y })
        // A stale index (many changes since it) rebuilt by a listing's load keeps the decisions.
        for i in 0..<(Store.indexRefreshThreshold + 2) {
            try store.updateYouth(full.youths[0].id, actor: leader, action: "set") { $0.warning = "w\(i)" }
        }
        _ = try store.loadBoard(today: fixedToday, openDecisions: false)
        #expect(try !store.loadBoardFromIndex(today: fixedToday).stale)
        let after = try store.loadBoardFromIndex(today: fixedToday).data.youths
        #expect(after.map(\.notes) == full.youths.map(\.notes))
    }
}
