import Foundation
import Testing
@testable import TavleCore

/// Issue 28, finding 5: `tavle check` beside writers raised false alarms ("is version 16, the
/// journal's last entry says 15 … restore the files from a backup"). What looks wrong is read
/// again under the lock, so only what holds in a consistent snapshot is reported.
@Suite(.serialized) struct CheckSnapshotTests {
    @Test(.enabled(if: TavleBinary.path != nil))
    func noFalseAlarmsWhileTwoWritersWrite() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let script = "for i in $(seq 150); do \"$TAVLE\" --data '\(store.root)' note sofie \"a $i\" >/dev/null 2>&1; done & "
            + "for i in $(seq 150); do \"$TAVLE\" --data '\(store.root)' note noah \"b $i\" >/dev/null 2>&1; done & "
            + "echo started; sleep 0.3; while [ $(jobs -r | wc -l) -gt 0 ]; do sleep 0.2; done"
        let writers = Process()
        writers.executableURL = URL(fileURLWithPath: "/bin/bash")
        writers.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["TAVLE"] = TavleBinary.path
        env["TAVLE_TODAY"] = "2026-11-22"
        writers.environment = env
        writers.standardOutput = FileHandle.nullDevice
        try writers.run()
        var alarms: [String] = []
        var runs = 0
        usleep(300_000)
        while writers.isRunning && runs < 25 {
            alarms += store.verify()
            runs += 1
        }
        writers.waitUntilExit()
        #expect(runs >= 5, "the writers finished too soon to test anything (\(runs) checks)")
        #expect(alarms.isEmpty, "\(alarms.count) false alarms in \(runs) checks: \(alarms.prefix(3))")
        #expect(store.verify() == [])
    }

    @Test func aRealDisagreementIsStillReported() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let path = store.youthPath("thea")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"warning\" : \"", with: "\"warning\" : \"changed by hand ")
            .write(toFile: path, atomically: false, encoding: .utf8)
        let problems = store.verify()
        #expect(problems.contains { $0.contains("thea.json") && $0.contains("differs from the journal in the warning") }, "\(problems)")
    }

    @Test func aJournalLineWithADuplicatedKeyIsReported() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.updateYouth("thea", actor: leader, action: "note") { $0.warning = "real" }
        // The same line with the warning given twice: Foundation reads the first, jq the last.
        var lines = try String(contentsOfFile: store.journal.path, encoding: .utf8).split(separator: "\n").map(String.init)
        let popped = lines.popLast()
        let last = try #require(popped)
        let forged = last.replacingOccurrences(of: "\"field\":\"warning\"", with: "\"field\":\"warning\",\"field\":\"goals\"")
        #expect(forged != last)
        try (lines + [forged]).map { $0 + "\n" }.joined().write(toFile: store.journal.path, atomically: false, encoding: .utf8)
        let problems = store.verify()
        #expect(problems.contains { $0.contains("journal.jsonl") && $0.contains("appears twice") }, "\(problems)")
    }
}
