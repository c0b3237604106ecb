import Foundation
import Testing
@testable import TavleCore

/// The youth file read by hand (`FastRead`, `YouthReader.swift`) gives exactly the record
/// `JSONDecoder` gives, knows every field, and leaves to `JSONDecoder` whatever it does not expect.
@Suite struct FastReadTests {
    static func fast(_ bytes: [UInt8]) -> Youth? { bytes.withUnsafeBufferPointer { Youth.record($0) } }
    static func pretty(_ y: Youth) throws -> [UInt8] { try Coding.encodeFile(y) }

    /// A youth with every field of every record it holds set (each optional given, each list one
    /// element or more), and text that needs escapes.
    static func full() -> Youth {
        let day = Day(parsing: "2026-11-20")!, at = Timestamp(parsing: "2026-11-20T10:15:00+01:00")!
        var y = Youth(id: "y-full", name: "Åse \"Bjørk\" Li", born: Day(parsing: "2010-02-03")!, intake: Day(parsing: "2025-01-02")!)
        y.version = 7; y.initialsOverride = "ÅB"; y.labelNumber = 2
        y.referral = Referral(source: .gp, contact: "Dr. Line\tNes", received: day)
        y.primaryContact = "s0"; y.secondContact = "s1"; y.domains = [.school, .family]; y.whereabouts = .ward
        y.goals = "Gå på skolen\nhver dag"
        y.goalList = [Goal(number: 1, text: "Skole 😀", date: day, done: day, by: "s0")]
        y.network = [NetworkEntry(number: 1, name: "Mor", relation: .mother, parentalResponsibility: true, phone: "99 99 99 99",
                                  mayShare: false, added: day)]
        y.lastNetworkNumber = 1
        y.answers = FourAnswers(day: day, needs: "Ro", treatment: .ok, safety: .concern, family: .ok)
        y.warning = "Slash / backslash \\ and \u{1F} unit"; y.status = .crisis
        y.crisisPlan = CrisisPlan(updated: day, outOfHours: "Legevakt")
        y.orders = [Order(id: "o1", kind: "tvang", expires: day)]
        y.consents = [Consent(party: .other, givenBy: .childWelfare, given: day, scope: "alt", withdrawn: day, note: "NAV")]
        y.services = [.outreach]
        y.handover = Handover(service: "utekontakten", contact: "Per", followUp: "møte", day: day, consented: true)
        y.phase = .discharged; y.planReviewed = day; y.mode = .intensive
        var period = BoardPeriod(id: "p1", reason: .crisis, start: day, plan: "Tett", evaluate: day, decidedBy: "s0")
        period.lastEvaluated = day; period.end = day; period.endNote = "Roligere"
        y.boardPeriods = [period]
        y.reviews = [Review(day: day, by: "s1", note: "Gjennomgått")]
        var note = Note(id: "n1", at: at, author: "s0", kind: .decision, text: "Tab\there, line\nbreak, \u{7F} del")
        note.documented = at
        y.notes = [note, Note(id: "n2", at: at, author: "s1", kind: .warning, text: "")]
        y.contacts = [Contact(id: "c1", at: at, staff: "s0", with: .network, kind: .visit, note: "Hjemme", place: "Kafé", arena: .home)]
        y.retractions = [Retraction(id: "n2", by: "s0", at: at)]
        y.plans = [PlanEntry(id: "pl1", day: day, staff: "s0", time: "09:30", place: "Skolen")]
        y.intakeCriteria = IntakeCriteria(longTermNeed: true, functionalImpairment: false, severeEatingDisorder: true)
        y.ageOverride = "Søsken i teamet"; y.lastContact = at; y.discharged = day
        y.dischargeReason = .goalsMet; y.dischargeTo = .municipalServices; y.dischargeNote = "Ferdig"
        y.dischargeHandoverMissing = [.consent]
        y.municipality = "Bergen"
        y.school = [SchoolEntry(status: .attending, since: day, note: "VGS", by: "s0", at: at)]
        y.fieldVersions = ["name": 3, "status": 7]; y.fieldAuthors = ["name": "s0", "status": "s1"]
        y.updated = at
        return y
    }

    /// Every stored property of `value` and of each record inside it is set: if a field is added to a
    /// record, this names it, so it is added to `full()` and so to its reader (which else gives up
    /// on the file and leaves it to `JSONDecoder`).
    static func unset(_ value: Any, path: String = "youth") -> [String] {
        var out: [String] = []
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let p = path + "." + label
            let m = Mirror(reflecting: child.value)
            if m.displayStyle == .optional {
                guard let inner = m.children.first?.value else { out.append(p); continue }
                out += unset(inner, path: p)
            } else if m.displayStyle == .collection {
                guard let first = m.children.first?.value else { out.append(p); continue }
                out += unset(first, path: p + "[0]")
            } else if m.displayStyle == .struct, !(child.value is Day), !(child.value is Timestamp) {
                out += unset(child.value, path: p)
            }
        }
        return out
    }

    @Test func theFullYouthSetsEveryFieldAndReadsAsJSONDecoderReadsIt() throws {
        let y = FastReadTests.full()
        #expect(FastReadTests.unset(y) == [])
        let bytes = try FastReadTests.pretty(y)
        let slow = try JSONDecoder().decode(Youth.self, from: Data(bytes))
        #expect(slow == y)
        #expect(FastReadTests.fast(bytes) == slow)
        // Compact, as the index and the journal write JSON, too.
        #expect(FastReadTests.fast(try Coding.encodeCompact(y)) == slow)
    }

    @Test func generatedAndDemoYouthsReadAsJSONDecoderReadsThem() throws {
        var youths = Generator.youths(count: 60, years: 3, today: fixedToday, seed: 29, staff: ["s0", "s1", "s2"])
        youths += try Demo.load(today: fixedToday).youths
        for y in youths {
            let bytes = try FastReadTests.pretty(y)
            let fast = FastReadTests.fast(bytes)
            #expect(fast != nil, "\(y.id) was left to JSONDecoder")
            #expect(fast == (try JSONDecoder().decode(Youth.self, from: Data(bytes))), "\(y.id)")
        }
    }

    @Test func whatTheReaderDoesNotExpectIsLeftToJSONDecoder() throws {
        let text = String(decoding: try FastReadTests.pretty(FastReadTests.full()), as: UTF8.self)
        #expect(FastReadTests.fast(Array(text.utf8)) != nil)
        let odd = [
            text.replacingOccurrences(of: "\"warning\" :", with: "\"extra\" : 1,\n  \"warning\" :"),     // an unknown key
            text.replacingOccurrences(of: "\"warning\" :", with: "\"name\" : \"X\",\n  \"warning\" :"),  // a repeated key
            text.replacingOccurrences(of: "\"author\" : \"s1\",", with: "\"author\" : \"s1\", \"author\" : \"s2\","),  // repeated, nested
            text.replacingOccurrences(of: "\"version\" : 7", with: "\"version\" : 7.0"),        // not a plain whole number
            text.replacingOccurrences(of: "\"version\" : 7", with: "\"version\" : 07"),
            text.replacingOccurrences(of: "\"name\" : \"Åse", with: "\"nameX\" : \"Åse"),     // a required field missing
            text.replacingOccurrences(of: "\"warning\" : \"Slash", with: "\"warning\" : null, \"w\" : \"Slash"),
            text.replacingOccurrences(of: "\"status\" : \"crisis\"", with: "\"status\" : \"calm\""),  // not a choice
            text.replacingOccurrences(of: "\"born\" : \"2010-02-03\"", with: "\"born\" : \"2010-02-30\""),
            text + "x",
        ]
        for (i, t) in odd.enumerated() {
            #expect(t != text, "sample \(i) changed nothing")
            #expect(FastReadTests.fast(Array(t.utf8)) == nil, "sample \(i)")
        }
        // Null for an optional is nil, as `JSONDecoder` reads it.
        let nulled = text.replacingOccurrences(of: "\"municipality\" : \"Bergen\"", with: "\"municipality\" : null")
        #expect(FastReadTests.fast(Array(nulled.utf8))?.municipality == .some(nil))
    }

    @Test func aBadFileGetsTheSameErrorAsBefore() throws {
        let text = String(decoding: try FastReadTests.pretty(FastReadTests.full()), as: UTF8.self)
        let nested = text.replacingOccurrences(of: "\"author\" : \"s1\",", with: "\"author\" : \"s1\", \"author\" : \"s2\",")
        #expect(throws: TavleError.badFile(path: "p", problem: LocalizedMessage(.fileDuplicateKey, ["author"]))) {
            try Coding.decodeFile(Youth.self, from: Array(nested.utf8), path: "p", supported: Youth.schemaVersion)
        }
        let newer = text.replacingOccurrences(of: "\"schema\" : \(Youth.schemaVersion)", with: "\"schema\" : 99")
        #expect(throws: TavleError.newerSchema(path: "p", found: 99, supported: Youth.schemaVersion)) {
            try Coding.decodeFile(Youth.self, from: Array(newer.utf8), path: "p", supported: Youth.schemaVersion)
        }
        var huge = FastReadTests.full()
        huge.version = Int.max
        #expect(throws: TavleError.self) {
            try Coding.decodeFile(Youth.self, from: try FastReadTests.pretty(huge), path: "p", supported: Youth.schemaVersion)
        }
    }
    /// A file checked for UTF-8 once has its strings copied unchecked, told whether each is ASCII:
    /// they must be the very strings `JSONDecoder` makes (counted, compared and hashed alike).
    @Test func aCheckedFilesStringsAreTheStringsJSONDecoderMakes() throws {
        let names = ["Ola Nordmann", "Åse Øvre-Bjørk", "Rene\u{301}e", "Zoë 🌈 Li", "Tab\tand \"quote\"", "e\u{301}\u{301}", ""]
        for name in names.map({ $0.replacingOccurrences(of: "\\u{301}", with: "\u{301}") }) {
            var y = Youth(id: "y-1", name: name, born: Day(parsing: "2010-02-03")!, intake: Day(parsing: "2025-01-02")!)
            y.municipality = name
            let bytes = try FastReadTests.pretty(y)
            let slow = try JSONDecoder().decode(Youth.self, from: Data(bytes)).name
            let read = try Coding.decodeFile(Youth.self, from: bytes, path: "p", supported: Youth.schemaVersion)
            let fast = try #require(bytes.withUnsafeBufferPointer { Youth.record($0, validUTF8: true) }, "\(name)")
            for got in [read.name, fast.name, fast.municipality ?? "-"] {
                #expect(got == slow && got == name, "\(name)")
                #expect(got.count == name.count && got.unicodeScalars.count == name.unicodeScalars.count, "\(name)")
                #expect(got.hashValue == name.hashValue && Array(got.utf8) == Array(name.utf8), "\(name)")
                #expect(got.lowercased() == name.lowercased() && got.first == name.first, "\(name)")
            }
        }
    }
}
