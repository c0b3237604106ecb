import Testing
@testable import TavleCore

/// The Norwegian public holidays 2026–2030, against a table written out by hand from the
/// almanac (Easter Sunday: 5.4.2026, 28.3.2027, 16.4.2028, 1.4.2029, 21.4.2030; the moving days
/// follow it: skjærtorsdag −3, langfredag −2, 2. påskedag +1, Kristi himmelfart +39, pinse +49/+50).
@Suite struct HolidaysTests {
    /// year: the moving days in order: skjærtorsdag, langfredag, 1. påskedag, 2. påskedag,
    /// Kristi himmelfartsdag, 1. pinsedag, 2. pinsedag.
    static let moving: [Int: [String]] = [
        2026: ["2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-05-25"],
        2027: ["2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16", "2027-05-17"],
        2028: ["2028-04-13", "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-04", "2028-06-05"],
        2029: ["2029-03-29", "2029-03-30", "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-20", "2029-05-21"],
        2030: ["2030-04-18", "2030-04-19", "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-09", "2030-06-10"],
    ]
    static let movingNames: [NamedDay] = [.maundyThursday, .goodFriday, .easterSunday, .easterMonday, .ascensionDay,
                                          .whitSunday, .whitMonday]

    func day(_ s: String) -> Day { Day(parsing: s)! }

    @Test("2026–2030: every named day on its date, and nothing else", arguments: 2026...2030)
    func year(_ y: Int) throws {
        var expected: Set<String> = []
        for (m, d, name) in [(1, 1, NamedDay.newYearsDay), (5, 1, .labourDay), (5, 17, .constitutionDay), (12, 24, .christmasEve),
                             (12, 25, .christmasDay), (12, 26, .boxingDay), (12, 31, .newYearsEve)] {
            expected.insert(Day(year: y, month: m, day: d)!.iso + " " + name.rawValue)
        }
        let dates = try #require(HolidaysTests.moving[y])
        for (date, name) in zip(dates, HolidaysTests.movingNames) { expected.insert(date + " " + name.rawValue) }
        #expect(Set(Holidays.named(in: y).map { $0.day.iso + " " + $0.name.rawValue }) == expected)
        // Twelve public holidays; the 2. pinsedag of 2027 is 17 May, one day with two names.
        #expect(Holidays.holidays(in: y).count == (y == 2027 ? 11 : 12))
    }

    @Test func easterMonday2027IsThe29thOfMarch() {
        #expect(Holidays.easter(2027) == day("2027-03-28"))
        #expect(Holidays.names(on: day("2027-03-29")) == [.easterMonday])
        #expect(Holidays.isHoliday(day("2027-03-29")))
        #expect(Holidays.name(on: day("2027-03-29"))?.label(.nb) == "2. påskedag")
    }

    @Test func christmasEveAndNewYearsEveAreNamedButNotHolidays() {
        for d in ["2026-12-24", "2026-12-31"] {
            #expect(Holidays.name(on: day(d)) != nil)
            #expect(!Holidays.isHoliday(day(d)), "\(d)")
        }
        #expect(Holidays.name(on: day("2026-12-24"))?.label(.nb) == "julaften")
        #expect(Holidays.name(on: day("2026-12-31"))?.label(.en) == "New Year's Eve")
        #expect(Holidays.isHoliday(day("2026-12-25")) && Holidays.isHoliday(day("2026-12-26")))
        #expect(Holidays.name(on: day("2026-12-25"))?.label(.nb) == "1. juledag")
    }

    @Test func ordinaryDaysHaveNoName() {
        #expect(Holidays.name(on: day("2026-11-22")) == nil)
        #expect(!Holidays.isHoliday(day("2026-11-22")))
        #expect(!Holidays.isHoliday(day("2026-04-04")), "påskeaften is not a public holiday")
    }

    /// When a moving holiday meets a fixed one, the day has both names; the holiday's is shown.
    @Test func twoNamesOnOneDay() {
        #expect(Set(Holidays.names(on: day("2027-05-17"))) == [.constitutionDay, .whitMonday])
        #expect(Holidays.name(on: day("2027-05-17")) != nil)
    }
}
