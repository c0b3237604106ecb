import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Low-level file operations with the discipline of git's lockfile.c and SQLite's commit:
/// explicit modes, no symlinks followed, every byte written, fsync of file and directory.
public enum FileIO {
    /// The largest data file tavle reads (a youth with years of notes stays far below it).
    public static let maxFileSize = 16 * 1024 * 1024

    /// Counts the files and directories read inside `FileIO.$readCounter.withValue(…)`: lets
    /// tests check the shape of the work (a key press in the board reads nothing) without
    /// timing anything. Task-local, so tests running in parallel do not count each other.
    public final class ReadCounter: Sendable {
        let value = Atomic<Int>(0)
        public init() {}
        public var count: Int { value.load(ordering: .relaxed) }
    }
    @TaskLocal public static var readCounter: ReadCounter?
    static func countRead() { readCounter?.value.add(1, ordering: .relaxed) }

    /// Reads a whole regular file without following a symlink. Too large or not a regular file is an error.
    public static func read(_ path: String, limit: Int = maxFileSize) throws(TavleError) -> [UInt8] {
        countRead()
        // O_NONBLOCK: a FIFO planted among the files must not hang the reader before the
        // regular-file check below (it means nothing for regular files).
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let e = errno
            if e == ELOOP { throw .badFile(path: path, problem: "symlink") }
            throw .io(path: path, operation: "open", errno: e)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, operation: "stat", errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .badFile(path: path, problem: "not a regular file") }
        guard Int(st.st_size) <= limit else {
            throw .badFile(path: path, problem: "too large (\(st.st_size) bytes, at most \(limit))")
        }
        var buf = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < buf.count {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw .io(path: path, operation: "read", errno: errno) }
            if n == 0 { buf.removeSubrange(done...); break }
            done += n
        }
        return buf
    }

    /// Writes `bytes` to `path` atomically: a new temp file (O_EXCL, exact mode), every byte,
    /// fsync, rename over the old file, fsync the directory. On failure the temp file is removed
    /// and the old file is untouched.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, tempPath: String, mode: mode_t) throws(TavleError) {
        try writeNew(bytes, to: tempPath, mode: mode)
        do { try commit(tempPath: tempPath, to: path) } catch {
            if case .io = error { unlink(tempPath) }
            throw error
        }
    }

    /// Gives a file created with O_CREAT (journal, lock, access log) exactly `mode`, whatever
    /// the umask: a team directory's files must stay writable by the team group.
    static func ensureMode(_ fd: Int32, _ mode: mode_t) {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_uid == geteuid(), st.st_mode & 0o777 != mode else { return }
        fchmod(fd, mode)
    }

    /// Writes a new file (must not exist) with exactly `mode`, every byte, then fsyncs it.
    public static func writeNew(_ bytes: [UInt8], to path: String, mode: mode_t) throws(TavleError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: path, operation: "create", errno: errno) }
        var ok = false
        defer { if !ok { close(fd); unlink(path) } }
        // The umask may have narrowed or (never) widened the mode: set it exactly.
        guard fchmod(fd, mode) == 0 else { throw .io(path: path, operation: "chmod", errno: errno) }
        try writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw .io(path: path, operation: "fsync", errno: errno) }
        ok = true
        guard close(fd) == 0 else { let e = errno; unlink(path); throw .io(path: path, operation: "close", errno: e) }
    }

    /// Renames a written temp file over its target and makes the rename durable. A failure
    /// after the rename is `notDurable`: the new file is in place, so nothing may say "unchanged".
    public static func commit(tempPath: String, to path: String) throws(TavleError) {
        guard rename(tempPath, path) == 0 else { throw .io(path: path, operation: "rename", errno: errno) }
        do { try fsyncDirectory(of: path) } catch {
            if case .io(_, _, let e) = error { throw .notDurable(path: path, errno: e) }
            throw error
        }
    }

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(TavleError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 { if errno == EINTR { continue }; throw .io(path: path, operation: "write", errno: errno) }
            if n == 0 { throw .io(path: path, operation: "write", errno: EIO) }
            done += n
        }
    }

    public static func fsyncDirectory(of path: String) throws(TavleError) {
        let dir = (path as NSString).deletingLastPathComponent
        let fd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: dir, operation: "open", errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .io(path: dir, operation: "fsync", errno: errno) }
    }

    /// lstat: nil when missing.
    public static func status(_ path: String) -> stat? {
        var st = stat()
        return lstat(path, &st) == 0 ? st : nil
    }

    public static func isDirectory(_ path: String) -> Bool {
        guard let st = status(path) else { return false }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a directory (no `.`/`..`), unsorted.
    public static func list(_ path: String) throws(TavleError) -> [String] {
        countRead()
        guard let dir = opendir(path) else { throw .io(path: path, operation: "opendir", errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public static func makeDirectory(_ path: String, mode: mode_t) throws(TavleError) {
        if mkdir(path, mode) != 0 && errno != EEXIST { throw .io(path: path, operation: "mkdir", errno: errno) }
        guard chmod(path, mode) == 0 else { throw .io(path: path, operation: "chmod", errno: errno) }
    }
}

/// A held `flock` on the data directory's lock file, which is never renamed (a lock on a file
/// that is replaced by rename stays on the old inode). The kernel drops it when the holder dies.
public final class DirectoryLock {
    private var fd: Int32

    /// Waits up to `timeout` seconds for the lock.
    public init(path: String, mode: mode_t, timeout: Double = 10) throws(TavleError) {
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: path, operation: "open", errno: errno) }
        FileIO.ensureMode(fd, mode)
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            guard e == EWOULDBLOCK || e == EINTR else { close(fd); throw .io(path: path, operation: "flock", errno: e) }
            if Date() > deadline { close(fd); throw .busy(path: path) }
            usleep(2_000)
        }
    }

    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
