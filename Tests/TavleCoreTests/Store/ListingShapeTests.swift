import Foundation
import Testing
@testable import TavleCore

/// Issue 29: a listing (`list`, `due`, `export`: the board loaded without open decisions) of an
/// unchanged directory reads no youth file; a file changed outside tavle is still noticed by its
/// stamp, read again, and named when it is bad.
@Suite struct ListingShapeTests {
    func youthFilesRead(_ store: Store) throws -> (paths: [String], data: BoardData) {
        let counter = FileIO.ReadCounter()
        let data = try FileIO.$readCounter.withValue(counter) { try store.loadBoard(today: fixedToday, openDecisions: false) }
        return (counter.paths.filter { $0.contains("/youths/") && $0.hasSuffix(".json") }, data)
    }

    @Test func aListingOfAnUnchangedDirectoryReadsNoYouthFileButNamesOneChangedOutside() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)    // the index, as any earlier command leaves it
        let unchanged = try youthFilesRead(store)
        #expect(unchanged.paths.isEmpty, "read \(unchanged.paths)")
        #expect(unchanged.data.youths.count == 14 && unchanged.data.problems.isEmpty)
        // One file damaged outside tavle: read again (it alone) and named.
        let bad = store.youthPath("noah")
        try Data("{\"schema\": 2, \"id\": ".utf8).write(to: URL(fileURLWithPath: bad))
        let changed = try youthFilesRead(store)
        // Only the changed file (twice: by the listing's pass, and by the index's rebuild under the
        // lock, which reads again what a listing took without open decisions).
        #expect(Set(changed.paths) == [bad] && changed.paths.count <= 2, "only the changed file: \(changed.paths)")
        #expect(changed.data.problems.map(\.path) == [bad])
        #expect(!changed.data.youths.contains { $0.id == "noah" })
    }
}
