import Foundation
import Testing
@testable import TavleCore
#if canImport(Glibc)
import Glibc
#endif

/// Issue 28: what a member of the team (or an admin, or a tmp cleaner) can do to the data
/// directory by hand: remove the lock, plant symlinks for directories, plant FIFOs for logs.
@Suite struct HostileDirectoryTests {
    // Finding 1: `rm -f lock` while a writer holds it must not let a second writer in.
    @Test func aRemovedLockFileDoesNotLetASecondWriterIn() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let first = try DirectoryLock(path: store.lockPath, mode: 0o600)
        #expect(unlink(store.lockPath) == 0)
        #expect(throws: TavleError.busy(path: store.lockPath)) {
            _ = try DirectoryLock(path: store.lockPath, mode: 0o600, timeout: 0.2)
        }
        // Replaced by another file (`mv new lock`): the same.
        #expect(FileManager.default.createFile(atPath: store.lockPath, contents: Data()))
        #expect(throws: TavleError.busy(path: store.lockPath)) {
            _ = try DirectoryLock(path: store.lockPath, mode: 0o600, timeout: 0.2)
        }
        first.release()
        let second = try DirectoryLock(path: store.lockPath, mode: 0o600, timeout: 1)
        second.release()
    }

    // Finding 1: a writer whose lock file is removed while it waits takes the lock on the file
    // `lock` names afterwards (else it and a later writer would hold different files).
    @Test func aWaitingWriterRelocksWhenTheLockFileIsReplaced() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let holder = try DirectoryLock(path: store.lockPath, mode: 0o600)
        nonisolated(unsafe) var waited: DirectoryLock?
        let done = DispatchSemaphore(value: 0)
        let path = store.lockPath
        Thread.detachNewThread {
            waited = try? DirectoryLock(path: path, mode: 0o600, timeout: 5)
            done.signal()
        }
        usleep(100_000)
        unlink(store.lockPath)
        holder.release()
        #expect(done.wait(timeout: .now() + 6) == .success)
        let w = try #require(waited)
        // The waiter holds the file `lock` names now: a third writer must wait.
        #expect(FileIO.status(store.lockPath) != nil)
        #expect(throws: TavleError.busy(path: store.lockPath)) {
            _ = try DirectoryLock(path: store.lockPath, mode: 0o600, timeout: 0.2)
        }
        w.release()
    }

    // Finding 2: a directory below the data directory replaced by a symlink is never followed.
    @Test func symlinkedSubdirectoriesAreNeverFollowed() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let outside = dir.path + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        chmod(outside, 0o755)
        try Data("secret".utf8).write(to: URL(fileURLWithPath: outside + "/x.json"))
        let link = store.root + "/drafts"
        #expect(symlink(outside, link) == 0)
        #expect(throws: TavleError.self) { try FileIO.makeDirectory(link, mode: 0o2770) }
        #expect(throws: TavleError.self) { try FileIO.read(link + "/x.json") }
        #expect(throws: TavleError.self) { try FileIO.writeNew(Array("note".utf8), to: link + "/y.json", mode: 0o600) }
        #expect(throws: TavleError.self) { try FileIO.list(link) }
        #expect(FileIO.status(link + "/x.json") == nil)
        #expect(!FileManager.default.fileExists(atPath: outside + "/y.json"), "nothing written through the link")
        var st = stat()
        #expect(stat(outside, &st) == 0 && st.st_mode & 0o7777 == 0o755, "the link's target is not chmod'ed")

        // youths/ itself: swapped for a link after the store was opened.
        let youthsAside = store.root + "/youths-real"
        #expect(rename(store.youthsDir, youthsAside) == 0)
        #expect(symlink(youthsAside, store.youthsDir) == 0)
        #expect(throws: TavleError.self) { try store.loadYouth("sofie") }
        #expect(throws: TavleError.self) {
            try store.updateYouth("sofie", actor: leader, action: "note") { $0.warning = "through a link" }
        }
        #expect(!(try String(contentsOfFile: youthsAside + "/sofie.json", encoding: .utf8)).contains("through a link"))
    }

    // Finding 6: a FIFO planted as the journal or the access log fails at once, naming it.
    @Test func aFIFOAsTheJournalOrAccessLogFailsAtOnce() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let saved = store.journal.path + ".saved"
        #expect(rename(store.journal.path, saved) == 0)
        #expect(mkfifo(store.journal.path, 0o600) == 0)
        let start = Date()
        do {
            try store.updateYouth("sofie", actor: leader, action: "note") { $0.warning = "x" }
            Issue.record("a write with a FIFO for a journal succeeded")
        } catch {
            #expect(error.message(.en).contains("journal.jsonl"), "names the journal: \(error.message(.en))")
        }
        #expect(Date().timeIntervalSince(start) < 3, "does not hang")
        // The lock is free again: another store in this process can take it at once.
        let other = try Store(root: store.root)
        _ = try DirectoryLock(path: other.lockPath, mode: 0o600, timeout: 0.5)

        #expect(mkfifo(store.accessLogPath, 0o600) == 0)
        let t0 = Date()
        #expect(throws: TavleError.self) {
            try other.logAccess(AccessEntry(at: Clock.now(zone: TimeZone(identifier: "Europe/Oslo")!, environment: testEnv),
                                            staff: "ingrid", user: "tester", youth: "sofie", how: "show"))
        }
        #expect(Date().timeIntervalSince(t0) < 3, "does not hang")
    }
}
