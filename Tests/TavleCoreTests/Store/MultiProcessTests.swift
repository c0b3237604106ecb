import Foundation
import Testing
@testable import TavleCore

/// Real processes (the built `tavle`) writing the same youth at once: nothing is lost, and a
/// same-field clash from a stale version is reported as a conflict to exactly one side.
@Suite(.serialized) struct MultiProcessTests {
    /// The process tests below are skipped without the binary; this makes that a failure.
    @Test func theExecutableIsBuilt() { #expect(TavleBinary.path != nil, "swift test builds the tavle executable") }

    @Test(.enabled(if: TavleBinary.path != nil)) func concurrentNotesAndFieldsAllSurvive() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        // 6 processes × 15 notes on the same youth, and 2 processes changing other fields.
        let script = """
        set -u
        D=\(store.root)
        for p in 1 2 3 4 5 6; do
          ( for i in $(seq 1 15); do "$TAVLE" --data "$D" --as ole note noah "note $p-$i" >/dev/null || echo "FAIL note $p-$i"; done ) &
        done
        ( for i in $(seq 1 10); do "$TAVLE" --data "$D" set noah warning "warning $i" >/dev/null || echo "FAIL warning $i"; done ) &
        ( for i in $(seq 1 10); do "$TAVLE" --data "$D" set noah goals "goal $i" >/dev/null || echo "FAIL goal $i"; done ) &
        wait
        """
        let r = try TavleBinary.sh(script, env: ["USER": "tester"])
        #expect(!r.out.contains("FAIL"), "\(r.out)\n\(r.err)")
        let noah = try store.loadYouth("noah")
        let texts = Set(noah.notes.map(\.text))
        for p in 1...6 { for i in 1...15 { #expect(texts.contains("note \(p)-\(i)"), "lost note \(p)-\(i)") } }
        #expect(noah.warning == "warning 10" && noah.goals == "goal 10")
        #expect(noah.version == 1 + 90 + 20)
        #expect(store.verify() == [])
    }

    @Test(.enabled(if: TavleBinary.path != nil)) func sameFieldFromStaleVersionConflictsForExactlyOneSide() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        for round in 0..<6 {
            let base = try store.loadYouth("ida").version
            let script = """
            D=\(store.root)
            "$TAVLE" --data "$D" status ida worried --if-version \(base) >/dev/null 2>&1; echo "a=$?" > \(dir.path)/a &
            "$TAVLE" --data "$D" status ida crisis --if-version \(base) >/dev/null 2>&1; echo "b=$?" > \(dir.path)/b &
            wait; cat \(dir.path)/a \(dir.path)/b
            """
            let out = try TavleBinary.sh(script, env: ["USER": "tester"]).out
            let codes = out.split(separator: "\n").sorted()
            #expect(codes.count == 2)
            let zeros = codes.filter { $0.hasSuffix("=0") }.count, threes = codes.filter { $0.hasSuffix("=3") }.count
            #expect(zeros == 1 && threes == 1, "round \(round): \(codes)")
            // Reset for the next round, from the current version.
            try store.updateYouth("ida", actor: leader, action: "status") { $0.setStatus(.stable) }
        }
        #expect(store.verify() == [])
    }

    @Test(.enabled(if: TavleBinary.path != nil)) func writersKilledAtRandomLeaveEveryFileWhole() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        var kills = 0
        for round in 0..<25 {
            let delay = Double((round * 7919) % 90) / 1000.0 + 0.01
            let script = """
            D=\(store.root)
            ( for i in $(seq 1 50); do "$TAVLE" --data "$D" note sofie "kill test \(round)-$i" >/dev/null 2>&1; done ) &
            LOOP=$!
            sleep \(delay)
            pkill -9 -P $LOOP -x tavle 2>/dev/null
            kill -9 $LOOP 2>/dev/null
            wait 2>/dev/null
            true
            """
            try TavleBinary.sh(script, env: ["USER": "tester"])
            kills += 1
            // Every file parses, before any recovery has run.
            let all = try store.loadAllYouths()
            #expect(all.problems.isEmpty, "round \(round): \(all.problems)")
            #expect(all.youths.count == 14)
        }
        // The next writer recovers; then journal and files agree.
        try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.worried) }
        #expect(store.verify() == [])
        #expect(FileIO.status(store.tmpDir).map { _ in (try? FileIO.list(store.tmpDir))?.isEmpty ?? false } == true)
        #expect(kills == 25)
    }
}
