import Foundation
import Testing
@testable import TavleCore

/// Random teams full of shared initials, changed by adds, discharges and renames in random order.
/// After every step: the label each youth still followed up has on the board resolves — as the
/// command line resolves what a clinician types (`KH2`) — to exactly that youth; labels are unique
/// among them; and no numbered label held by a youth still followed up has changed (but the renamed
/// one's). A bare label changes only one way: a lone holder is numbered (`KH` → `KH¹`) the moment a
/// namesake arrives, so that a bare `KH` is then refused as ambiguous rather than guessed.
@Suite struct LabelPropertyTests {
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static let names = ["Kari Hansen", "Knut Hol", "Kim Haugen", "Kristian Haug", "Ole Berg", "Oda Bakke", "Eirik Sæbø", "Emma Sand"]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func labelsResolveToTheYouthTheBoardShowsAndNeverMove(seed: UInt64) throws {
        let dir = TempDir()
        var team = Team(name: "Prøveteam")
        team.staff = [StaffMember(id: "ingrid", initials: "IS", name: "Ingrid Sæther", role: .leader)]
        let store = try Store.create(root: dir.path + "/data", team: team, actor: leader, environment: testEnv)
        var rng = Rng(state: seed)
        var held: [String: String] = [:]   // id → label, for youths still followed up
        for step in 0..<35 {
            let active = try store.loadBoard(today: fixedToday).youths.filter { $0.phase != .discharged }.map(\.id).sorted()
            var renamed: String?
            switch Int(rng.next() % 10) {
            case 0...4, _ where active.count < 3:
                let name = Self.names.randomElement(using: &rng)!
                let draft = try Youth.intake(name: name, born: Day(year: 2009, month: 1, day: 1)!, today: fixedToday, primaryContact: nil)
                try store.createYouth(draft, actor: leader)
            case 5...7:
                let id = active.randomElement(using: &rng)!
                try store.apply(.discharge(reason: .goalsMet, to: .outreach), to: id, actor: leader)
                held[id] = nil
            default:
                let id = active.randomElement(using: &rng)!
                try store.apply(.set(field: "name", value: Self.names.randomElement(using: &rng)!, ageOverride: nil), to: id, actor: leader)
                renamed = id
            }
            // What the board shows, and what the command line resolves from (the index's names).
            let youths = try store.loadBoard(today: fixedToday).youths
            let shown = Board.distinctInitials(youths)
            let names = try #require(try store.youthNames() ?? youths.map(YouthName.init))
            let following = youths.filter { $0.phase != .discharged }
            #expect(Set(following.map { shown[$0.id]! }).count == following.count, "step \(step): labels are unique")
            for y in following {
                let label = try #require(shown[y.id])
                #expect(label == y.label, "step \(step): the board shows the stored label")
                let found = try store.resolveYouth(Labels.ascii(label), among: names, for: .write, today: fixedToday)
                #expect(found.id == y.id, "step \(step): \(Labels.ascii(label)) means \(y.id) (\(y.name))")
                if let before = held[y.id], y.id != renamed {
                    if before == y.initials {
                        let namesakes = following.filter { $0.initials == y.initials }.count
                        #expect(label == before || (namesakes > 1 && y.labelNumber != nil), "step \(step): \(y.id) \(before) → \(label)")
                    } else {
                        #expect(before == label, "step \(step): \(y.id) kept its numbered label")
                    }
                }
                held[y.id] = label
            }
            // Shared initials are numbered for every holder; a lone holder that never shared is bare.
            let byInitials = Dictionary(grouping: following, by: \.initials)
            for (_, group) in byInitials where group.count > 1 { #expect(group.allSatisfy { $0.labelNumber != nil }) }
            // A write reads only the namesakes of what was typed: it must mean what it means among all.
            let discharged = youths.filter { $0.phase == .discharged }
            let queries = following.flatMap { [Labels.ascii(shown[$0.id]!), shown[$0.id]!.lowercased(), $0.initials, $0.id] }
                + discharged.flatMap { [Labels.ascii(Board.distinctInitials(youths)[$0.id] ?? $0.initials), $0.initials, $0.id] }
                + ["kh", "KH9", "Kh1", "zz", "kar", "Sæbø", "ES¹", " ob2 ", "k"]
            try expectNamesakesSuffice(store, names: names, queries: queries, step: step)
        }
        #expect(store.verify() == [])
    }

    /// For each query: resolving it among only the youths `youthNames(near:)` keeps finds the same
    /// youth, or the same refusal, as among every youth, unless it names no one by id, label or
    /// initials (then the command line goes on to every youth's name).
    func expectNamesakesSuffice(_ store: Store, names: [YouthName], queries: [String], step: Int) throws {
        for q in queries {
            for purpose in [ReferencePurpose.read, .write] {
                let near = try #require(try store.youthNames(near: q), "step \(step): the index is current")
                let full: Result<String, TavleError>
                do { full = .success(try store.resolveYouth(q, among: names, for: purpose, today: fixedToday).id) } catch { full = .failure(error) }
                do {
                    if let y = try store.resolveYouthExactly(q, among: near, for: purpose, today: fixedToday) {
                        #expect(full == .success(y.id), "step \(step): \(q)")
                    }
                } catch {
                    #expect(full == .failure(error), "step \(step): \(q)")
                }
            }
        }
    }
}
