import Foundation
import Testing
@testable import TavleCore

/// Issue 23, point 3: child welfare may consent for a youth under 16 like the parents; the party list
/// is the longer one; `other` says who it is; a youth written at schema 5 opens.
@Suite struct ConsentByChildWelfareTests {
    let today = fixedToday

    @Test("child welfare consents the day before the 16th birthday, not on it")
    func childWelfareUnder16() throws {
        var y = Youth(id: "a", name: "A", born: today.adding(years: -16).adding(days: 1), intake: today.adding(days: -10))
        try y.giveConsent(to: .ppt, by: .childWelfare, on: today, scope: nil, today: today)
        #expect(y.mayShare(with: .ppt))
        var older = Youth(id: "b", name: "B", born: today.adding(years: -16), intake: today.adding(days: -10))
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseConsentOver16, ["16", LocalizedMessage.word(ConsentGiver.childWelfare.labelKey)]))) {
            try older.giveConsent(to: .ppt, by: .childWelfare, on: today, scope: nil, today: today)
        }
        do { try older.giveConsent(to: .ppt, by: .childWelfare, on: today, scope: nil, today: today) } catch {
            #expect(error.message(.nb) == "Ungdommen var 16 år den dagen; fra 16 år samtykker ungdommen selv, ikke barnevernet (--by youth).")
        }
    }

    @Test("other needs a note saying who; a consent before birth is refused")
    func otherNeedsANote() throws {
        var y = Youth(id: "a", name: "A", born: today.adding(years: -17), intake: today.adding(days: -10))
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseConsentOtherNote))) {
            try y.giveConsent(to: .other, by: .youth, on: today, scope: nil, note: "  ", today: today)
        }
        try y.giveConsent(to: .other, by: .youth, on: today, scope: nil, note: "Fritidsklubben", today: today)
        #expect(y.consents.last?.note == "Fritidsklubben")
        #expect(throws: TavleError.self) { try y.giveConsent(to: .gp, by: .parents, on: y.born.adding(days: -1), scope: nil, today: today) }
    }

    @Test("every party has a word in both languages, and the list is the one `service` takes")
    func parties() {
        #expect(ShareParty.allCases.map(\.rawValue) == ["child-welfare", "nav", "school", "outreach", "gp", "bup-dps", "ppt", "police-slt", "family", "other"])
        for p in ShareParty.allCases { for l in Language.allCases { #expect(!p.label(l).contains(".")) } }
    }

    @Test("a youth written at schema 5 (no goalList, no network, older consents) opens, is written at the current schema, and checks clean")
    func schema5Opens() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let path = store.youthPath("sofie")
        var raw = try store.rawObject(path)
        raw["schema"] = .number(5)
        raw["goalList"] = nil
        raw["network"] = nil
        raw["consents"] = .array([.object(["party": .string("child-welfare"), "givenBy": .string("parents"), "given": .string("2025-01-10")])])
        try JSONEncoder().encode(JSONValue.object(raw)).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        FileIO.unlink(store.indexPath)
        let board = try store.loadBoard(today: fixedToday, maintainIndex: false)
        #expect(board.problems.isEmpty)
        let sofie = try store.loadYouth("sofie")
        #expect(sofie.schema == Youth.schemaVersion && sofie.goalList == [] && sofie.network == [])
        #expect(sofie.consents.first?.note == nil && sofie.consents.first?.givenBy == .parents)
        // (No `verify` here: the file was edited behind the journal's back, which `check` rightly reports.)
        try store.updateYouth("sofie", actor: leader, action: "goal") { try $0.addGoal("Tilbake på skolen", on: fixedToday, by: "ingrid") }
        let after = try store.rawObject(path)
        #expect(after["schema"] == .number(Double(Youth.schemaVersion)) && after["goalList"]?.array?.count == 1 && after["network"] == .array([]))
        #expect(try store.loadYouth("sofie").goals == "Tilbake på skolen", "`goals` is the most recent goal's text")
    }
}
