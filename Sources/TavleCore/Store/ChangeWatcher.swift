import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells a running board that another process changed the data directory. Watches the
/// directory and `youths/` with inotify (a file replaced by rename is only seen by watching its
/// directory) and, as a backstop where inotify is unavailable, compares the journal's size and
/// the team file's change time on every poll. Non-blocking: call `poll()` from the UI loop.
public final class ChangeWatcher {
    private let store: Store
    private var fd: Int32 = -1
    private var lastJournalSize: Int64
    private var lastTeamChange: Int
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var watchingMeetings = false
    static let mask = UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MODIFY)
    /// Names in the data directory whose changes are not the board's content.
    static let ignored: Set<String> = ["lock", "tmp", "access.jsonl", "drafts"]
    private var lastMeetingsChange: Int

    public init(store: Store) {
        self.store = store
        lastJournalSize = store.journal.size()
        lastTeamChange = ChangeWatcher.changeTime(store.teamPath)
        lastMeetingsChange = ChangeWatcher.changeTime(store.meetingsDir)
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd >= 0 {
            let mask = ChangeWatcher.mask
            if inotify_add_watch(fd, store.root, mask) < 0 { close(fd); fd = -1 }
            else {
                _ = inotify_add_watch(fd, store.youthsDir, mask)
                // The youth under discussion (meetings/<date>.current) is not journaled: watch it directly.
                watchingMeetings = inotify_add_watch(fd, store.meetingsDir, mask) >= 0
            }
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// The file descriptor to wait on with poll(2)/select, if inotify is in use.
    public var descriptor: Int32? { fd >= 0 ? fd : nil }

    /// True when something changed since the last call. Cheap: one read and two stats.
    public func poll() -> Bool {
        var changed = false
        if fd >= 0 {
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                changed = changed || ChangeWatcher.relevant(buffer, n)
            }
        }
        // meetings/ appears with the first meeting: watch it from then on.
        if fd >= 0, !watchingMeetings, FileIO.isDirectory(store.meetingsDir) {
            watchingMeetings = inotify_add_watch(fd, store.meetingsDir, ChangeWatcher.mask) >= 0
            changed = true
        }
        let size = store.journal.size()
        let team = ChangeWatcher.changeTime(store.teamPath)
        // Backstop without inotify: replacing meetings/<date>.current changes the directory's ctime.
        let meetings = ChangeWatcher.changeTime(store.meetingsDir)
        if size != lastJournalSize || team != lastTeamChange || meetings != lastMeetingsChange { changed = true }
        lastJournalSize = size
        lastTeamChange = team
        lastMeetingsChange = meetings
        return changed
    }

    /// Takes the changes seen so far as known: the caller is about to load what is on disk now
    /// (after its own save), so they must not wake it a second time. A change made after this
    /// call is seen by the next `poll`.
    public func acknowledge() { _ = poll() }

    /// Ignores events about the lock, temp files, the index, the access log (someone looking at a
    /// youth changes nothing on the board) and drafts, which are not content changes.
    static func relevant(_ buf: [UInt8], _ n: Int) -> Bool {
        var off = 0
        let header = MemoryLayout<inotify_event>.size
        while off + header <= n {
            let len = buf.withUnsafeBytes { Int($0.load(fromByteOffset: off + 12, as: UInt32.self)) }
            let nameBytes = buf[(off + header)..<min(n, off + header + len)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if !name.isEmpty, !ChangeWatcher.ignored.contains(name), !name.hasPrefix("index") { return true }
            off += header + len
        }
        return false
    }

    static func changeTime(_ path: String) -> Int {
        guard let st = FileIO.status(path) else { return 0 }
        return Int(st.st_ctim.tv_sec) * 1_000_000_000 + Int(st.st_ctim.tv_nsec)
    }
}
