#if canImport(Glibc)
import Glibc
#endif

/// What changes whenever a file is changed in any way, by tavle or behind its back: the inode
/// (a rename over it), the size, and the status-change time (set by the kernel on every write,
/// chmod, chown or restore, and not settable by `touch`). The index keeps one per youth, so a
/// youth file damaged, restored or made unreadable outside tavle is read again and named.
struct FileStamp: Equatable, Sendable {
    var inode: UInt64
    var size: Int64
    var changedSeconds: Int
    var changedNanoseconds: Int

    init(_ st: stat) {
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        changedSeconds = Int(st.st_ctim.tv_sec)
        changedNanoseconds = Int(st.st_ctim.tv_nsec)
    }

    init(inode: UInt64, size: Int64, changedSeconds: Int, changedNanoseconds: Int) {
        self.inode = inode
        self.size = size
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
    }

    /// What the index records for a youth whose file is gone (no real file has size -1).
    static let missing = FileStamp(inode: 0, size: -1, changedSeconds: 0, changedNanoseconds: 0)

    /// `inode.size.seconds.nanoseconds`, as the index stores it.
    var text: String { "\(inode).\(size).\(changedSeconds).\(changedNanoseconds)" }

    init?(text: Substring) {
        let p = text.split(separator: ".", omittingEmptySubsequences: false)
        guard p.count == 4, let i = UInt64(p[0]), let s = Int64(p[1]), let cs = Int(p[2]), let cn = Int(p[3]) else { return nil }
        self.init(inode: i, size: s, changedSeconds: cs, changedNanoseconds: cn)
    }
}
