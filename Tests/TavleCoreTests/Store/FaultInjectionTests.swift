import Foundation
import Testing
@testable import TavleCore

/// I/O errors at each step of the write path (Tests/reliability/faultshim.c, LD_PRELOAD): a
/// clear message, exit 4, the old file untouched, and the next write leaves a clean directory.
@Suite(.serialized) struct FaultInjectionTests {
    static let shim: String? = {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("reliability/faultshim.c").path
        let out = FileManager.default.temporaryDirectory.path + "/tavle-faultshim-\(getpid()).so"
        guard let r = try? TavleBinary.sh("gcc -shared -fPIC -O2 -o '\(out)' '\(source)' -ldl"), r.status == 0 else { return nil }
        return out
    }()

    @Test func theShimBuilds() { #expect(FaultInjectionTests.shim != nil, "gcc is needed for the fault-injection tests") }

    static let cases: [(fault: String, message: String)] = [
        ("fsync:EIO:/data/tmp/", "Input/output error"),
        ("write:ENOSPC:/data/tmp/", "disk is full"),
        ("write:ENOSPC:journal.jsonl", "disk is full"),
        ("fsync:EIO:journal.jsonl", "Input/output error"),
        ("rename:EIO:noah.json", "will be completed by the next change"),
        ("open:EACCES:/data/tmp/", "No access"),
    ]

    @Test(.enabled(if: TavleBinary.path != nil && FaultInjectionTests.shim != nil), arguments: 0..<cases.count)
    func writeFailsCleanly(_ index: Int) throws {
        let (fault, message) = FaultInjectionTests.cases[index]
        let dir = TempDir()
        let store = try demoStore(dir)
        let before = try FileIO.read(store.youthPath("noah"))
        let r = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' status noah crisis",
                                   env: ["LD_PRELOAD": FaultInjectionTests.shim!, "TAVLE_FAULT": fault])
        #expect(r.status == 4, "\(fault): exit \(r.status) \(r.err)")
        #expect(r.err.contains(message), "\(fault): \(r.err)")
        #expect(!r.err.contains("Fatal error") && !r.err.contains("Stack"), "no trap: \(r.err)")
        #expect(try FileIO.read(store.youthPath("noah")) == before, "\(fault): the old file is untouched")
        // Still readable while writes fail.
        let list = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' list --json",
                                      env: ["LD_PRELOAD": FaultInjectionTests.shim!, "TAVLE_FAULT": fault])
        #expect(list.status == 0 && list.out.contains("\"noah\""), "\(fault): readable: \(list.err)")
        // The next write recovers what was left and the directory checks clean.
        let again = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' status noah crisis")
        #expect(again.status == 0, "\(again.err)")
        #expect(try store.loadYouth("noah").status == .crisis)
        #expect(store.verify() == [])
    }

    /// Finding 1 of docs/reliability.md: the directory fsync after the rename fails. The change
    /// is in place, so the user must hear "saved, do not repeat it", never "nothing was changed".
    @Test(.enabled(if: TavleBinary.path != nil && FaultInjectionTests.shim != nil))
    func directoryFsyncAfterTheRenameSaysSaved() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let r = try TavleBinary.sh("\"$TAVLE\" --lang en --data '\(store.root)' note noah 'seen at school'",
                                   env: ["LD_PRELOAD": FaultInjectionTests.shim!, "TAVLE_FAULT": "fsync:EIO:/data/youths"])
        #expect(r.status == 4, "exit \(r.status) \(r.err)")
        #expect(r.err.contains("The change is saved") && r.err.contains("Do not make the change again"), "\(r.err)")
        #expect(!r.err.contains("Nothing was changed"), "\(r.err)")
        #expect(try store.loadYouth("noah").notes.filter { $0.text == "seen at school" }.count == 1)
        #expect(store.verify() == [])
    }
}
