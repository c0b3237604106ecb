import Testing
import TavleCore
@testable import TavleUI

/// Readable snapshots of what the board looks like (Snapshots/*.txt), re-recorded with TAVLE_RECORD=1.
@Suite struct SnapshotTests {
    @Test func board80x24() throws { try Snapshot.check(render(try demoState(width: 80, height: 24)), "board-80x24") }
    @Test func board120x40() throws { try Snapshot.check(render(try demoState(width: 120, height: 40)), "board-120x40") }
    @Test func sharedScreen120x40() throws {
        try Snapshot.check(render(try demoState(shared: true, width: 120, height: 40)), "shared-120x40")
    }
    @Test func boardInEnglish80x24() throws { try Snapshot.check(render(try demoState(.en, width: 80, height: 24)), "board-en-80x24") }
    @Test func tooSmall50x12() throws { try Snapshot.check(render(try demoState(width: 50, height: 12)), "too-small-50x12") }

    @Test func detail80x24and120x40() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var s = try demoState(width: w, height: h)
            select(&s, "kristian")
            let effects = press(&s, .enter)
            #expect(effects == [.loadDetail("kristian")])
            let (team, youths) = try Demo.load(today: demoToday)
            _ = team
            (s, _) = BoardApp.update(s, .detailLoaded(youths.first { $0.id == "kristian" }!))
            try Snapshot.check(render(s), "detail-\(w)x\(h)")
        }
    }

    @Test func putOnBoardDialog80x24() throws {
        var s = try demoState(width: 80, height: 24)
        select(&s, "filip")
        press(&s, .char("i"))
        press(&s, .down)
        type(&s, "Daglig kontakt, bolig avklares")
        try Snapshot.check(render(s), "dialog-put-on-board-80x24")
    }

    @Test func help80x24() throws {
        var s = try demoState(width: 80, height: 24)
        press(&s, .char("?"))
        try Snapshot.check(render(s), "help-80x24")
    }
}
