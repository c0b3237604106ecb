import Foundation
import Testing
@testable import TavleCore

@Suite struct StoreBasicsTests {
    @Test func demoInstallsAndLoads() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let data = try store.loadBoard(today: fixedToday)
        #expect(data.youths.count == 14)
        #expect(data.problems.isEmpty)
        let board = Board(team: data.team, youths: data.youths, today: fixedToday)
        #expect(board.intensive.count == 4)
        #expect(board.intensive.first?.youth.name == "Sofie Bakke")
        #expect(data.team.member(unixUser: Session.currentUnixUser()) != nil)
    }

    @Test func updateIncrementsVersionAndJournals() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = try store.loadYouth("noah")
        let after = try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        #expect(after.version == before.version + 1)
        #expect(try store.loadYouth("noah").status == .worried)
        let last = try #require(store.journal.lastEntry())
        #expect(last.id == "noah")
        #expect(last.changes.map(\.field) == ["status"])
        #expect(last.changes.first?.old == .string("stable"))
        #expect(last.user == "tester")
    }

    @Test func differentFieldsFromStaleCopyMerge() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let base = try store.loadYouth("noah").version
        try store.updateYouth("noah", basedOn: base, actor: leader, action: "status") { $0.setStatus(.worried) }
        try store.updateYouth("noah", basedOn: base, actor: leader, action: "set") { $0.warning = "Ny adresse" }
        let y = try store.loadYouth("noah")
        #expect(y.status == .worried && y.warning == "Ny adresse")
    }

    @Test func sameFieldFromStaleCopyConflicts() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let base = try store.loadYouth("noah").version
        try store.updateYouth("noah", basedOn: base, actor: Actor(staff: "ole", unixUser: "ole"), action: "status") { $0.setStatus(.worried) }
        #expect(throws: TavleError.conflict(youth: "noah", field: "status", by: "Ole Bråten (OB)", version: base + 1)) {
            try store.updateYouth("noah", basedOn: base, actor: leader, action: "status") { $0.setStatus(.crisis) }
        }
        #expect(try store.loadYouth("noah").status == .worried)
    }
}
