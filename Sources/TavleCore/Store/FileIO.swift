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
        let read = Mutex<[String]>([])
        let byteCount = Mutex<[String: Int]>([:])
        public init() {}
        public var count: Int { value.load(ordering: .relaxed) }
        /// Bytes read from files: whole, streamed a piece at a time (the journal) or at offsets.
        public var bytes: Int { byteCount.withLock { $0.values.reduce(0, +) } }
        /// Bytes read from the file at `path` alone.
        public func bytes(of path: String) -> Int { byteCount.withLock { $0[path] ?? 0 } }
        /// What was read, in order.
        public var paths: [String] { read.withLock { $0 } }
    }
    @TaskLocal public static var readCounter: ReadCounter?
    static func countRead(_ path: String) {
        guard let c = readCounter else { return }
        c.value.add(1, ordering: .relaxed)
        c.read.withLock { $0.append(path) }
    }
    static func countBytes(_ n: Int, of path: String) {
        readCounter?.byteCount.withLock { $0[path, default: 0] += n }
    }

    // MARK: Data directories: no symlink followed below them

    /// The data directories this process works in. Below one of them every component of a path,
    /// directories included, is opened without following a symlink (`openat` with `O_NOFOLLOW`,
    /// one component at a time), so a `drafts/`, `youths/` or `tmp/` replaced by a link to a
    /// colleague's home directory (or `/etc`) is refused, never written through. The data
    /// directory itself must not be a link either; the path above it is the user's choice.
    private static let roots = Mutex<[String]>([])

    /// `O_PATH` (Linux; Glibc's module does not export it without _GNU_SOURCE): a directory
    /// handle to walk through, which needs no read permission on the directory.
    static let oPath: Int32 = 0o10000000

    /// Marks `root` as a data directory (the store does this when it opens or creates one).
    public static func registerRoot(_ root: String) {
        let parts = components(root)
        guard root.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else { return }
        let full = "/" + parts.joined(separator: "/")
        roots.withLock { if !$0.contains(full) { $0.append(full) } }
    }

    static func components(_ path: String) -> [Substring] { path.split(separator: "/", omittingEmptySubsequences: true) }

    /// The data directory `path` lies at or below, if any (the longest that matches).
    static func root(of path: String) -> String? {
        roots.withLock { list in
            list.filter { path == $0 || path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
        }
    }

    /// The directory that holds `path`'s last component, opened with `O_PATH`, and that component.
    /// Below a data directory no component is followed if it is a symlink; elsewhere (a backup
    /// file, an import) only the last one is not.
    static func parent(_ path: String) throws(TavleError) -> (fd: Int32, name: String) {
        let parts = components(path)
        guard let last = parts.last, !path.isEmpty else { throw .io(path: path, operation: "open", errno: ENOENT) }
        if parts.contains("..") { throw .badFile(path: path, problem: LocalizedMessage(.fileDotDot)) }
        let absolute = path.hasPrefix("/")
        let dirParts = parts.dropLast()
        let dir = (absolute ? "/" : "") + dirParts.joined(separator: "/")
        guard let root = root(of: dir.isEmpty ? "." : dir) else {
            let fd = Glibc.open(dir.isEmpty ? "." : dir, FileIO.oPath | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .io(path: dir, operation: "open", errno: errno) }
            return (fd, String(last))
        }
        let rootParts = components(root)
        let above = "/" + rootParts.dropLast().joined(separator: "/")
        var fd = Glibc.open(above, FileIO.oPath | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: above, operation: "open", errno: errno) }
        var walked = above == "/" ? "" : above
        for comp in dirParts.dropFirst(rootParts.count - 1) {
            walked += "/" + comp
            let next = openat(fd, String(comp), FileIO.oPath | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let e = errno
            close(fd)
            guard next >= 0 else {
                if e == ENOTDIR || e == ELOOP { throw .badFile(path: walked, problem: LocalizedMessage(.fileNotDirectoryLink)) }
                throw .io(path: walked, operation: "open", errno: e)
            }
            fd = next
        }
        return (fd, String(last))
    }

    /// Opens a regular file without following a symlink (see `parent`). `O_NONBLOCK`: a FIFO
    /// planted in the file's place must not hang tavle (a FIFO opened for writing with no reader
    /// blocks, for reading with no writer too); anything but a regular file is refused.
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0, operation: String = "open") throws(TavleError) -> Int32 {
        let (dir, name) = try parent(path)
        defer { close(dir) }
        return try open(in: dir, name: name, path: path, flags, mode: mode, operation: operation)
    }

    /// `open` of `name` in a directory already opened (`openDirectory`), `path` naming it in errors.
    static func open(in dir: Int32, name: String, path: String, _ flags: Int32, mode: mode_t = 0,
                     operation: String = "open") throws(TavleError) -> Int32 {
        let fd = openat(dir, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, mode)
        guard fd >= 0 else {
            let e = errno
            if e == ELOOP { throw .badFile(path: path, problem: LocalizedMessage(.fileSymlink)) }
            if e == ENXIO { throw .badFile(path: path, problem: LocalizedMessage(.fileNotRegular)) }
            throw .io(path: path, operation: operation, errno: e)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let e = errno; close(fd); throw .io(path: path, operation: "stat", errno: e) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { close(fd); throw .badFile(path: path, problem: LocalizedMessage(.fileNotRegular)) }
        return fd
    }

    /// Opens a directory (for listing or fsync) without following a symlink.
    public static func openDirectory(_ path: String) throws(TavleError) -> Int32 {
        let (dir, name) = try parent(path)
        defer { close(dir) }
        let fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            if e == ENOTDIR || e == ELOOP { throw .badFile(path: path, problem: LocalizedMessage(.fileNotDirectoryLink)) }
            throw .io(path: path, operation: "open", errno: e)
        }
        return fd
    }

    /// Removes a file (never through a symlinked directory). Returns 0 or the errno.
    @discardableResult
    public static func unlink(_ path: String) -> Int32 {
        guard let (dir, name) = try? parent(path) else { return ENOENT }
        defer { close(dir) }
        return unlinkat(dir, name, 0) == 0 ? 0 : errno
    }

    /// Whether `fd` is still the file `path` names (same device and inode).
    public static func isSameFile(_ fd: Int32, _ path: String) -> Bool {
        var st = stat()
        guard fstat(fd, &st) == 0, let now = status(path) else { return false }
        return st.st_dev == now.st_dev && st.st_ino == now.st_ino
    }

    // MARK: Reading and writing

    /// Reads a whole regular file without following a symlink. Too large or not a regular file is an error.
    public static func read(_ path: String, limit: Int = maxFileSize) throws(TavleError) -> [UInt8] {
        countRead(path)
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        return try read(fd: fd, path: path, limit: limit)
    }

    /// `read` of `name` in a directory already opened (`openDirectory`): a first open reads every
    /// youth file, and walking each path from the root was a tenth of it (issue 29).
    static func read(in dir: Int32, name: String, path: String, limit: Int = maxFileSize) throws(TavleError) -> [UInt8] {
        countRead(path)
        let fd = try open(in: dir, name: name, path: path, O_RDONLY)
        defer { close(fd) }
        return try read(fd: fd, path: path, limit: limit)
    }

    /// The first part of a file: its first `probe` bytes tell `length` how many bytes from the
    /// start are wanted (nil: the whole file), and no more is read. The board index's header gives
    /// the length of its summaries, and the board reads only those (issue 29).
    static func readFirstPart(_ path: String, limit: Int = maxFileSize, probe: Int = 4096,
                              length: ([UInt8]) -> Int?) throws(TavleError) -> [UInt8] {
        countRead(path)
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        var first = [UInt8](repeating: 0, count: probe)
        let got = first.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, probe, 0) }
        guard got >= 0 else { throw .io(path: path, operation: "read", errno: errno) }
        first.removeLast(probe - got)
        return try read(fd: fd, path: path, limit: limit, upTo: length(first))
    }

    /// Up to `count` bytes of an open file from byte `offset` (fewer at its end); nil on a read
    /// error. For reading parts of a file at known offsets (the journal's lines by `journal.offsets`).
    static func read(_ fd: Int32, path: String, at offset: Int64, count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: max(0, count)) { b, n in
            var done = 0
            while done < count {
                let r = pread(fd, b.baseAddress! + done, count - done, off_t(offset) + off_t(done))
                if r < 0 { if errno == EINTR { continue }; failed = true; break }
                if r == 0 { break }
                done += r
            }
            n = done
        }
        countBytes(bytes.count, of: path)
        return failed ? nil : bytes
    }

    private static func read(fd: Int32, path: String, limit: Int, upTo wanted: Int? = nil) throws(TavleError) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, operation: "stat", errno: errno) }
        guard Int(st.st_size) <= limit else {
            throw .badFile(path: path, problem: LocalizedMessage(.fileTooLarge, [String(st.st_size), String(limit)]))
        }
        // Read into uninitialised memory: zeroing the 18.8 MB index first was 4 % of a listing (issue 29).
        let size = min(Int(st.st_size), max(0, wanted ?? Int.max))
        var failure: TavleError?
        let buf = [UInt8](unsafeUninitializedCapacity: size) { b, count in
            // A large file (the index) into huge pages where the kernel allows it: thousands of
            // page faults fewer (a failure only leaves the small pages).
            if size >= 4 << 20, let base = b.baseAddress {
                let huge = 2 << 20
                let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
                let end = (Int(bitPattern: base) + size) & ~(huge - 1)
                if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
            }
            var done = 0
            while done < size {
                let n = Glibc.read(fd, b.baseAddress! + done, size - done)
                if n < 0 { if errno == EINTR { continue }; failure = .io(path: path, operation: "read", errno: errno); break }
                if n == 0 { break }
                done += n
            }
            count = done
        }
        countBytes(buf.count, of: path)
        if let failure { throw failure }
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
        let fd = try open(path, O_WRONLY | O_CREAT | O_EXCL, mode: mode, operation: "create")
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
        let from = try parent(tempPath)
        defer { close(from.fd) }
        let to = try parent(path)
        defer { close(to.fd) }
        guard renameat(from.fd, from.name, to.fd, to.name) == 0 else { throw .io(path: path, operation: "rename", errno: errno) }
        do { try fsyncDirectory(of: path) } catch {
            if case .io(_, _, let e) = error { throw .notDurable(path: path, errno: e) }
            throw error
        }
    }

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(TavleError) {
        let result = bytes.withUnsafeBytes { (b: UnsafeRawBufferPointer) -> Result<Void, TavleError> in
            do throws(TavleError) { try writeAll(fd, b, path: path); return .success(()) } catch { return .failure(error) }
        }
        try result.get()
    }

    /// Every byte of `bytes`, looping over short writes (and EAGAIN, which a regular file opened
    /// with O_NONBLOCK never gives, but a file system may).
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(TavleError) {
        var done = 0
        while done < bytes.count {
            let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { usleep(1_000); continue }
                throw .io(path: path, operation: "write", errno: errno)
            }
            if n == 0 { throw .io(path: path, operation: "write", errno: EIO) }
            done += n
        }
    }

    public static func fsyncDirectory(of path: String) throws(TavleError) {
        let parts = components(path)
        let dir = (path.hasPrefix("/") ? "/" : "") + parts.dropLast().joined(separator: "/")
        let fd: Int32
        if dir == "/" || dir.isEmpty {
            fd = Glibc.open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .io(path: dir, operation: "open", errno: errno) }
        } else {
            fd = try openDirectory(dir)
        }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .io(path: dir, operation: "fsync", errno: errno) }
    }

    /// The absolute path with every link and `..` resolved (to compare where two paths lead), or
    /// nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// lstat (never through a symlinked directory): nil when missing.
    public static func status(_ path: String) -> stat? {
        guard let (dir, name) = try? parent(path) else { return nil }
        defer { close(dir) }
        var st = stat()
        return fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? st : nil
    }

    /// `status` of `name` in a directory already opened (`openDirectory`): a listing stats every
    /// youth file, and walking the path from the root for each was an eighth of `list --json`
    /// at 10,000 youths (issue 29).
    public static func status(in dir: Int32, name: String) -> stat? {
        var st = stat()
        return fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? st : nil
    }

    public static func isDirectory(_ path: String) -> Bool {
        guard let st = status(path) else { return false }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Names in a directory (no `.`/`..`), unsorted. A symlink in the directory's place is refused.
    public static func list(_ path: String) throws(TavleError) -> [String] {
        countRead(path)
        let fd = try openDirectory(path)
        guard let dir = fdopendir(fd) else { let e = errno; close(fd); throw .io(path: path, operation: "opendir", errno: e) }
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

    /// Calls `body` with every complete, non-empty line of a file from `offset` on (without its newline)
    /// and the line's byte offset, a megabyte at a time. Returns where the last complete line
    /// ends and, if the file ends inside a line, where that torn line starts.
    @discardableResult
    public static func forEachLine(_ path: String, from offset: Int64 = 0, _ body: (ArraySlice<UInt8>, Int64) throws(TavleError) -> Void)
        throws(TavleError) -> (end: Int64, torn: Int64?) {
        guard status(path) != nil else { return (0, nil) }
        countRead(path)
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let size = Int64(st.st_size)
        guard offset < size else { return (max(offset, size), nil) }
        var pending: [UInt8] = []          // the start of a line not yet complete
        var pendingStart = offset           // its byte offset in the file
        var position = offset
        // A megabyte at a time, or less for a short tail (a zeroed megabyte was a tenth of a
        // note by label, whose journal tail is a few lines).
        var chunk = [UInt8](repeating: 0, count: Int(min(Int64(1 << 20), size - offset)))
        while position < size {
            let want = Int(min(Int64(chunk.count), size - position))
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, want, off_t(position)) }
            if n < 0 { if errno == EINTR { continue }; throw .io(path: path, operation: "read", errno: errno) }
            if n == 0 { break }
            countBytes(n, of: path)
            var lineStart = 0
            // memchr: finding line ends is a scan of every byte of a journal that may pass 1 GiB.
            func newline(from i: Int) -> Int? {
                chunk.withUnsafeBufferPointer { b in
                    memchr(b.baseAddress! + i, 0x0A, n - i).map { UnsafeRawPointer(b.baseAddress!).distance(to: $0) }
                }
            }
            while lineStart < n, let nl = newline(from: lineStart) {
                if pending.isEmpty {
                    if nl > lineStart { try body(chunk[lineStart..<nl], position + Int64(lineStart)) }
                } else {
                    pending += chunk[lineStart..<nl]
                    try body(pending[...], pendingStart)
                    pending.removeAll(keepingCapacity: false)
                }
                lineStart = nl + 1
            }
            if lineStart < n {
                if pending.isEmpty { pendingStart = position + Int64(lineStart) }
                pending += chunk[lineStart..<n]
            }
            position += Int64(n)
        }
        return pending.isEmpty ? (position, nil) : (pendingStart, pendingStart)
    }

    /// Creates a directory (or takes the one there) with exactly `mode`. What is there must be a
    /// directory: a symlink in its place is refused, never followed (its target is not chmod'ed).
    public static func makeDirectory(_ path: String, mode: mode_t) throws(TavleError) {
        let (dir, name) = try parent(path)
        defer { close(dir) }
        if mkdirat(dir, name, mode) != 0 && errno != EEXIST { throw .io(path: path, operation: "mkdir", errno: errno) }
        let fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            if e == ENOTDIR || e == ELOOP { throw .badFile(path: path, problem: LocalizedMessage(.fileNotDirectoryLink)) }
            throw .io(path: path, operation: "open", errno: e)
        }
        defer { close(fd) }
        guard fchmod(fd, mode) == 0 else { throw .io(path: path, operation: "chmod", errno: errno) }
    }
}

/// A held `flock` on the data directory's lock file, which is never renamed (a lock on a file
/// that is replaced by rename stays on the old inode), and on the data directory itself. The
/// kernel drops both when the holder dies.
///
/// Anyone who can write the directory can remove or replace `lock` while a writer holds it (an
/// admin "clearing a stale lock", a tmp cleaner): a later writer would then lock a new file and
/// both would write at once. So the lock file is re-checked after `flock` (it must still be the
/// file `lock` names, else the lock is taken again on the file it names now), and the directory,
/// which cannot be removed while it holds the data, is locked as well. Scripts that hold `lock`
/// (`flock lock …`) still keep tavle's writers out.
public final class DirectoryLock {
    private var fd: Int32 = -1
    private var dirFD: Int32 = -1

    /// Waits up to `timeout` seconds for the exclusive lock (writers).
    public init(path: String, mode: mode_t, timeout: Double = 10) throws(TavleError) {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let f = try FileIO.open(path, O_RDWR | O_CREAT, mode: mode)
            FileIO.ensureMode(f, mode)
            do { try DirectoryLock.wait(f, LOCK_EX, path: path, deadline: deadline) } catch { close(f); throw error }
            if FileIO.isSameFile(f, path) { fd = f; break }
            // `lock` was removed or replaced while this writer waited: lock the file it names now.
            close(f)
            if Date() > deadline { throw .busy(path: path) }
        }
        let dir = (path as NSString).deletingLastPathComponent
        do {
            dirFD = try FileIO.openDirectory(dir)
            try DirectoryLock.wait(dirFD, LOCK_EX, path: path, deadline: deadline)
        } catch {
            release()
            throw error
        }
    }

    /// A shared lock on the data directory only, for a reader that must see no change half-way
    /// (`tavle check`): it needs no write access, and every writer holds the directory exclusively.
    public init(sharedDirectory dir: String, timeout: Double = 10) throws(TavleError) {
        let deadline = Date().addingTimeInterval(timeout)
        dirFD = try FileIO.openDirectory(dir)
        do { try DirectoryLock.wait(dirFD, LOCK_SH, path: dir + "/lock", deadline: deadline) } catch { release(); throw error }
    }

    private static func wait(_ fd: Int32, _ kind: Int32, path: String, deadline: Date) throws(TavleError) {
        while flock(fd, kind | LOCK_NB) != 0 {
            let e = errno
            guard e == EWOULDBLOCK || e == EINTR else { throw .io(path: path, operation: "flock", errno: e) }
            if Date() > deadline { throw .busy(path: path) }
            usleep(2_000)
        }
    }

    public func release() {
        if dirFD >= 0 { flock(dirFD, LOCK_UN); close(dirFD); dirFD = -1 }
        if fd >= 0 { flock(fd, LOCK_UN); close(fd); fd = -1 }
    }

    deinit { release() }
}
