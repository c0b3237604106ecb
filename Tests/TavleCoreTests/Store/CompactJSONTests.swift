import Foundation
import Testing
@testable import TavleCore

/// The index's JSON fields written by hand (`CompactJSON`) are `JSONEncoder`'s bytes, or left to it.
@Suite struct CompactJSONTests {
    static func same<T: Encodable & CompactJSONWritable>(_ v: T, _ what: String) throws {
        let want = try Coding.encodeCompact(v)
        if let got = CompactJSON.bytes(v) {
            #expect(String(decoding: got, as: UTF8.self) == String(decoding: want, as: UTF8.self), "\(what)")
        }
        #expect(IndexCodec.json(v) == IndexCodec.esc(String(decoding: want, as: UTF8.self)), "\(what)")
    }

    static func check(_ y: Youth) throws {
        try same(y.orders, "\(y.id) orders"); try same(y.consents, "\(y.id) consents"); try same(y.plans, "\(y.id) plans")
        try same(y.notes, "\(y.id) notes"); try same(y.school, "\(y.id) school"); try same(y.goalList, "\(y.id) goals")
        if let r = y.referral { try same(r, "\(y.id) referral") }
        if let h = y.handover { try same(h, "\(y.id) handover") }
        if let a = y.answers { try same(a, "\(y.id) answers") }
    }

    @Test func everyFieldOfTheFullYouthIsWrittenAsJSONEncoderWritesIt() throws {
        var y = FastReadTests.full()
        y.notes = y.notes.map { var n = $0; n.text = "Plain \"quoted\" \\ / æøå 😀"; return n }
        y.warning = ""
        #expect(CompactJSON.bytes(y.notes) != nil)
        #expect(CompactJSON.bytes(y.handover!) != nil && CompactJSON.bytes(y.answers!) != nil)
        try CompactJSONTests.check(y)
        // Without the optionals: the keys are left out, as JSONEncoder leaves them out.
        try CompactJSONTests.same(Handover(service: "x"), "bare handover")
        try CompactJSONTests.same(Consent(party: .nav, givenBy: .youth, given: fixedToday), "bare consent")
        try CompactJSONTests.same(FourAnswers(day: fixedToday), "bare answers")
    }

    @Test func generatedAndDemoYouthsWriteTheSameFields() throws {
        var youths = Generator.youths(count: 60, years: 3, today: fixedToday, seed: 29, staff: ["s0", "s1", "s2"])
        youths += try Demo.load(today: fixedToday).youths
        for y in youths { try CompactJSONTests.check(y) }
    }

    @Test func aStringItIsNotSureOfIsLeftToJSONEncoder() throws {
        let at = Timestamp(parsing: "2026-11-20T10:15:00+01:00")!
        for text in ["tab\there", "line\nbreak", "del \u{7F}", "sep \u{2028}"] {
            let notes = [Note(id: "n1", at: at, author: "s0", kind: .decision, text: text)]
            #expect(CompactJSON.bytes(notes) == nil, "\(text)")
            try CompactJSONTests.same(notes, text)
        }
    }
}
