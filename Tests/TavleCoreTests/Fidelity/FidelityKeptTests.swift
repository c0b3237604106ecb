import Foundation
import Testing
@testable import TavleCore

/// `FidelityReport.kept` keeps of each youth only what the report reads, so a region's youths fit
/// in memory (issue 29). Every figure, gap, record and trend must be what the whole records give.
@Suite struct FidelityKeptTests {
    static let today = Day(parsing: "2026-11-22")!
    static let staff: [StaffID] = ["s0", "s1", "s2", "s3"]

    /// Generated youths with every field the items read, and what a team's files also hold: notes,
    /// places and texts, contacts taken back (the first one of some youths, so their time from
    /// referral to contact changes), and a municipality for two youths in three.
    static let youths: [Youth] = {
        var rng = SeededRandom(seed: 41)
        let at = Timestamp.local(day: today, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!)
        return Generator.youths(count: 240, years: 3, today: today, seed: 17, staff: staff).enumerated().map { i, y in
            var e = GeneratorFidelity.enrich(y, &rng, today: today)
            e.municipality = ["Sørvik", "Nordby", nil][i % 3]
            e.warning = "Varsel \(i)"
            e.goals = "Mål for \(e.name)"
            if let c = e.crisisPlan { e.crisisPlan = CrisisPlan(updated: c.updated, outOfHours: "Ring vakt") }
            e.contacts = e.contacts.map { c in var k = c; k.note = "Samtale"; k.place = "Kafeen"; return k }
            let shown = e.contacts.filter { $0.kind != .attempt }.sorted { $0.at < $1.at }
            if i % 4 == 0, let first = shown.first { e.retractions.append(Retraction(id: first.id, by: "s0", at: at)) }
            if i % 5 == 0, let last = shown.last { e.retractions.append(Retraction(id: last.id, by: "s1", at: at)) }
            // Labels as a team sets them: initials typed by hand, and namesakes numbered out of order.
            if i % 11 == 0 { e.initialsOverride = "QX" }
            if i % 11 == 0 { e.labelNumber = [nil, 7, 3][(i / 11) % 3] }
            return e
        } + [seenBeforeReferral, firstTakenBack]
    }()

    /// The first contact (January) was taken back; the first one shown is in February. In a period
    /// from May the time from referral to first contact counts from February, not from a later one.
    static var firstTakenBack: Youth {
        let zone = TimeZone(identifier: "Europe/Oslo")!
        func at(_ d: String) -> Timestamp { Timestamp.local(day: Day(parsing: d)!, minutes: 600, in: zone) }
        var y = Youth(id: "zz-taken", name: "Angret Kontakt", born: Day(parsing: "2009-04-04")!, intake: Day(parsing: "2026-06-01")!)
        y.referral = Referral(source: .school, received: Day(parsing: "2026-06-01")!)
        y.contacts = [Contact(id: "t1", at: at("2026-01-12"), staff: "s1", with: .youth, kind: .visit, arena: .home),
                      Contact(id: "t2", at: at("2026-02-09"), staff: "s2", with: .youth, kind: .visit, arena: .school),
                      Contact(id: "t3", at: at("2026-06-20"), staff: "s2", with: .youth, kind: .visit, arena: .community)]
        y.retractions = [Retraction(id: "t1", by: "s1", at: at("2026-01-13"))]
        return y
    }

    /// Seen in January, long before the referral arrived (June): the time from referral to first
    /// contact counts from that first contact (0 days), even in a period that starts after it.
    static var seenBeforeReferral: Youth {
        let zone = TimeZone(identifier: "Europe/Oslo")!
        var y = Youth(id: "zz-early", name: "Tidlig Sett", born: Day(parsing: "2009-03-03")!, intake: Day(parsing: "2026-06-01")!)
        y.referral = Referral(source: .gp, received: Day(parsing: "2026-06-01")!)
        y.contacts = [Contact(id: "e1", at: Timestamp.local(day: Day(parsing: "2026-01-10")!, minutes: 600, in: zone), staff: "s1",
                              with: .youth, kind: .visit, arena: .home),
                      Contact(id: "e2", at: Timestamp.local(day: Day(parsing: "2026-06-15")!, minutes: 600, in: zone), staff: "s2",
                              with: .youth, kind: .visit, arena: .community)]
        return y
    }

    static func report(_ youths: [Youth], from: Day, to: Day, municipality: String?) -> FidelityReport {
        var rng = SeededRandom(seed: 3)
        let meetings = GeneratorFidelity.meetings(Self.youths, staff: staff, today: today, zone: TimeZone(identifier: "Europe/Oslo")!, &rng)
        let narrowed = youths.filter { municipality == nil || $0.municipality == municipality }
        let input = FidelityInput(youths: narrowed, meetings: meetings, rota: Rota(), team: Team(name: "T"), today: today)
        return FidelityReport(input, from: from, to: to, municipality: municipality)
    }

    @Test("the report on the kept youths is the report on the whole records, for any period and municipality",
          arguments: [("2025-11-23", "2026-11-22", nil), ("2025-11-23", "2026-11-22", "Sørvik"), ("2026-03-01", "2026-04-30", nil),
                      ("2024-01-01", "2026-11-22", "Nordby"), ("2026-10-20", "2026-10-31", nil),
                      ("2026-05-01", "2026-06-30", nil)] as [(String, String, String?)])
    func sameReport(from: String, to: String, municipality: String?) {
        let from = Day(parsing: from)!, to = Day(parsing: to)!
        let whole = Self.report(Self.youths, from: from, to: to, municipality: municipality)
        let kept = Self.report(Self.youths.map(FidelityReport.kept(from: from)), from: from, to: to, municipality: municipality)
        for (w, k) in zip(whole.items, kept.items) { #expect(w == k, "\(w.id.rawValue)") }
        #expect(whole.items.map(\.id) == kept.items.map(\.id) && whole.from == kept.from && whole.to == kept.to)
    }

    @Test("the test's youths give every item something to count, so a field left out changes a figure")
    func everyItemCounts() {
        let r = Self.report(Self.youths, from: FidelityReport.defaultFrom(today: Self.today), to: Self.today, municipality: nil)
        for item in r.items where ![.meetingsHeld, .boardDiscussed, .fourQuestions].contains(item.id) {
            #expect(!item.records.isEmpty, "\(item.id.rawValue)")
        }
        #expect(r.item(.discharges)?.detail.keys.contains { $0.hasPrefix("reason.") } == true)
        #expect(Self.youths.contains { !$0.retractions.isEmpty })
    }

    @Test("what is kept: no text, no contact taken back, the same labels")
    func nothingElse() {
        let from = FidelityReport.defaultFrom(today: Self.today)
        let kept = Self.youths.map(FidelityReport.kept(from: from))
        #expect(kept.allSatisfy { $0.notes.isEmpty && $0.warning.isEmpty && $0.goals.isEmpty && $0.retractions.isEmpty })
        #expect(kept.allSatisfy { $0.contacts.allSatisfy { $0.note == nil && $0.place == nil } })
        #expect(kept.allSatisfy { $0.crisisPlan?.outOfHours == nil })
        #expect(zip(kept, Self.youths).allSatisfy { k, y in k.contacts.allSatisfy { !y.isRetracted($0.id) } })
        #expect(Board.distinctInitials(kept) == Board.distinctInitials(Self.youths))
        #expect(kept.map(YouthName.init) == Self.youths.map(YouthName.init))
        #expect(Self.youths.contains { $0.initialsOverride != nil } && Self.youths.contains { $0.labelNumber == 7 })
    }

    @Test("Store.fidelity gives the report and labels of the whole records, read once")
    func throughTheStore() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/tavle-fidkept-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["TAVLE_TODAY": "2026-11-22", "TAVLE_NOW": "2026-11-22T12:00:00+01:00"]
        let store = try GeneratorFidelity.generate(root: dir, youths: 60, years: 2, seed: 8, today: Self.today,
                                                   actor: Actor(staff: "s0", unixUser: Session.currentUnixUser()), environment: env)
        let team = try store.loadTeam()
        let from = FidelityReport.defaultFrom(today: Self.today)
        let loaded = try store.fidelity(team: team, today: Self.today, from: from, to: Self.today)
        let all = try store.loadAllYouths()
        let input = FidelityInput(youths: all.youths, meetings: try store.meetings(from: from, through: Self.today).meetings,
                                  rota: try store.loadRota(), referrals: try store.referrals().referrals, team: team, today: Self.today)
        #expect(loaded.report == FidelityReport(input, from: from, to: Self.today))
        #expect(loaded.labels == Board.distinctInitials(all.youths))
        #expect(loaded.problems.isEmpty)
        #expect(all.youths.count == 60)

        // A spoiled youth file is named among the problems, and the others are counted.
        let spoiled = dir + "/youths/zz-spoiled.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: spoiled))
        chmod(spoiled, 0o600)
        let withProblem = try store.fidelity(team: team, today: Self.today, from: from, to: Self.today)
        #expect(withProblem.problems.map(\.path) == [spoiled])
        #expect(withProblem.report == loaded.report)
        try FileManager.default.removeItem(atPath: spoiled)

        // Narrowed to a municipality: the report of its youths, the labels of every youth.
        let leader = Actor(staff: "s0", unixUser: Session.currentUnixUser())
        _ = try store.apply(.setting(.municipalities, "Nordby, Sørvik"), actor: leader)
        for (i, y) in all.youths.filter({ $0.phase != .discharged }).prefix(30).enumerated() {
            _ = try store.apply(.set(field: "municipality", value: i % 3 == 0 ? "Sørvik" : "Nordby", ageOverride: nil), to: y.id, actor: leader)
        }
        let placed = try store.loadAllYouths().youths
        let nordby = try store.fidelity(team: try store.loadTeam(), today: Self.today, from: from, to: Self.today, municipality: "Nordby")
        var narrowed = input
        narrowed.youths = placed.filter { $0.municipality == "Nordby" }
        #expect(narrowed.youths.count == 20)
        #expect(nordby.report == FidelityReport(narrowed, from: from, to: Self.today, municipality: "Nordby"))
        #expect(nordby.report != FidelityReport(input, from: from, to: Self.today, municipality: "Nordby"))
        #expect(nordby.labels == Board.distinctInitials(placed))
    }
}
