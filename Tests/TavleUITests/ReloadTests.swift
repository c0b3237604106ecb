import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// Less back and forth (issue 15): a board reloads once after its own save, not again when its
/// watcher sees that same save; and someone opening a youth's detail (an access-log line) does
/// not make every other open board reload.
@Suite("reloads", .serialized)
struct ReloadTests {
    @Test func oneSaveIsOneReload() throws {
        let dir = try DemoDirectory()
        let b = BoardSession(session: try dir.session(), shared: false)
        b.tick()
        let before = b.runner.reloads
        for k in "n".map({ Key.char($0) }) { b.key(k) }
        for ch in "Ringte mor" { b.key(.char(ch)) }
        b.key(.enter)
        #expect(b.state.form == nil, "saved: \(String(describing: b.state.form?.error))")
        #expect(b.runner.reloads == before + 1, "the save's own reload")
        for _ in 0..<5 { #expect(!b.tick(), "the watcher does not wake the board again for its own save"); usleep(20_000) }
        #expect(b.runner.reloads == before + 1)
    }

    @Test func anotherBoardOpeningADetailDoesNotReloadThisOne() throws {
        let dir = try DemoDirectory()
        let a = BoardSession(session: try dir.session(), shared: false)
        let b = BoardSession(session: try dir.session(), shared: false)
        a.tick(); b.tick()
        let before = b.runner.reloads
        a.key(.enter)   // the detail view: an access-log line
        #expect(a.state.mode == .detail)
        #expect(FileManager.default.fileExists(atPath: dir.dataPath + "/access.jsonl"))
        usleep(50_000)
        #expect(!b.tick())
        #expect(b.runner.reloads == before)
        // A real change by the other board still reaches this one.
        a.key(.escape)
        a.key(.char("n")); for ch in "x" { a.key(.char(ch)) }; a.key(.enter)
        usleep(50_000)
        #expect(b.tick())
        #expect(b.runner.reloads == before + 1)
    }
}
