import Foundation
import Testing
@testable import TavleCore

/// `Caseload` on a hand-made team: today Sunday 2026-11-22, the week from Monday 11-16.
@Suite struct CaseloadFigureTests {
    let today = Day(parsing: "2026-11-22")!
    let oslo = TimeZone(identifier: "Europe/Oslo")!

    @Test func primaryAndSecondOnTheBoardAndInCaseManagementAndThisWeeksVisits() {
        var team = Team(name: "T")
        team.staff = [StaffMember(id: "ole", initials: "OB", name: "Ole Bråten", role: .caseManager),
                      StaffMember(id: "siri", initials: "SL", name: "Siri Løvås", role: .caseManager)]
        func y(_ id: String, _ p: String, _ s: String?, board: Bool = false, gone: Bool = false) -> Youth {
            var y = Youth(id: id, name: id, born: Day(parsing: "2008-01-01")!, intake: Day(parsing: "2026-01-01")!)
            y.primaryContact = p; y.secondContact = s
            if board { y.mode = .intensive }
            if gone { y.phase = .discharged; y.discharged = Day(parsing: "2026-11-01") }
            return y
        }
        var a = y("a", "ole", "siri", board: true)
        let at = { (d: String) in Timestamp.local(day: Day(parsing: d)!, minutes: 600, in: self.oslo) }
        a.contacts = [Contact(id: "c1", at: at("2026-11-16"), staff: "ole", with: .youth, kind: .visit),
                      Contact(id: "c2", at: at("2026-11-15"), staff: "ole", with: .youth, kind: .visit),     // last week
                      Contact(id: "c3", at: at("2026-11-20"), staff: "ole", with: .youth, kind: .phone),     // not a visit
                      Contact(id: "c4", at: at("2026-11-21"), staff: "ole", with: .youth, kind: .attempt),   // not a visit
                      Contact(id: "c5", at: at("2026-11-22"), staff: "siri", with: .network, kind: .visit),
                      Contact(id: "c6", at: at("2026-11-18"), staff: "ole", with: .youth, kind: .visit)]     // taken back
        a.retractions = [Retraction(id: "c6", by: "ole", at: at("2026-11-18"))]
        let load = Caseload(youths: [a, y("b", "ole", nil), y("c", "siri", "ole"), y("d", "ole", "siri", gone: true)], team: team, today: today)
        #expect(load.weekFrom == Day(parsing: "2026-11-16"))
        let ole = load.staff[0], siri = load.staff[1]
        #expect(ole.primary == CaseloadSplit(board: 1, caseManagement: 1) && ole.second == CaseloadSplit(board: 0, caseManagement: 1))
        #expect(ole.visitsThisWeek == 1)
        #expect(siri.primary == CaseloadSplit(board: 0, caseManagement: 1) && siri.second == CaseloadSplit(board: 1, caseManagement: 0))
        #expect(siri.visitsThisWeek == 1)
    }
}
