import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file a command writes outside the data directory that holds youths' data (`--output`): it is
/// private to the user (0600), or in team mode readable by the team's group alone (0640, with the
/// data directory's group), and it replaces any file there in one step through the store's atomic
/// write (a temp file beside it, fsynced, renamed, the directory fsynced), so a reader never sees half.
public enum PrivateOutput {
    /// The mode such a file gets for the team's access.
    public static func mode(_ access: AccessMode) -> mode_t { access == .group ? 0o640 : 0o600 }

    /// Writes `bytes` to `path`. In team mode the file gets the group of the data directory `root`.
    public static func write(_ bytes: [UInt8], to path: String, access: AccessMode, root: String) throws(TavleError) {
        let temp = path + ".tavle-\(getpid()).new"
        let mode = PrivateOutput.mode(access)
        try FileIO.writeNew(bytes, to: temp, mode: mode)
        if access == .group, let group = FileIO.status(root)?.st_gid {
            // The team's group, so colleagues on the team (and nobody else) can read it.
            guard chown(temp, uid_t.max, group) == 0, chmod(temp, mode) == 0 else {
                let e = errno; unlink(temp); throw .io(path: path, operation: "chown", errno: e)
            }
        }
        do { try FileIO.commit(tempPath: temp, to: path) } catch {
            if case .io = error { unlink(temp) }
            throw error
        }
    }
}

extension PrivateOutput {
    /// Whether a file with `mode` and group `group` is private enough to receive youth data: nobody
    /// but the owner may read it, except the team's group (`teamGroup`) in team mode. The one rule
    /// for standard output redirected to a file (`tavle list > fil`).
    public static func isPrivate(mode: mode_t, group: gid_t, access: AccessMode, teamGroup: gid_t?) -> Bool {
        if mode & 0o004 != 0 { return false }
        if mode & 0o040 != 0 { return access == .group && teamGroup == group }
        return true
    }

    /// The mode of standard output when it is a regular file that others than the owner (or, in
    /// team mode, the team's group) can read; nil when it is private enough, a pipe or a terminal.
    public static func readableStandardOutput(access: AccessMode, root: String) -> mode_t? {
        var st = stat()
        guard fstat(STDOUT_FILENO, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        let team = FileIO.status(root)?.st_gid
        return isPrivate(mode: st.st_mode & 0o777, group: st.st_gid, access: access, teamGroup: team) ? nil : st.st_mode & 0o777
    }

    /// A private output file written as it is produced (a journal of any size stays in bounded
    /// memory): a temp file beside the target with the private mode from the start, made durable
    /// and renamed over the target by `finish`; the target is untouched until then.
    /// An output file in the data directory (links and `..` resolved) is refused: it would replace
    /// a file of tavle's (`--output journal.jsonl`), or lie among the youths' files, in every
    /// backup and out of a purge's reach.
    static func refuseInsideData(_ path: String, root: String) throws(TavleError) {
        // A folder (`--output DIR/`) is not a file: its parent would be checked instead, and the
        // temp file made beside the output would land inside it.
        if path.hasSuffix("/") || FileIO.status(path).map({ $0.st_mode & S_IFMT == S_IFDIR }) == true {
            throw .usage(LocalizedMessage(.usageOutputFolder, [TextSafety.display(path)]))
        }
        let typed = (path as NSString).deletingLastPathComponent
        guard let data = FileIO.realPath(root), let folder = FileIO.realPath(typed.isEmpty ? "." : typed) else { return }
        if folder == data || folder.hasPrefix(data + "/") {
            throw .refused(LocalizedMessage(.refuseOutputInsideData, [TextSafety.display(path)]))
        }
    }

    public final class Writer {
        public let path: String
        public let mode: mode_t
        private let temp: String
        private var fd: Int32
        private var buffer: [UInt8] = []
        private var failure: TavleError?

        public init(path: String, access: AccessMode, root: String) throws(TavleError) {
            try PrivateOutput.refuseInsideData(path, root: root)
            self.path = path
            mode = PrivateOutput.mode(access)
            temp = path + ".tavle-\(getpid()).new"
            fd = try FileIO.open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode: mode, operation: "create")
            var ok = fchmod(fd, mode) == 0
            if ok, access == .group, let group = FileIO.status(root)?.st_gid {
                ok = fchown(fd, uid_t.max, group) == 0 && fchmod(fd, mode) == 0
            }
            guard ok else { let e = errno; close(fd); _ = FileIO.unlink(temp); throw .io(path: path, operation: "chmod", errno: e) }
        }

        /// Adds bytes; a write error is kept and thrown by `finish`.
        public func write(_ bytes: some Sequence<UInt8>) {
            guard failure == nil else { return }
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
        }

        private func flush() {
            guard failure == nil, !buffer.isEmpty else { return }
            do { try FileIO.writeAll(fd, buffer, path: temp) } catch { failure = error }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Writes what is left, fsyncs and renames the file into place.
        public func finish() throws(TavleError) {
            flush()
            if let failure { discard(); throw failure }
            guard fsync(fd) == 0 else { let e = errno; discard(); throw .io(path: path, operation: "fsync", errno: e) }
            guard close(fd) == 0 else { let e = errno; fd = -1; discard(); throw .io(path: path, operation: "close", errno: e) }
            fd = -1
            do { try FileIO.commit(tempPath: temp, to: path) } catch {
                if case .io = error { _ = FileIO.unlink(temp) }
                throw error
            }
        }

        /// Drops the temp file; the target stays as it was.
        public func discard() {
            if fd >= 0 { close(fd); fd = -1 }
            _ = FileIO.unlink(temp)
        }
    }
}
