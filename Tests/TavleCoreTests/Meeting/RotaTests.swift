import Foundation
import Testing
@testable import TavleCore

@Suite struct RotaTests {
    let monday = Day(parsing: "2026-11-23")!
    let team: Team = {
        var t = Team(name: "T")
        t.staff = ["ole", "siri", "jonas", "mette", "per"].map { StaffMember(id: $0, initials: $0.prefix(2).uppercased(), name: $0, role: .caseManager) }
        t.staff.append(StaffMember(id: "gone", initials: "GO", name: "Gone", role: .caseManager, active: false))
        return t
    }()

    /// Weekdays: ole and siri by day, jonas in the evening, mette on call; weekends: per, on call mette.
    func pattern() throws -> Rota {
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

    @Test func weeklyPatternWithOneOffChanges() throws {
        var r = try pattern()
        #expect(Weekday(monday) == .monday && Weekday(monday.adding(days: 6)) == .sunday)
        #expect(r.duty(on: monday) == [.day: ["ole", "siri"], .evening: ["jonas"], .onCall: ["mette"]])
        #expect(r.duty(on: monday.adding(days: 5)) == [.weekend: ["per"], .onCall: ["mette"]])

        // Monday only: per takes mette's on-call, siri is off with nobody covering, ole also takes the evening.
        try r.addChange(day: monday, shift: .onCall, staff: "per", replacing: "mette", team: team)
        try r.addChange(day: monday, shift: .day, staff: nil, replacing: "siri", note: "kurs", team: team)
        let extra = try r.addChange(day: monday, shift: .evening, staff: "ole", replacing: nil, team: team)
        #expect(r.duty(on: monday) == [.day: ["ole"], .evening: ["jonas", "ole"], .onCall: ["per"]])
        #expect(r.onCall(on: monday) == ["per"])
        // The pattern itself is untouched: the next Monday is as usual.
        #expect(r.onCall(on: monday.adding(days: 7)) == ["mette"])
        #expect(r.duty(on: monday.adding(days: 7))[.day] == ["ole", "siri"])

        try r.removeChange(id: extra.id)
        #expect(r.duty(on: monday)[.evening] == ["jonas"])
    }

    @Test func changesThatCannotApplyAreRefused() throws {
        var r = try pattern()
        func key(_ body: () throws -> Void) -> TextKey? {
            do { try body() } catch let TavleError.refused(m) { return m.key } catch { Issue.record("\(error)"); return nil }
            return nil
        }
        #expect(key { try r.addChange(day: monday, shift: .onCall, staff: "per", replacing: "ole", team: team) } == .refuseRotaNotOnShift)
        #expect(key { try r.addChange(day: monday, shift: .day, staff: "ole", replacing: nil, team: team) } == .refuseRotaAlreadyOnShift)
        #expect(key { try r.addChange(day: monday, shift: .day, staff: nil, replacing: nil, team: team) } == .refuseRotaChangeEmpty)
        #expect(key { try r.removeChange(id: "nope") } == .refuseRotaNoSuchChange)
        #expect(throws: TavleError.staffNotFound("gone")) { try r.addChange(day: monday, shift: .day, staff: "gone", replacing: nil, team: team) }
        #expect(throws: TavleError.staffNotFound("x")) { try r.setPattern(weekday: .monday, shift: .day, staff: ["x"], team: team) }
        #expect(r.changes.isEmpty)
    }

    @Test func rotaIsStoredThroughTheJournal() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        // The demo team comes with a weekly rota (fixedToday is a Sunday: Mette on call).
        let demo = try store.loadRota()
        #expect(demo.version == 1 && demo.pattern.count == 19)
        #expect(demo.onCall(on: fixedToday) == ["mette"])
        try store.updateRota(actor: leader, action: "rota-pattern") { r, team in
            try r.setPattern(weekday: .sunday, shift: .onCall, staff: ["ingrid"], team: team)
        }
        let r = try store.updateRota(actor: leader, action: "rota-change") { r, team in
            try r.addChange(day: fixedToday, shift: .onCall, staff: "per", replacing: "ingrid", team: team)
        }
        #expect(r.version == 3)
        #expect(try store.loadRota() == r)
        #expect(try store.loadRota().onCall(on: fixedToday) == ["per"])
        let entries = try store.journal.read().entries.filter { $0.target == "rota" }
        #expect(entries.map(\.action) == ["create", "rota-pattern", "rota-change"])
        #expect(entries[2].changes.map(\.field) == ["changes"] && entries[2].changes[0].op == .append)
        #expect(FileIO.status(store.rotaPath).map { $0.st_mode & 0o777 } == 0o600)
        #expect(store.verify() == [])
        #expect(store.meetingProblems(entries: try store.journal.read().entries, access: .private) == [])
        // A stale editor is refused rather than overwriting.
        #expect(throws: TavleError.versionMismatch(youth: "rota", expected: 1, actual: 3)) {
            try store.updateRota(actor: leader, action: "rota-change", basedOn: 1) { r, _ in r.changes = [] }
        }
    }
}
