import Foundation
import Testing
@testable import TavleCore

/// The one lenient reader of dates and times, as the board's dialogs, the command line and the
/// import all use it.
@Suite struct InputTests {
    let today = Day(year: 2026, month: 11, day: 22)!

    @Test func aShortDateMeansTheNextOneToComeOrTheLastOneThatWas() throws {
        #expect(try Input.day("1.12", for: .upcoming, today: today) == Day(year: 2026, month: 12, day: 1))
        #expect(try Input.day("1.11.", for: .upcoming, today: today) == Day(year: 2027, month: 11, day: 1))
        #expect(try Input.day("22.11", for: .upcoming, today: today) == today, "today itself is still to come")
        #expect(try Input.day("1.12", for: .past, today: today) == Day(year: 2025, month: 12, day: 1))
        #expect(try Input.day("1.11", for: .past, today: today) == Day(year: 2026, month: 11, day: 1))
        #expect(try Input.day("29.2", for: .upcoming, today: today) == Day(year: 2028, month: 2, day: 29))
    }

    @Test func aFullDateIsAlwaysAccepted() throws {
        for use in [DateUse.upcoming, .past, .birth] {
            #expect(try Input.day("2010-05-05", for: use, today: today) == Day(year: 2010, month: 5, day: 5))
            #expect(try Input.day("05.05.2010", for: use, today: today) == Day(year: 2010, month: 5, day: 5))
            #expect(try Input.day("5.5.2010", for: use, today: today) == Day(year: 2010, month: 5, day: 5))
        }
    }

    @Test func aDateOfBirthNeedsItsYearAndBadDatesSayWhatIsAccepted() {
        #expect(throws: TavleError.usage(LocalizedMessage(.inputBirthNeedsYear, ["1.12"]))) { try Input.day("1.12", for: .birth, today: today) }
        #expect(throws: TavleError.usage(LocalizedMessage(.inputBadDate, ["31.02"]))) { try Input.day("31.02", for: .upcoming, today: today) }
        #expect(throws: TavleError.usage(LocalizedMessage(.inputBadDate, ["2026-02-31"]))) { try Input.day("2026-02-31", for: .past, today: today) }
        #expect(throws: TavleError.usage(LocalizedMessage(.inputBadBirthDate, ["igår"]))) { try Input.day("igår", for: .birth, today: today) }
    }

    @Test func timesAreReadTheWayPeopleTypeThem() throws {
        for text in ["09:30", "9:30", "9.30", "0930", "930"] { #expect(try Input.clock(text) == "09:30", "\(text)") }
        #expect(try Input.clock("9") == "09:00")
        #expect(try Input.clock("23:59") == "23:59")
        for bad in ["25:00", "9:60", "12345", "9:3", "ni", ""] {
            #expect(throws: TavleError.usage(LocalizedMessage(.inputBadTime, [bad]))) { try Input.clock(bad) }
        }
    }

    @Test func aMomentIsNeverInTheFuture() throws {
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        let now = Timestamp.local(day: today, minutes: 7 * 60 + 22, in: oslo)
        #expect(try Input.moment("07:00", now: now, zone: oslo) == Timestamp.local(day: today, minutes: 7 * 60, in: oslo))
        #expect(try Input.moment("1.11 14:30", now: now, zone: oslo) == Timestamp.local(day: Day(year: 2026, month: 11, day: 1)!, minutes: 870, in: oslo))
        // 23:59 at 07:22 is later today: refused, in every form.
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseContactInFuture, ["23:59", "07:22"]))) {
            try Input.moment("23:59", now: now, zone: oslo)
        }
        #expect(throws: TavleError.self) { try Input.moment("2359", now: now, zone: oslo) }
        #expect(throws: TavleError.self) { try Input.moment("2026-11-22T23:59:00+01:00", now: now, zone: oslo) }
        #expect(throws: TavleError.usage(LocalizedMessage(.inputBadMoment, ["i morges"]))) { try Input.moment("i morges", now: now, zone: oslo) }
    }
}
