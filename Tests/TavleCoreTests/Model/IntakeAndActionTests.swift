import Foundation
import Testing
@testable import TavleCore

@Suite struct IntakeAndActionTests {
    let today = Day(parsing: "2026-11-22")!

    @Test func ageOutsideRangeIsRefusedWithoutOverride() {
        let born = Day(parsing: "2000-01-01")!   // 26
        #expect(throws: TavleError.refused(LocalizedMessage(.refuseAge, ["26"]))) {
            _ = try Youth.intake(name: "Per", born: born, today: today, primaryContact: nil)
        }
        let y = try? Youth.intake(name: "Per", born: born, today: today, primaryContact: nil, ageOverride: "Søsken på tavla")
        #expect(y?.ageOverride == "Søsken på tavla")
    }

    @Test func elevenIsRefusedTwelveIsAccepted() throws {
        #expect(throws: TavleError.self) {
            _ = try Youth.intake(name: "A", born: today.adding(years: -12).adding(days: 1), today: today, primaryContact: nil)
        }
        let y = try Youth.intake(name: "Ada Øvre", born: today.adding(years: -12), today: today, primaryContact: "ole")
        #expect(y.initials == "AØ")
        #expect(y.phase == .clarification)
    }

    @Test func boardPeriodHistoryIsKept() throws {
        var y = try Youth.intake(name: "Kari Nordmann", born: Day(parsing: "2010-05-05")!, today: today, primaryContact: nil)
        let t = Timestamp(seconds: 0, offset: 3600)
        try y.putOnBoard(reason: .crisis, plan: "Daglig kontakt", evaluate: nil, by: "ingrid", today: today, settings: RuleSettings())
        #expect(y.mode == .intensive && y.status == .crisis)
        #expect(y.currentPeriod?.evaluate == today.adding(days: 14))
        #expect(throws: TavleError.self) {
            try y.putOnBoard(reason: .crisis, plan: "", evaluate: nil, by: "ingrid", today: today, settings: RuleSettings())
        }
        try y.takeOffBoard(note: "Stabil igjen", by: "ingrid", at: t, today: today.adding(days: 10))
        #expect(y.mode == .caseManagement && y.currentPeriod == nil)
        #expect(y.boardPeriods.count == 1 && y.boardPeriods[0].end == today.adding(days: 10))
        #expect(y.boardPeriods[0].days(today: today.adding(days: 99)) == 11)
        #expect(y.notes.last?.kind == .decision)
        #expect(y.boardPeriods(inYear: 2026).count == 1)
    }

    @Test func planTimeIsValidated() {
        var y = Youth(id: "x", name: "X", born: today.adding(years: -15), intake: today)
        #expect(throws: TavleError.self) { try y.setPlan(day: today, staff: "ole", time: "25:00", place: nil) }
        #expect(throws: Never.self) { try y.setPlan(day: today, staff: "ole", time: "09:30", place: "Skolen") }
        #expect(y.plans(on: today).first?.place == "Skolen")
    }

    @Test func setFieldParsesAndRefuses() throws {
        var y = Youth(id: "x", name: "X", born: today.adding(years: -15), intake: today)
        let team = Team(name: "T")
        try y.set(field: "whereabouts", value: "institusjon", team: team, today: today)
        #expect(y.whereabouts == .institution)
        try y.set(field: "domains", value: "school,substance-use", team: team, today: today)
        #expect(y.domains == [.school, .substanceUse])
        #expect(throws: TavleError.self) { try y.set(field: "colour", value: "x", team: team, today: today) }
        #expect(throws: TavleError.self) { try y.set(field: "born", value: "31.02.2010", team: team, today: today) }
    }

    @Test func consentWithdrawalIsRespected() {
        var y = Youth(id: "x", name: "X", born: today.adding(years: -15), intake: today)
        y.consents = [Consent(party: .childWelfare, givenBy: .parents, given: today)]
        #expect(y.mayShare(with: .childWelfare))
        y.consents[0].withdrawn = today
        #expect(!y.mayShare(with: .childWelfare))
        #expect(!y.mayShare(with: .nav))
    }
}
