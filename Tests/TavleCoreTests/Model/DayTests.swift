import Foundation
import Testing
@testable import TavleCore

@Suite struct DayTests {
    @Test func roundTripsThroughComponents() {
        for ordinal in stride(from: -719_000, through: 2_900_000, by: 997) {
            let d = Day(ordinal: ordinal)
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
        }
    }

    @Test func parsesISOAndNorwegian() {
        #expect(Day(parsing: "2026-11-22")?.iso == "2026-11-22")
        #expect(Day(parsing: "22.11.2026", allowNorwegian: true)?.iso == "2026-11-22")
        #expect(Day(parsing: "1.2.2009", allowNorwegian: true)?.iso == "2009-02-01")
        #expect(Day(parsing: "22.11.2026") == nil)
        #expect(Day(parsing: "2026-02-30") == nil)
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day(parsing: "yesterday") == nil)
    }

    @Test func weekdayAndAge() {
        #expect(Day(parsing: "2026-11-22")!.weekdayIndex == 6)   // a Sunday
        #expect(Day(parsing: "2026-11-23")!.weekdayIndex == 0)   // a Monday
        let born = Day(parsing: "2008-11-23")!
        #expect(born.age(on: Day(parsing: "2026-11-22")!) == 17)
        #expect(born.age(on: Day(parsing: "2026-11-23")!) == 18)
        #expect(Day(parsing: "2008-02-29")!.birthday(18).iso == "2026-02-28")
    }

    @Test func timestampsKeepTheirOffset() throws {
        let t = try #require(Timestamp(parsing: "2026-11-22T08:15:00+01:00"))
        #expect(t.iso == "2026-11-22T08:15:00+01:00")
        #expect(t.clock == "08:15")
        #expect(Timestamp(parsing: "2026-11-22T07:15:00Z")?.seconds == t.seconds)
        #expect(Timestamp(parsing: "2026-11-22T08:15") == nil)
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        // Late evening UTC is already tomorrow in Oslo: "today" is the team's day.
        let late = try #require(Timestamp(parsing: "2026-11-22T23:30:00Z"))
        #expect(late.day(in: oslo).iso == "2026-11-23")
        let summer = Timestamp.local(day: Day(parsing: "2026-07-01")!, minutes: 9 * 60, in: oslo)
        #expect(summer.iso == "2026-07-01T09:00:00+02:00")
    }

    @Test func pinnedToday() {
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        #expect(Clock.today(zone: oslo, environment: ["TAVLE_TODAY": "2030-01-02"]).iso == "2030-01-02")
        #expect(Clock.now(zone: oslo, environment: ["TAVLE_TODAY": "2030-01-02"]).day.iso == "2030-01-02")
    }
}
