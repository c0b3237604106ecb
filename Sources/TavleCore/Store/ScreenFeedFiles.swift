import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the meeting-room screen's feed lives and how it is written and read
/// (docs/meeting-room-screen.md).
///
/// `<data>-screen` (e.g. `/srv/tavle/team-screen`), made by `tavle init --screen-group S`: owned
/// by root, group S, mode 3753 (setgid and sticky). A team member ("others" there) may create and
/// replace their own `feed.<uid>.json` but not list or read the directory; the screen group may
/// read. Every tavle that writes in team mode writes its own feed right after its change, still
/// under the lock. No directory, no feed: a private directory has none.
public enum ScreenFeedFiles {
    /// The feed directory's mode: setgid, sticky, rwx for root, r-x for the screen group, -wx for others.
    public static let directoryMode: mode_t = 0o3753
    /// Each feed file's mode: read by the screen group, by no one else.
    public static let fileMode: mode_t = 0o640

    /// `<data>-screen`, next to the data directory.
    public static func directory(of root: String) -> String {
        var r = root
        while r.count > 1, r.hasSuffix("/") { r.removeLast() }
        return r + "-screen"
    }

    public static func fileName(uid: uid_t) -> String { "feed.\(uid).json" }

    /// Whether the data directory has a feed directory (so team-mode writes keep a feed).
    public static func exists(for root: String) -> Bool { FileIO.isDirectory(directory(of: root)) }

    /// Creates `<data>-screen` for the screen group `group` (run as root: the owner must be root,
    /// so no team member can change its mode). An existing directory is given the right group and mode.
    public static func createDirectory(for root: String, group: gid_t) throws(TavleError) {
        let dir = directory(of: root)
        FileIO.registerRoot(dir)
        if let st = FileIO.status(dir) {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw .badFile(path: dir, problem: LocalizedMessage(.fileNotDirectory)) }
        } else {
            try FileIO.makeDirectory(dir, mode: directoryMode)
        }
        guard chown(dir, geteuid() == 0 ? 0 : uid_t.max, group) == 0 else { throw .io(path: dir, operation: "chown", errno: errno) }
        guard chmod(dir, directoryMode) == 0 else { throw .io(path: dir, operation: "chmod", errno: errno) }
    }

    /// Writes this process's feed of `store` now; returns the file written, or nil when the data
    /// directory has no feed directory.
    @discardableResult
    public static func write(_ store: Store) throws(TavleError) -> String? {
        let dir = directory(of: store.root)
        guard FileIO.isDirectory(dir) else { return nil }
        FileIO.registerRoot(dir)
        let team = try store.loadTeam()
        let today = team.today(environment: store.environment)
        let data = try store.loadBoard(today: today, maintainIndex: false)
        let board = Board(team: data.team, youths: data.youths, today: today)
        let feed = ScreenFeed.make(board: board, written: Clock.now(zone: team.zone, environment: store.environment))
        // Compact: the screen reads the whole file at every change, and a team of thousands
        // makes a feed of a megabyte pretty-printed.
        let bytes = try Coding.encodeCompact(feed)
        let uid = geteuid()
        let path = dir + "/" + fileName(uid: uid)
        let temp = dir + "/.feed.\(uid).\(getpid()).tmp"
        FileIO.unlink(temp)
        try FileIO.writeNew(bytes, to: temp, mode: fileMode)
        // Renamed through the folder's O_PATH handle: a team member may write in the folder but
        // not open it for reading, so its fsync is only tried (root and the screen group can).
        let (fd, tempName) = try FileIO.parent(temp)
        defer { close(fd) }
        guard renameat(fd, tempName, fd, fileName(uid: uid)) == 0 else {
            let e = errno
            FileIO.unlink(temp)
            throw .io(path: path, operation: "rename", errno: e)
        }
        _ = try? FileIO.fsyncDirectory(of: path)
        return path
    }

    /// After a change in team mode: the feed, if there is a feed directory. A failure never fails
    /// the change (`tavle screen-feed` says what went wrong).
    static func refreshAfterWrite(_ store: Store) {
        _ = try? write(store)
    }

    /// Whether a feed file may be shown: a regular file (not a link), owned by root or by a
    /// member of the team's group `teamGroup`, and not writable by group or others.
    public static func trusted(_ st: stat, teamGroup: gid_t) -> Bool {
        guard (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o022 == 0 else { return false }
        return st.st_uid == 0 || isMember(uid: st.st_uid, of: teamGroup)
    }

    /// Whether Unix user `uid` belongs to group `gid` (as primary or supplementary group).
    public static func isMember(uid: uid_t, of gid: gid_t) -> Bool {
        guard let pw = getpwuid(uid) else { return false }
        if pw.pointee.pw_gid == gid { return true }
        guard let name = pw.pointee.pw_name, let gr = getgrgid(gid), var members = gr.pointee.gr_mem else { return false }
        let user = String(cString: name)
        while let m = members.pointee {
            if String(cString: m) == user { return true }
            members += 1
        }
        return false
    }

    /// The newest trusted feed in `dir` for the data directory `root` (whose group is the team's),
    /// never opening anything inside `root`. Nil when there is none yet.
    public static func newest(dir: String, root: String) throws(TavleError) -> ScreenFeed? {
        FileIO.registerRoot(dir)
        guard let rootStat = FileIO.status(root) else { throw .noDataDirectory(path: root) }
        var found: [(path: String, modified: Int)] = []
        for name in try FileIO.list(dir) where name.hasPrefix("feed.") && name.hasSuffix(".json") {
            let path = dir + "/" + name
            guard let st = FileIO.status(path), trusted(st, teamGroup: rootStat.st_gid) else { continue }
            found.append((path, Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec)))
        }
        var lastError: TavleError?
        for f in found.sorted(by: { $0.modified > $1.modified }) {
            do {
                return try Coding.decodeFile(ScreenFeed.self, from: try FileIO.read(f.path, limit: 64 * 1024 * 1024), path: f.path,
                                             supported: ScreenFeed.schemaVersion)
            } catch { lastError = error }
        }
        if let lastError { throw lastError }
        return nil
    }

    /// What `tavle check` says of the feed folder, when there is one: a folder others could read
    /// or that is not root's, and (for who can list it: root, the screen group) a newest feed
    /// older than the last change by more than a minute (a feed write failed after a change).
    static func problems(_ store: Store) -> [LocalizedMessage] {
        let dir = directory(of: store.root)
        FileIO.registerRoot(dir)
        guard let st = FileIO.status(dir), (st.st_mode & S_IFMT) == S_IFDIR else { return [] }
        var out: [LocalizedMessage] = []
        // Root's (or, set up without root, the data directory owner's: who could change both anyway).
        let owners: Set<uid_t> = [0, FileIO.status(store.root)?.st_uid ?? 0]
        if st.st_mode & 0o7777 != directoryMode || !owners.contains(st.st_uid) {
            out.append(LocalizedMessage(.feedCheckFolder, [dir, "0" + String(st.st_mode & 0o7777, radix: 8)]))
        }
        guard let names = try? FileIO.list(dir), let journal = FileIO.status(store.journal.path) else { return out }
        let newest = names.filter { $0.hasPrefix("feed.") && $0.hasSuffix(".json") }
            .compactMap { FileIO.status(dir + "/" + $0).map { Int($0.st_mtim.tv_sec) } }.max()
        if (newest ?? 0) + 60 < Int(journal.st_mtim.tv_sec) { out.append(LocalizedMessage(.feedCheckBehind, [dir])) }
        return out
    }

    /// A fingerprint of the feed directory's trusted files (names, sizes, times): it changes when a
    /// feed is written, so the screen polls it and reloads only then.
    public static func fingerprint(dir: String) -> String {
        guard let names = try? FileIO.list(dir) else { return "" }
        return names.filter { $0.hasPrefix("feed.") }.sorted().map { name -> String in
            guard let st = FileIO.status(dir + "/" + name) else { return name }
            return "\(name):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
        }.joined(separator: ",")
    }
}
