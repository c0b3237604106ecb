import Foundation
import Testing
@testable import TavleCore

/// The rota's gaps in the coming week (`RotaCoverage`) and public holidays in the rota.
@Suite struct RotaCoverageTests {
    /// Monday 21 December 2026: Christmas Day (Friday 25) and Boxing Day (Saturday 26) fall in the week.
    let monday = Day(parsing: "2026-12-21")!
    let team: Team = {
        var t = Team(name: "T")
        t.staff = ["ole", "siri", "jonas", "mette", "per", "nora"].map {
            StaffMember(id: $0, initials: $0.prefix(2).uppercased(), name: $0, role: .caseManager)
        }
        return t
    }()

    /// Weekdays: ole and siri by day, jonas in the evening; weekends: per; on call: mette every day.
    func fullRota() throws -> Rota {
        var r = Rota()
        for w in Weekday.allCases {
            if w.isWeekend {
                try r.setPattern(weekday: w, shift: .weekend, staff: ["per"], team: team)
            } else {
                try r.setPattern(weekday: w, shift: .day, staff: ["ole", "siri"], team: team)
                try r.setPattern(weekday: w, shift: .evening, staff: ["jonas"], team: team)
            }
            try r.setPattern(weekday: w, shift: .onCall, staff: ["mette"], team: team)
        }
        return r
    }

    func words(_ c: RotaCoverage) -> [String] { c.missing.map { $0.message.text(.nb) } }

    @Test func whatEachDayNeeds() {
        #expect(ShiftNeeds.required(on: monday) == [.evening, .onCall])
        #expect(ShiftNeeds.required(on: monday.adding(days: 3)) == [.evening, .onCall], "julaften is a working day")
        #expect(ShiftNeeds.required(on: monday.adding(days: 4)) == [.weekend, .onCall], "1. juledag is a holiday")
        #expect(ShiftNeeds.required(on: monday.adding(days: 6)) == [.weekend, .onCall], "a Sunday")
    }

    @Test func aFullRotaWithHolidaysFromSundayHasNoGaps() throws {
        let r = try fullRota()
        // Christmas Day: Sunday's pattern (no holiday pattern set), not Friday's.
        #expect(r.duty(on: monday.adding(days: 4)) == [.weekend: ["per"], .onCall: ["mette"]])
        #expect(r.duty(on: monday.adding(days: 3)) == [.day: ["ole", "siri"], .evening: ["jonas"], .onCall: ["mette"]], "julaften")
        #expect(RotaCoverage(rota: r, today: monday, anyoneOnBoard: true).isEmpty)
    }

    @Test func aNightWithNoOnCallIsAWarningAndSettingOneClearsIt() throws {
        var r = try fullRota()
        try r.setPattern(weekday: .wednesday, shift: .onCall, staff: [], team: team)
        let c = RotaCoverage(rota: r, today: monday, anyoneOnBoard: true)
        #expect(c.missing == [MissingShift(day: monday.adding(days: 2), shift: .onCall)])
        #expect(words(c) == ["Ingen bakvakt 23.12"])
        #expect(c.missing.first?.message.text(.en) == "No on-call 23.12")
        // A one-off change for that night clears it; the pattern still has the gap the week after.
        try r.addChange(day: monday.adding(days: 2), shift: .onCall, staff: "nora", replacing: nil, team: team)
        #expect(RotaCoverage(rota: r, today: monday, anyoneOnBoard: true).isEmpty)
        #expect(words(RotaCoverage(rota: r, today: monday.adding(days: 3), anyoneOnBoard: true)) == ["Ingen bakvakt 30.12"])
        // Setting the pattern clears it for good.
        try r.setPattern(weekday: .wednesday, shift: .onCall, staff: ["mette"], team: team)
        #expect(RotaCoverage(rota: r, today: monday.adding(days: 3), anyoneOnBoard: true).isEmpty)
    }

    @Test func sevenDaysFromTodayOnCallFirstNothingWhenNobodyIsOnTheBoard() throws {
        let empty = Rota()
        let c = RotaCoverage(rota: empty, today: monday, anyoneOnBoard: true)
        #expect(c.from == monday && c.through == monday.adding(days: 6))
        #expect(words(c) == ["Ingen bakvakt 21.12", "Ingen kveldsvakt 21.12", "Ingen bakvakt 22.12", "Ingen kveldsvakt 22.12",
                             "Ingen bakvakt 23.12", "Ingen kveldsvakt 23.12", "Ingen bakvakt 24.12", "Ingen kveldsvakt 24.12",
                             "Ingen bakvakt 25.12", "Ingen helgevakt 25.12", "Ingen bakvakt 26.12", "Ingen helgevakt 26.12",
                             "Ingen bakvakt 27.12", "Ingen helgevakt 27.12"])
        #expect(RotaCoverage(rota: empty, today: monday, anyoneOnBoard: false).isEmpty)
    }

    @Test func theHolidayPatternReplacesSundaysOnHolidays() throws {
        var r = try fullRota()
        try r.setHolidayPattern(shift: .onCall, staff: ["nora"], team: team)
        // Only an on-call is set for holidays: Christmas and Boxing Day lack a weekend shift.
        #expect(r.duty(on: monday.adding(days: 4)) == [.onCall: ["nora"]])
        #expect(words(RotaCoverage(rota: r, today: monday, anyoneOnBoard: true)) == ["Ingen helgevakt 25.12", "Ingen helgevakt 26.12"])
        try r.setHolidayPattern(shift: .weekend, staff: ["siri", "ole", "siri"], team: team)
        #expect(r.duty(on: monday.adding(days: 5)) == [.weekend: ["siri", "ole"], .onCall: ["nora"]])
        #expect(RotaCoverage(rota: r, today: monday, anyoneOnBoard: true).isEmpty)
        // Clearing both brings Sunday's pattern back.
        try r.setHolidayPattern(shift: .weekend, staff: [], team: team)
        try r.setHolidayPattern(shift: .onCall, staff: [], team: team)
        #expect(r.holidayPattern.isEmpty)
        #expect(r.duty(on: monday.adding(days: 4)) == [.weekend: ["per"], .onCall: ["mette"]])
        #expect(throws: TavleError.staffNotFound("nobody")) { try r.setHolidayPattern(shift: .onCall, staff: ["nobody"], team: team) }
    }

    /// A rota file written before the holiday pattern reads back unchanged, and one without it is
    /// written without the key (so older files and `tavle check`'s replay agree).
    @Test func theHolidayPatternIsOptionalInTheFile() throws {
        let old = #"{"changes":[],"pattern":[{"shift":"on-call","staff":["ole"],"weekday":"monday"}],"schema":1,"version":3}"#
        let r = try Coding.decodeFile(Rota.self, from: Array(old.utf8), path: "rota.json", supported: Rota.schemaVersion)
        #expect(r.holidayPattern.isEmpty && r.pattern.count == 1)
        #expect(!String(decoding: try Coding.encodeFile(r), as: UTF8.self).contains("holidayPattern"))
        var withHolidays = r
        try withHolidays.setHolidayPattern(shift: .onCall, staff: ["ole"], team: team)
        let bytes = try Coding.encodeFile(withHolidays)
        #expect(try Coding.decodeFile(Rota.self, from: bytes, path: "rota.json", supported: Rota.schemaVersion) == withHolidays)
    }

    /// Tonight's evening duty for crisis readiness is the weekend shift on a holiday.
    @Test func readinessTonightOnAHolidayIsTheWeekendShift() throws {
        let r = try fullRota()
        let board = Board(team: team, youths: [], today: monday.adding(days: 4))
        let readiness = CrisisReadiness(board: board, rota: r)
        #expect(readiness.evening == ["per"] && readiness.onCall == ["mette"])
    }
}
