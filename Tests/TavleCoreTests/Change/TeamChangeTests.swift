import Foundation
import Testing
@testable import TavleCore

/// `TeamChange` through the store's one entry point: the leader only, every value checked, old
/// and new values journaled, and `tavle check` (verify) clean after.
@Suite struct TeamChangeTests {
    let ole = Actor(staff: "ole", unixUser: "ole")

    @Test func aSettingIsChangedJournaledAndTheDirectoryStaysClean() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let (old, new) = try store.apply(.setting(.reviewIntervalDays, "200"), actor: leader)
        #expect(old.rules.reviewIntervalDays == 180 && new.rules.reviewIntervalDays == 200)
        #expect(new.version == old.version + 1)
        #expect(try store.loadTeam().rules.reviewIntervalDays == 200)
        let entry = try #require(try store.journal.read().entries.last)
        #expect(entry.target == "team" && entry.action == "settings set reviewIntervalDays" && entry.staff == "ingrid")
        let change = try #require(entry.changes.first { $0.field == "rules" })
        #expect(change.old?.object?["reviewIntervalDays"] == .number(180) && change.new?.object?["reviewIntervalDays"] == .number(200))
        // The newer settings are written once set, and the journal replays to the file.
        try store.apply(.setting(.treatmentPlanReviewDays, "120"), actor: leader)
        try store.apply(.setting(.targetBoardShare, "15 %"), actor: leader)
        #expect(try store.loadTeam().rules.treatmentPlanReviewDays == 120)
        #expect(try store.loadTeam().targetBoardShare == 0.15)
        #expect(store.verify() == [])
        // The same value again changes nothing and journals nothing.
        let lines = try store.journal.read().entries.count
        let again = try store.apply(.setting(.reviewIntervalDays, "200"), actor: leader)
        let linesAfter = try store.journal.read().entries.count
        #expect(again.old.version == again.new.version && linesAfter == lines)
    }

    /// The board warns above `boardShareWarning`: a warning level below the target would warn a
    /// team that is under its own target, so either setting is refused when it would make that.
    @Test func theBoardShareWarningIsNeverBelowTheTarget() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let refused = TavleError.refused(LocalizedMessage(.refuseBoardShareWarningBelowTarget, ["25", "30"]))
        #expect(throws: refused) { try store.apply(.setting(.targetBoardShare, "30 %"), actor: leader) }
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseBoardShareWarningBelowTarget, ["10", "20"]))) {
            try store.apply(.setting(.boardShareWarning, "0.1"), actor: leader)
        }
        #expect(try store.loadTeam().targetBoardShare == 0.2 && store.loadTeam().boardShareWarning == 0.25, "nothing written")
        try store.apply(.setting(.boardShareWarning, "30 %"), actor: leader)
        try store.apply(.setting(.targetBoardShare, "30 %"), actor: leader)
        #expect(try store.loadTeam().targetBoardShare == 0.3 && store.loadTeam().boardShareWarning == 0.3, "equal is allowed")
        #expect(refused.message(.nb).contains("(25 %)") && refused.message(.nb).contains("(30 %)"))
    }

    @Test func onlyTheLeaderChangesTheTeam() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = try FileIO.read(store.teamPath)
        #expect(throws: TavleError.notAllowed(LocalizedMessage(.refuseLeaderOnly))) {
            try store.apply(.setting(.boardPeriodDays, "10"), actor: ole)
        }
        #expect(throws: TavleError.notAllowed(LocalizedMessage(.refuseLeaderOnly))) {
            try store.apply(.staff("ole", .phone, "22 33 44 55"), actor: ole)
        }
        #expect(throws: TavleError.notAllowed(LocalizedMessage(.refuseLeaderOnly))) {
            try store.apply(.setting(.boardPeriodDays, "10"), actor: Actor(staff: "stranger", unixUser: "x"))
        }
        #expect(try FileIO.read(store.teamPath) == before, "nothing written")
    }

    @Test func outOfRangeIsRefusedBeforeAnythingIsWritten() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = try FileIO.read(store.teamPath)
        for (key, text) in [(SettingKey.boardPeriodDays, "0"), (.meetingMinutes, "241"), (.retentionMonths, "1200"),
                            (.boardShareWarning, "120 %"), (.noContactIntensiveDays, "two")] {
            #expect(throws: TavleError.self, "\(key) \(text)") { try store.apply(.setting(key, text), actor: leader) }
        }
        #expect(try FileIO.read(store.teamPath) == before)
    }

    @Test func staffDetails() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.apply(.staff("ole", .phone, "+47 912 34 567"), actor: leader)
        #expect(try store.loadTeam().member("ole")?.phone == "+47 912 34 567")
        try store.apply(.staff("OB", .name, "  Ole Bråten Berg "), actor: leader)
        try store.apply(.staff("ole", .initials, "obb"), actor: leader)
        try store.apply(.staff("OBB", .role, "psykolog"), actor: leader)
        let m = try #require(try store.loadTeam().member("ole"))
        #expect(m.name == "Ole Bråten Berg" && m.initials == "OBB" && m.role == .psychologist)
        // An empty phone removes it.
        try store.apply(.staff("ole", .phone, ""), actor: leader)
        #expect(try store.loadTeam().member("ole")?.phone == nil)
        let entry = try #require(try store.journal.read().entries.last)
        #expect(entry.action == "staff set phone")
        #expect(store.verify() == [])
    }

    @Test func staffRefusals() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = try FileIO.read(store.teamPath)
        for (field, text) in [(StaffField.phone, "ring meg"), (.phone, "12"), (.phone, "1234567890123456"), (.name, "   "),
                              (.initials, "ABCDE"), (.initials, ""), (.role, "boss")] {
            #expect(throws: TavleError.self, "\(field) \(text)") { try store.apply(.staff("ole", field, text), actor: leader) }
        }
        #expect(throws: TavleError.staffNotFound("nobody")) { try store.apply(.staff("nobody", .phone, "22 33 44 55"), actor: leader) }
        #expect(try FileIO.read(store.teamPath) == before)
    }

    /// The team must keep a leader: the only one cannot be given another role.
    @Test func theLastLeaderKeepsTheRole() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        // The demo adds the user running it as a second leader; make that one a case manager first.
        let me = try #require(try store.loadTeam().staff.first { $0.role == .leader && $0.id != "ingrid" })
        try store.apply(.staff(me.id, .role, "case-manager"), actor: leader)
        #expect(throws: TavleError.refused(LocalizedMessage(.staffsetLastLeader, ["Ingrid Sæther"]))) {
            try store.apply(.staff("ingrid", .role, "psychiatrist"), actor: leader)
        }
        #expect(try store.loadTeam().member("ingrid")?.role == .leader)
    }

    /// A Unix user names one person in the journal: a member whose Unix user another active
    /// member holds (data from before `add` refused a former member's) is not brought back
    /// beside them, and reactivate finds a former member by initials when only one has them.
    @Test func reactivateNeverGivesOneUnixUserToTwoActiveMembers() throws {
        var team = Team(name: "T")
        team.staff = [StaffMember(id: "lead", initials: "LE", name: "Lea", role: .leader, unixUsers: ["lea"]),
                      StaffMember(id: "tor", initials: "TT", name: "Tor Tveit", role: .psychologist, unixUsers: ["tor"], active: false),
                      StaffMember(id: "ny", initials: "NT", name: "Ny To", role: .psychologist, unixUsers: ["tor"])]
        let lea = Actor(staff: "lead", unixUser: "lea")
        var copy = team
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseUnixUserTaken, ["tor", "ny"]))) {
            _ = try StaffChange.reactivate("TT").apply(to: &copy, actor: lea)
        }
        team.staff[2].unixUsers = ["ny"]
        copy = team
        #expect(try StaffChange.reactivate("tt").apply(to: &copy, actor: lea).id == "tor")
        // Two former members with the same initials: the id is asked for.
        team.staff.append(StaffMember(id: "tove", initials: "TT", name: "Tove Tangen", role: .psychologist, active: false))
        copy = team
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseStaffReactivateWhich, ["TT", "tor, tove"]))) {
            _ = try StaffChange.reactivate("TT").apply(to: &copy, actor: lea)
        }
    }
}
