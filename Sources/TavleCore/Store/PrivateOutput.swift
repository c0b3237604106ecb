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
