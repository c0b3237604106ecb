import Foundation
import Testing
@testable import TavleCore

/// Start-up reads the index and the journal written since it, never the whole journal: the
/// journal only grows, and opening the board must not grow with it.
@Suite struct StartupShapeTests {
    @Test func loadingTheBoardReadsOnlyTheJournalTail() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        for i in 0..<5 {
            try store.updateYouth("sara", actor: leader, action: "note") {
                try $0.addNote("Note \(i)", kind: .note, by: "ingrid", at: Timestamp.local(day: fixedToday, minutes: 600 + i, in: TimeZone(identifier: "Europe/Oslo")!))
            }
        }
        _ = try store.loadBoard(today: fixedToday)   // writes the index at the journal's end
        // Spoil every line the index already covers (same length, so offsets stay right). Were
        // start-up to read them, it would report the damage.
        let path = store.journal.path
        var bytes = try FileIO.read(path, limit: 1 << 30)
        let covered = bytes.count
        for i in 0..<covered where bytes[i] != 0x0A { bytes[i] = UInt8(ascii: "x") }
        try FileIO.writeAtomically(bytes, to: path, tempPath: path + ".tmp", mode: 0o600)
        // A change after the index: its entry is the tail start-up reads.
        try store.updateYouth("thea", actor: leader, action: "status") { $0.setStatus(.crisis) }
        let data = try store.loadBoard(today: fixedToday, maintainIndex: false)
        #expect(data.problems.isEmpty, "\(data.problems)")
        #expect(data.youths.first { $0.id == "thea" }?.status == .crisis)
        #expect(data.youths.first { $0.id == "sara" } != nil)
        // And `tavle check`, which does replay the whole journal, sees the damage.
        #expect(!store.verify().isEmpty)
    }
}
