import Foundation
import Testing
@testable import TavleCore

/// The referral queue's rules (`IncomingReferral`) and its store (`ReferralStore`).
@Suite("referral queue")
struct ReferralTests {
    let born = Day(year: 2009, month: 4, day: 2)!

    @Test("a referral needs a name and a day neither in the future nor before the birth")
    func make() throws {
        #expect(throws: TavleError.self) { try IncomingReferral.make(name: "  ", born: born, from: .gp, received: nil, contact: nil, today: fixedToday) }
        #expect(throws: TavleError.self) {
            try IncomingReferral.make(name: "Mia", born: born, from: .gp, received: fixedToday.adding(days: 1), contact: nil, today: fixedToday)
        }
        #expect(throws: TavleError.self) {
            try IncomingReferral.make(name: "Mia", born: born, from: .gp, received: born.adding(days: -1), contact: nil, today: fixedToday)
        }
        let r = try IncomingReferral.make(name: " Mia Dahl ", born: born, from: .school, received: nil, contact: " Eva ", today: fixedToday)
        #expect(r.name == "Mia Dahl" && r.received == fixedToday && r.contact == "Eva" && r.isWaiting)
        #expect(r.daysWaiting(today: fixedToday.adding(days: 9)) == 9)
    }

    @Test("decline needs a destination, accept and clarify take none, and a decided referral is not decided again")
    func decide() throws {
        var r = try IncomingReferral.make(name: "Mia", born: born, from: .gp, received: nil, contact: nil, today: fixedToday)
        #expect(throws: TavleError.self) { try r.decide(.decline, note: nil, sentTo: nil, by: "ole", today: fixedToday) }
        #expect(throws: TavleError.self) { try r.decide(.accept, note: nil, sentTo: .gp, by: "ole", today: fixedToday) }
        #expect(r.isWaiting)
        try r.decide(.decline, note: "  fastlegen  ", sentTo: .gp, by: "ole", today: fixedToday)
        #expect(r.decision == .decline && r.sentTo == .gp && r.note == "fastlegen" && r.decided == fixedToday && r.decidedBy == "ole")
        #expect(throws: TavleError.self) { try r.decide(.accept, note: nil, sentTo: nil, by: "ole", today: fixedToday) }
    }

    @Test("accept makes the youth with the referral's id, active, with its details, as one change; check stays clean")
    func acceptInStore() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let draft = try IncomingReferral.make(name: "Mia Dahl", born: born, from: .school, received: fixedToday.adding(days: -5),
                                              contact: "Eva", today: fixedToday)
        let r = try store.addReferral(draft, actor: leader)
        #expect(!r.id.isEmpty && r.version == 1)
        #expect(try store.loadReferral(r.id) == r)
        let intake = IntakeRequest(name: r.name, born: r.born, referral: r.youthReferral, longTermNeed: "yes")
        let done = try store.decideReferral(r.id, .accept, intake: intake, note: nil, sentTo: nil, actor: leader)
        let y = try #require(done.youth)
        #expect(y.id == r.id && y.phase == .active && y.intake == fixedToday && y.referral?.received == fixedToday.adding(days: -5))
        #expect(y.intakeCriteria.longTermNeed == true && y.referral?.contact == "Eva")
        #expect(done.referral.decision == .accept && done.referral.version == 2)
        // One change: the youth's creation and the decision share the change id.
        let entries = try store.journal.read(from: 0).entries
        let create = try #require(entries.last { $0.target == "youth" && $0.id == r.id })
        let decision = try #require(entries.last { $0.target == "referral" && $0.id == r.id })
        #expect(create.change != nil && create.change == decision.change)
        #expect(store.check().problems.isEmpty, "\(store.check().problems.map(\.text))")
    }

    @Test("a crash after the youth was written and before the decision: deciding again finishes it, no second youth")
    func rollForward() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let r = try store.addReferral(try IncomingReferral.make(name: "Jon Lie", born: born, from: .gp, received: nil, contact: nil,
                                                                today: fixedToday), actor: leader)
        // The youth as the first half of the decision wrote it.
        var draft = try IntakeRequest(name: r.name, born: r.born, referral: r.youthReferral).draft(today: fixedToday, team: try store.loadTeam())
        draft.id = r.id
        _ = try store.createYouth(draft, actor: leader)
        let before = try store.youthIDs().ids.count
        let done = try store.decideReferral(r.id, .clarify, intake: IntakeRequest(name: r.name, born: r.born), note: nil, sentTo: nil, actor: leader)
        let after = try store.youthIDs().ids.count
        #expect(done.youth?.id == r.id && after == before)
    }

    @Test("a damaged referral file is named by check and by the listing, and is not overwritten")
    func damaged() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let r = try store.addReferral(try IncomingReferral.make(name: "Jon Lie", born: born, from: .gp, received: nil, contact: nil,
                                                                today: fixedToday), actor: leader)
        let path = store.referralPath(r.id)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try store.referrals().problems.map(\.path) == [path])
        #expect(store.check().problems.contains { $0.text(.en).contains(path) })
        #expect(throws: TavleError.self) {
            try store.decideReferral(r.id, .decline, intake: nil, note: nil, sentTo: .gp, actor: leader)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ not json")
    }
}
