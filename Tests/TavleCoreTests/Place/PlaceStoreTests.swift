import Foundation
import Testing
@testable import TavleCore

/// Municipality, the arena of a contact and school or work through the store: the rules of the
/// changes, the team setting, the figures, the index, and the migration of schema-3 data.
@Suite struct PlaceStoreTests {
    @Test func theDemoTeamIsInterMunicipal() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let team = try store.loadTeam()
        #expect((2...3).contains(team.municipalities.count))
        let youths = try store.loadAllYouths().youths
        #expect(youths.allSatisfy { $0.municipality.map(team.municipalities.contains) ?? false }, "every youth in one of them")
        #expect(youths.contains { $0.shownContacts.contains { $0.arena == .community } })
        #expect(youths.filter { !$0.school.isEmpty }.count >= 5)
    }

    @Test func aMunicipalityMustBeOneOfTheTeams() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        do {
            _ = try store.apply(.set(field: "municipality", value: "Oslo", ageOverride: nil), to: "noah", actor: leader)
            Issue.record("Oslo is not one of the team's")
        } catch {
            let text = error.message(.en)
            #expect(text.contains("Oslo") && text.contains("Nordby, Sørvik, Åsen"), "names the value and the team's list: \(text)")
        }
        #expect(try store.loadYouth("noah").municipality == "Nordby", "nothing written")
        // Typed without the accent and in lower case: the team's spelling is kept.
        #expect(try store.apply(.set(field: "municipality", value: "sorvik", ageOverride: nil), to: "noah", actor: leader).municipality == "Sørvik")
        #expect(try store.apply(.set(field: "municipality", value: "", ageOverride: nil), to: "noah", actor: leader).municipality == nil)
        #expect(store.verify() == [])
    }

    @Test func aTeamWithoutMunicipalitiesSaysHowToAddThem() throws {
        var team = Team(name: "T")
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseNoMunicipalities))) { _ = try Youth.municipality("Nordby", team: team) }
        team.municipalities = ["Nordby"]
        #expect(try Youth.municipality(" nordby ", team: team) == "Nordby")
        #expect(try team.municipalityFilter("NORDBY") == "Nordby")
        #expect(throws: TavleError.self) { _ = try team.municipalityFilter("Sørvik") }
    }

    @Test func theMunicipalitiesSetting() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let s = TeamSettings.setting(.municipalities)
        #expect(try s.parseNames(" Nordby, Sørvik ,nordby,, ") == ["Nordby", "Sørvik"])
        #expect(try s.parseNames("") == [])
        #expect(throws: TavleError.self) { _ = try s.parseNames(String(repeating: "x", count: Setting.maxNameLength + 1)) }
        let (_, new) = try store.apply(.setting(.municipalities, "Nordby, Sørvik, Åsen, Vestby"), actor: leader)
        #expect(new.municipalities == ["Nordby", "Sørvik", "Åsen", "Vestby"])
        #expect(s.displayValue(in: new, .nb) == "Nordby, Sørvik, Åsen, Vestby")
        #expect(!s.isDefault(in: new))
        #expect(store.journal.lastEntry()?.action == "settings set municipalities")
        #expect(store.verify() == [])
        // Not the leader: refused.
        #expect(throws: TavleError.self) { try store.apply(.setting(.municipalities, "X"), actor: Actor(staff: "ole", unixUser: "ole")) }
        // A damaged team file with a name that is no name is a bad file.
        var bad = new
        bad.municipalities = ["A,B"]
        #expect(bad.rangeProblem != nil)
    }

    @Test func contactArenaDefaultsFromTheKindAndIsKept() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var y = try store.apply(.contact(with: .youth, kind: .visit, at: nil, staff: nil, note: nil), to: "noah", actor: leader)
        #expect(y.contacts.last?.arena == .home)
        y = try store.apply(.contact(with: .youth, kind: .phone, at: nil, staff: nil, note: nil), to: "noah", actor: leader)
        #expect(y.contacts.last?.arena == .phone)
        y = try store.apply(.contact(with: .network, kind: .visit, at: nil, staff: nil, note: nil, place: "kafeen", arena: .community),
                            to: "noah", actor: leader)
        #expect(y.contacts.last?.arena == .community && y.contacts.last?.place == "kafeen")
        #expect(try store.loadYouth("noah").contacts.last?.arena == .community, "round trip through the file")
        #expect(store.verify() == [])
    }

    @Test func schoolOrWorkIsRecordedWithHistory() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = try store.loadYouth("noah").school.count
        let y = try store.apply(.school(.partly, since: nil, note: "Tre dager i uka"), to: "noah", actor: leader)
        #expect(y.school.count == before + 1)
        #expect(y.schoolEntry(on: fixedToday)?.status == .partly)
        #expect(y.schoolEntry(on: fixedToday)?.since == fixedToday)
        #expect(store.journal.lastEntry()?.action == "school")
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseSchoolSinceFuture, [fixedToday.adding(days: 1).iso]))) {
            _ = try store.apply(.school(.work, since: fixedToday.adding(days: 1), note: nil), to: "noah", actor: leader)
        }
        #expect(throws: TavleError.self) {
            _ = try store.apply(.school(.work, since: Day(year: 2000, month: 1, day: 1)!, note: nil), to: "noah", actor: leader)
        }
        #expect(try store.loadYouth("noah").school.count == before + 1, "a refusal writes nothing")
        #expect(store.verify() == [])
    }

    @Test func theBoardIndexKeepsMunicipalityAndSchool() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.apply(.school(.work, since: nil, note: nil), to: "noah", actor: leader)
        let full = try store.loadYouth("noah")
        let line = IndexCodec.encode(full, stamp: nil)
        let back = try IndexCodec.decode(Array(line.utf8)[...]).youth
        #expect(back.municipality == full.municipality && back.municipality != nil)
        #expect(back.school == full.school)
        let board = try store.loadBoard(today: fixedToday)
        #expect(board.youths.first { $0.id == "noah" }?.schoolEntry(on: fixedToday)?.status == .work)
        #expect(try board.narrowed(to: "åsen").youths.allSatisfy { $0.municipality == "Åsen" })
        #expect(throws: TavleError.self) { _ = try board.narrowed(to: "Oslo") }
    }

    @Test func theFiguresAreDefinedOnceAndNarrowByMunicipality() throws {
        var team = Team(name: "T")
        team.municipalities = ["Nordby", "Sørvik"]
        let zone = team.zone
        func youth(_ id: String, _ m: String?, _ school: SchoolStatus?, _ arenas: [(ContactKind, Arena?)]) -> Youth {
            var y = Youth(id: id, name: id, born: Day(year: 2008, month: 1, day: 1)!, intake: Day(year: 2025, month: 1, day: 1)!)
            y.municipality = m
            if let school { y.school = [SchoolEntry(status: school, since: Day(year: 2026, month: 1, day: 1)!, by: "ole",
                                                     at: Timestamp.local(day: fixedToday, minutes: 600, in: zone))] }
            y.contacts = arenas.enumerated().map { i, a in
                Contact(id: "\(id)\(i)", at: Timestamp.local(day: fixedToday.adding(days: -i), minutes: 600, in: zone), staff: "ole",
                        with: .youth, kind: a.0, arena: a.1)
            }
            return y
        }
        let youths = [
            youth("a", "Nordby", .attending, [(.visit, .home), (.visit, .office), (.phone, .phone), (.attempt, .home)]),
            youth("b", "Nordby", .absent, [(.visit, .community), (.visit, nil)]),
            youth("c", "Sørvik", .navMeasure, [(.visit, .school)]),
            youth("d", nil, nil, []),
        ] + ["e", "f"].map { id in
            // Discharged: in no figure of today (one with a municipality, one without).
            var y = youth(id, id == "e" ? "Sørvik" : nil, .attending, [])
            y.phase = .discharged
            y.discharged = fixedToday.adding(days: -30)
            return y
        }
        let st = TeamStats(youths: youths, meetings: [], today: fixedToday, team: team)
        #expect(st.communityShare == Fraction(3, 4), "home, community, school of home, office, community, school")
        #expect(st.schoolOrWorkShare == Fraction(2, 4))
        #expect(st.byMunicipality == ["Nordby": Fraction(2, 4), "Sørvik": Fraction(1, 4)])
        #expect(st.withoutMunicipality == Fraction(1, 4))
        let nordby = TeamStats(youths: youths, meetings: [], today: fixedToday, team: team, municipality: "Nordby")
        #expect(nordby.municipality == "Nordby")
        #expect(nordby.communityShare == Fraction(2, 3))
        #expect(nordby.schoolOrWorkShare == Fraction(1, 2))
        #expect(nordby.byMunicipality == ["Nordby": Fraction(2, 2)])
        #expect(nordby.boardShare.active == 2)
        let sorvik = TeamStats(youths: youths, meetings: [], today: fixedToday, team: team, municipality: "Sørvik")
        #expect(sorvik.byMunicipality == ["Sørvik": Fraction(1, 1)] && sorvik.withoutMunicipality == Fraction(0, 1))
        #expect(sorvik.discharges.total == 1, "the discharged youth of Sørvik counts among the discharges")
        #expect(Fraction(0, 0).share == 0)
    }

    // MARK: Migration of schema 3

    func copySchema3(_ dir: TempDir) throws -> String {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/schema3").path
        let root = dir.path + "/old"
        try FileManager.default.copyItem(atPath: fixture, toPath: root)
        chmod(root, 0o700); chmod(root + "/youths", 0o700)
        try FileManager.default.createDirectory(atPath: root + "/tmp", withIntermediateDirectories: false)
        chmod(root + "/tmp", 0o700)
        FileManager.default.createFile(atPath: root + "/lock", contents: nil)
        chmod(root + "/lock", 0o600)
        for f in try FileManager.default.subpathsOfDirectory(atPath: root) where f.hasSuffix(".json") || f.hasSuffix(".jsonl") {
            chmod(root + "/" + f, 0o600)
        }
        return root
    }

    @Test func schema3DataOpensAndMigratesWithNothingLost() throws {
        let dir = TempDir()
        let root = try copySchema3(dir)
        let store = try Store(root: root, environment: testEnv)
        #expect(try store.directorySchema() == 3)
        // Readable before the migration (upgraded in memory).
        let before = try store.loadAllYouths().youths.sorted { $0.id < $1.id }
        #expect(before.count == 2)
        #expect(before.allSatisfy { $0.municipality == nil && $0.school.isEmpty })
        #expect(try store.loadTeam().municipalities == [])
        let count = try store.migrate(actor: Actor(staff: "root", unixUser: "root"), backupPath: dir.path + "/pre.backup")
        #expect(count == 3, "two youths and the team file")
        #expect(try store.directorySchema() == Team.schemaVersion && Team.schemaVersion == 5)
        let after = try store.loadAllYouths().youths.sorted { $0.id < $1.id }
        for (a, b) in zip(before, after) {
            #expect(b.schema == Youth.schemaVersion)
            #expect(a.name == b.name && a.notes == b.notes && a.contacts == b.contacts && a.boardPeriods == b.boardPeriods)
            #expect(a.labelNumber == b.labelNumber && a.retractions == b.retractions && a.lastContact == b.lastContact)
        }
        let kari = after.first { $0.name == "Kari Nordmann" }!
        #expect(kari.contacts.first?.place == "kafeen", "the free-text place is kept")
        #expect(kari.contacts.allSatisfy { $0.arena == nil }, "older contacts keep no arena (not guessed)")
        #expect(store.verify() == [])
        // Writable now: the new fields work on migrated data.
        var team = try store.loadTeam()
        team.municipalities = []
        _ = try store.apply(.setting(.municipalities, "Sørvik"), actor: Actor(staff: "root", unixUser: "root"))
        _ = try store.apply(.set(field: "municipality", value: "sørvik", ageOverride: nil), to: kari.id, actor: Actor(staff: "root", unixUser: "root"))
        #expect(try store.loadYouth(kari.id).municipality == "Sørvik")
        #expect(store.verify() == [])
    }

    @Test func upgradeStepsAreOneEach() {
        let y = Migration.upgradeYouth(["schema": .number(3), "id": .string("x")])
        #expect(y["schema"] == .number(Double(Youth.schemaVersion)) && y["school"] == .array([]) && y["municipality"] == nil)
        let t = Migration.upgradeTeam(["schema": .number(3)])
        #expect(t["schema"] == .number(5) && t["municipalities"] == .array([]))
        // 4 → 5: a discharged youth keeps no reason or destination (not recorded, never guessed).
        let old = Migration.upgradeYouth(["schema": .number(4), "id": .string("x"), "phase": .string("discharged")])
        #expect(old["schema"] == .number(Double(Youth.schemaVersion)) && old["dischargeReason"] == nil && old["dischargeTo"] == nil)
    }
}
