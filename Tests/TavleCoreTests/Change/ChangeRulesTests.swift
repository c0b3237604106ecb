import Foundation
import Testing
@testable import TavleCore

/// Every rule a change value carries, through `Store.apply` (the one entry point every front end
/// uses): each refusal leaves the file and the journal untouched.
@Suite struct ChangeRulesTests {
    /// The demo, and a store whose clock is pinned at 07:22 on the demo's day.
    func store() throws -> (TempDir, Store) {
        let dir = TempDir()
        _ = try demoStore(dir)
        return (dir, try Store(root: dir.path + "/data", environment: ["TAVLE_NOW": "2026-11-22T07:22:00+01:00"]))
    }

    /// `change` is refused with `key`, and nothing is written.
    func refused(_ store: Store, _ change: YouthChange, _ id: String, _ key: TextKey) throws {
        let before = try store.loadYouth(id), journal = store.journal.size()
        do {
            try store.apply(change, to: id, actor: leader)
            Issue.record("\(change) was not refused")
        } catch {
            switch error {
            case .refused(let m), .usage(let m): #expect(m.key == key, "\(change): \(error)")
            default: Issue.record("\(change): \(error)")
            }
        }
        #expect(try store.loadYouth(id) == before)
        #expect(store.journal.size() == journal)
    }

    @Test func aContactInTheFutureIsRefusedALaterTimeTodayIncluded() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        let later = Timestamp.local(day: fixedToday, minutes: 23 * 60 + 59, in: TimeZone(identifier: "Europe/Oslo")!)
        try refused(store, .contact(with: .youth, kind: .visit, at: later, staff: nil, note: nil), "filip", .refuseContactInFuture)
        let earlier = Timestamp.local(day: fixedToday, minutes: 7 * 60, in: TimeZone(identifier: "Europe/Oslo")!)
        let y = try store.apply(.contact(with: .youth, kind: .phone, at: earlier, staff: "ole", note: nil), to: "filip", actor: leader)
        #expect(y.contacts.last?.at == earlier && y.contacts.last?.staff == "ole")
    }

    @Test func anIntakeInTheFutureOrAnAgeOutside12to25IsRefusedUnlessOverridden() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try refused(store, .set(field: "intake", value: "2026-12-24", ageOverride: nil), "filip", .refuseIntakeInFuture)
        try refused(store, .set(field: "born", value: "2019-01-01", ageOverride: nil), "filip", .refuseAgeAtIntake)
        try refused(store, .set(field: "intake", value: "2010-01-01", ageOverride: nil), "filip", .refuseAgeAtIntake)
        let y = try store.apply(.set(field: "born", value: "2019-01-01", ageOverride: "Søsken i teamet"), to: "filip", actor: leader)
        #expect(y.born == Day(year: 2019, month: 1, day: 1) && y.ageOverride == "Søsken i teamet")
    }

    @Test func aBoardPeriodNeedsAPlan() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try refused(store, .putOnBoard(reason: .crisis, plan: "  ", evaluate: nil), "filip", .refusePlanNeeded)
        let y = try store.apply(.putOnBoard(reason: .vulnerable, plan: "Daglig kontakt", evaluate: nil), to: "filip", actor: leader)
        #expect(y.currentPeriod?.plan == "Daglig kontakt" && y.currentPeriod?.evaluate == fixedToday.adding(days: 14))
    }

    @Test func leavingCrisisSaysWhyAndComingOffTheBoardInCrisisSaysTheStatus() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        #expect(try store.loadYouth("sofie").status == .crisis)
        try refused(store, .status(.stable, why: nil), "sofie", .refuseLeaveCrisisWhy)
        try refused(store, .status(.worried, why: "   "), "sofie", .refuseLeaveCrisisWhy)
        try refused(store, .takeOffBoard(note: nil, status: nil, why: nil), "sofie", .refuseOffBoardInCrisis)
        try refused(store, .takeOffBoard(note: nil, status: .stable, why: nil), "sofie", .refuseLeaveCrisisWhy)
        let y = try store.apply(.takeOffBoard(note: "Stabil igjen", status: .stable, why: "Bor hos tante"), to: "sofie", actor: leader)
        #expect(y.mode == .caseManagement && y.status == .stable)
        let last = try #require(store.journal.lastEntry())
        #expect(last.action == "case-management" && last.why == "Bor hos tante")
        // Into crisis needs no reason.
        #expect(try store.apply(.status(.crisis, why: nil), to: "sofie", actor: leader).status == .crisis)
    }

    @Test func initialsAreLettersOnly() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        try refused(store, .set(field: "initials", value: "KH2", ageOverride: nil), "filip", .refuseInitialsNoDigits)
        try refused(store, .set(field: "initials", value: "KH²", ageOverride: nil), "filip", .refuseInitialsNoDigits)
    }

    @Test func aWriteThatWouldMakeTheFileUnreadableIsRefusedBeforeItIsMade() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        let big = String(repeating: "x", count: 3_000_000)
        var refusedAt = 0
        for i in 0..<8 {
            do { try store.apply(.note(text: big + String(i), kind: .note), to: "filip", actor: leader) } catch {
                if case .refused(let m) = error, m.key == .refuseFileTooLarge { refusedAt = i; break }
                throw error
            }
        }
        #expect(refusedAt == 5, "refused once the file would pass 16 MiB")
        #expect((try? store.loadYouth("filip")) != nil, "and the youth can still be read")
    }

    @Test func everyChangeIsJournaledUnderItsKindsWordWithOneChangeID() throws {
        let (dir, store) = try store()
        defer { withExtendedLifetime(dir) {} }
        let changes: [(YouthChange, String)] = [
            (.note(text: "Hei", kind: .note), "note"), (.reviewed(note: nil), "reviewed"), (.status(.crisis, why: nil), "status"),
            (.set(field: "whereabouts", value: "ward", ageOverride: nil), "set whereabouts"),
            (.plan(day: nil, staff: "OB", time: "930", place: nil), "plan"), (.decision(text: "Ja"), "decision"),
        ]
        var ids = Set<String>()
        for (change, word) in changes {
            try store.apply(change, to: "filip", actor: leader)
            let e = try #require(store.journal.lastEntry())
            #expect(e.action == word && e.action == change.journalAction)
            ids.insert(try #require(e.change))
        }
        #expect(ids.count == changes.count, "each command is its own change")
        #expect(try store.loadYouth("filip").plans.last?.time == "09:30", "the time as the core reads it")
    }
}
