import Foundation
import Testing
@testable import TavleCore

/// `Store.forEachYouth` hands every youth over one at a time, read on both cores a chunk at a
/// time, and `Store.teamStats` counts the team's figures as it reads (issue 29: `stats` streams).
/// What they give must be what reading every youth first gives.
@Suite struct StreamedYouthsTests {
    /// The demo team, with a file that does not parse and a name that is not a youth id.
    func spoiledDemo(_ dir: TempDir) throws -> Store {
        let store = try demoStore(dir)
        // Enough youths that a chunk is read on both cores (`Parallel.map` runs 16 or more at once).
        let noah = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store.youthPath("noah")))) as? [String: Any])
        for k in 0..<24 {
            var y = noah
            y["id"] = "extra\(k)"
            #expect(FileManager.default.createFile(atPath: store.youthPath("extra\(k)"), contents: try JSONSerialization.data(withJSONObject: y),
                                                   attributes: [.posixPermissions: 0o600]))
        }
        #expect(FileManager.default.createFile(atPath: store.youthsDir + "/zz-spoiled.json", contents: Data("{".utf8),
                                               attributes: [.posixPermissions: 0o600]))
        #expect(FileManager.default.createFile(atPath: store.youthsDir + "/Not An Id.json", contents: Data("{}".utf8),
                                               attributes: [.posixPermissions: 0o600]))
        return store
    }

    @Test("every youth once, in the order of the ids, across chunk edges; the spoiled files named as loadAllYouths names them")
    func everyYouthOnceInOrder() throws {
        let dir = TempDir()
        let store = try spoiledDemo(dir)
        let ids = try store.youthIDs().ids.filter { $0 != "zz-spoiled" }
        #expect(ids.count > 5, "the demo has enough youths to cross several chunks of 2")
        let all = try store.loadAllYouths()
        for chunk in [1, 2, 3, 17, 256] {
            var seen: [String] = []
            let problems = try store.forEachYouth(chunk: chunk) { seen.append($0.id) }
            #expect(seen == ids, "chunk \(chunk)")
            #expect(problems == all.problems, "chunk \(chunk)")
        }
        #expect(all.youths.map(\.id) == ids)
        #expect(all.problems.map(\.path) == [store.youthsDir + "/Not An Id.json", store.youthsDir + "/zz-spoiled.json"])
    }

    @Test("kept: each youth is cut down as it is read")
    func keptAsRead() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var notes = 0, youths = 0
        _ = try store.forEachYouth(keep: TeamStats.kept(weeks: 8, today: fixedToday), chunk: 2) { y in
            youths += 1
            notes += y.notes.count
        }
        #expect(youths > 5)
        #expect(notes == 0)
        #expect(try store.loadAllYouths().youths.contains { !$0.notes.isEmpty }, "the demo's youths have notes to drop")
    }

    @Test("Store.teamStats counts as it reads what TeamStats counts over every youth read first, for the team and one municipality")
    func teamStatsAsTheWholeTeam() throws {
        let dir = TempDir()
        let store = try spoiledDemo(dir)
        let team = try store.loadTeam()
        let meetings = try store.meetings(through: fixedToday).meetings
        let all = try store.loadAllYouths(keep: TeamStats.kept(weeks: 8, today: fixedToday))
        #expect(!team.municipalities.isEmpty)
        for m in [nil] + team.municipalities.map(Optional.some) {
            let load = try store.teamStats(team: team, today: fixedToday, contactWeeks: 8, municipality: m)
            let whole = TeamStats(youths: all.youths, meetings: meetings, today: fixedToday, team: team, contactWeeks: 8, municipality: m)
            #expect(load.stats == whole, "\(m ?? "the whole team")")
            #expect(load.labels == Board.distinctInitials(all.youths))
            #expect(load.problems.map(\.path) == all.problems.map(\.path))
        }
        let whole = try store.teamStats(team: team, today: fixedToday)
        #expect(whole.stats.boardShare.active > 0 && whole.stats.daysOnBoard.youths > 0, "figures of something: \(whole.stats.boardShare)")
    }

    @Test("Store.caseload counts as it reads what Caseload counts over every youth read first")
    func caseloadAsTheWholeTeam() throws {
        let dir = TempDir()
        let store = try spoiledDemo(dir)
        let team = try store.loadTeam()
        let all = try store.loadAllYouths(keep: TeamStats.kept(weeks: 1, today: fixedToday))
        let load = try store.caseload(team: team, today: fixedToday)
        #expect(load.caseload == Caseload(youths: all.youths, team: team, today: fixedToday))
        #expect(load.problems == all.problems)
        #expect(load.caseload.staff.contains { $0.primary.total > 0 } && load.caseload.staff.contains { $0.visitsThisWeek > 0 },
                "caseloads of something: \(load.caseload.staff)")
    }
}
