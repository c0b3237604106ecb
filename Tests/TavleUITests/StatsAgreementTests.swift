import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// The board's `S` view and `tavle stats` read the same core value (`TeamStats`): the numbers on
/// the screen are the numbers in `stats --json`.
@Suite struct StatsAgreementTests {
    @Test func theBoardsNumbersAreTheCommandLinesNumbers() throws {
        let binary = try #require(TmuxEndToEndTests.binary)
        let dir = try DemoDirectory()
        let b = BoardSession(session: try dir.session(.en), shared: false, width: 120, height: 60)
        b.key(.char("S"))
        let screen = b.screen.text
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["stats", "--json", "--data", dir.dataPath]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in DemoDirectory.env { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readAllRetryingInterrupts()
        p.waitUntilExit()
        let cli = try JSONDecoder().decode(TeamStats.self, from: data)
        #expect(cli == b.state.stats, "one engine, one value")
        func pct(_ x: Double) -> String { String(Int((x * 100).rounded())) + " %" }
        #expect(screen.contains(pct(cli.boardShare.share)) && screen.contains("(\(cli.boardShare.onBoard) of \(cli.boardShare.active)"), "\(screen)")
        #expect(screen.contains(pct(cli.multipleStaff.share)) && screen.contains("\(cli.multipleStaff.seenByMoreThanOne) of \(cli.multipleStaff.youths)"))
        for w in cli.weeks.suffix(3) { #expect(screen.contains(String(Int((w.share * 100).rounded())))) }
    }
}
