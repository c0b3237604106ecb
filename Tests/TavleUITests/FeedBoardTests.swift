import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// The meeting-room screen's board (`tavle --shared --feed`) without a terminal: it draws the
/// feed's board, reloads when the feed changes, and never writes (issue 27, point 3).
@Suite(.serialized) struct FeedBoardTests {
    /// A feed in memory, as `FeedSource` gives it from the feed folder.
    final class MemorySource: BoardSource {
        var feed: ScreenFeed
        var fresh = false
        init(_ feed: ScreenFeed) { self.feed = feed }
        func load() throws(TavleError) -> Board { feed.board() }
        func changed() -> Bool { defer { fresh = false }; return fresh }
    }

    @Test func theFeedBoardShowsTheFeedReloadsAndRefusesEveryWrite() throws {
        let (team, youths) = try Demo.load(today: demoToday)
        let written = Timestamp.local(day: demoToday, minutes: 8 * 60, in: team.zone)
        let feed = ScreenFeed.make(team: team, youths: youths, today: demoToday, written: written)
        let source = MemorySource(feed)
        // The board's own throw-away directory: the feed's team of initials, nothing else.
        let dir = FileManager.default.temporaryDirectory.path + "/tavle-feed-ui-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Store.create(root: dir + "/board", team: feed.board().team, actor: Actor(staff: "screen", unixUser: "screen"))
        let session = try Session.open(dataFlag: dir + "/board", langFlag: "nb", actAs: nil,
                                       environment: ["TAVLE_TODAY": "2026-11-22", "HOME": dir])
        let b = BoardSession(session: session, shared: true, source: source, width: 80, height: 24)
        #expect(b.state.shared)
        #expect(b.state.board.activeCount == feed.youths.count)
        #expect(b.state.board.today == demoToday)
        let text = b.screen.text
        for y in youths where y.phase != .discharged { #expect(!text.contains(y.name), "\(y.name) on the feed's board") }
        #expect(text.contains("DELT SKJERM"))

        // Every writing key is refused: no dialog opens.
        for k in ["n", "s", "i", "a", "k", "x", "u"] {
            b.key(.char(Character(k)))
            #expect(b.state.form == nil, "\(k) opened a dialog on the feed's board")
            b.key(.escape)
        }
        // The details are the stand-in's: no note text.
        b.key(.enter)
        #expect(b.state.detail?.youth?.notes.isEmpty ?? true)
        b.key(.escape)
        // Statistics: said to be elsewhere, not figures of nothing.
        b.key(.char("S"))
        #expect(b.state.message?.text.contains("statistikk") == true, "\(String(describing: b.state.message))")
        b.key(.escape)

        // A new feed (one youth fewer) shows at the next tick, and only then.
        #expect(!b.tick())
        source.feed.youths.removeLast()
        source.fresh = true
        #expect(b.tick())
        #expect(b.state.board.activeCount == feed.youths.count - 1)
        // Nothing was written anywhere: the board's directory holds the team and its journal only.
        let journal = try String(contentsOfFile: dir + "/board/journal.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 1)
    }
}
