import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// Issue 28, finding 14: the board's first screen read every youth file in full to flag late
/// decisions (67 s with large notes). The board index keeps each youth's open decisions, so the
/// first frame reads no youth file, and flags the same decisions as the files would.
@Suite struct FirstFrameShapeTests {
    @Test func theFirstFrameReadsNoYouthFileAndStillFlagsLateDecisions() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let store = session.store
        let me = try session.requireActor()
        let zone = TimeZone(identifier: "Europe/Oslo")!
        try store.updateYouth("noah", actor: me, action: "note") {
            try $0.addNote("Økt oppfølging, skolemøte neste uke", kind: .decision, by: me.staff,
                           at: Timestamp.local(day: demoToday.adding(days: -6), minutes: 600, in: zone))
            try $0.addNote(String(repeating: "Lang notattekst. ", count: 20_000), kind: .note, by: me.staff,
                           at: Timestamp.local(day: demoToday.adding(days: -6), minutes: 610, in: zone))
        }
        _ = try store.loadBoard(today: demoToday)        // the index, as any earlier start leaves it
        let counter = FileIO.ReadCounter()
        let runner = EffectRunner(session: session, shared: false)
        let actions = FileIO.$readCounter.withValue(counter) { () -> [Action] in
            _ = runner.initialState(width: 100, height: 30)
            return runner.startActions()
        }
        let youthFiles = counter.paths.filter { $0.contains("/youths/") && $0.hasSuffix(".json") }
        #expect(youthFiles.isEmpty, "the first frame read \(youthFiles.count) youth files: \(youthFiles.prefix(3))")
        var flagged: [String: Int]?
        for a in actions { if case .undocumentedLoaded(let d) = a { flagged = d.all } }
        let expected = Documentation.undocumented(try store.loadAllYouths().youths, today: demoToday)
        #expect(!expected.isEmpty)
        #expect(flagged == Dictionary(grouping: expected, by: \.youth).mapValues(\.count), "the same decisions as the files give")
    }

    /// The board as it really starts: the session sends the start actions through `update`, runs
    /// the effects they ask for, and paints. None of it reads a youth file; opening one does.
    @Test func theWholeStartAndItsPaintReadNoYouthFile() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        _ = try session.store.loadBoard(today: demoToday)   // the index, as any earlier start leaves it
        let counter = FileIO.ReadCounter()
        let board = FileIO.$readCounter.withValue(counter) { () -> BoardSession in
            let b = BoardSession(session: session, shared: false, width: 80, height: 24)
            _ = b.screen
            _ = b.tick()   // the main loop's first turn, which may reload
            _ = b.screen
            return b
        }
        let youthFiles = counter.paths.filter { $0.contains("/youths/") && $0.hasSuffix(".json") }
        #expect(youthFiles.isEmpty, "the board's start read \(youthFiles.count) youth files: \(youthFiles.prefix(3))")
        #expect(board.state.selectedID != nil, "the board started with a youth selected")
        // The counter does see a youth file read: opening the selected youth's details reads it.
        FileIO.$readCounter.withValue(counter) { board.key(.enter); _ = board.screen }
        #expect(counter.paths.contains { $0.contains("/youths/") && $0.hasSuffix(".json") })
    }
}
