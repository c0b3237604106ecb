import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One reading of a youth's data: who looked, when, at whom, and how. The health-data norm
/// (Normen) requires logs of who processed whose data, not only of changes.
public struct AccessEntry: Sendable, Codable, Equatable {
    public static let schemaVersion = 1
    public var schema = AccessEntry.schemaVersion
    public var at: Timestamp
    /// The staff member, if the Unix user is on the team.
    public var staff: StaffID?
    public var user: String
    /// The youth viewed; nil for a whole-board view (the shared screen, an export of everyone).
    public var youth: String?
    /// How: `detail` (the board's detail view), `show` (the CLI), `export`, `shared-screen`, `board`.
    public var how: String
    /// A `seal` entry's heads: the log's head before the rewrite and the new chain's head just
    /// before this line, as the journal's `seal` entry records them (privacy.md: a kept head
    /// then tells a purge from a log rewritten by hand). Absent on every other entry.
    public var before: String?
    public var after: String?

    public init(at: Timestamp, staff: StaffID?, user: String, youth: String?, how: String, before: String? = nil, after: String? = nil) {
        self.at = at; self.staff = staff; self.user = user; self.youth = youth; self.how = how
        self.before = before; self.after = after
    }
}

extension Store {
    public var accessLogPath: String { root + "/access.jsonl" }

    /// Appends to `access.jsonl`. Readers take no store lock: one short `O_APPEND` write per entry
    /// is never interleaved with another's. The file's own lock (`flock`) is held for the append, so
    /// a purge rewriting the log (`rewriteAccessLog`) never loses one: an append that waited for it
    /// finds the file replaced and opens the new one.
    public func logAccess(_ entry: AccessEntry) throws(TavleError) {
        let mode = Store.fileMode((try? loadTeam().access) ?? .private)
        let line: [UInt8]
        do { line = Array(try Journal.encoder.encode(entry)) } catch {
            throw .badFile(path: accessLogPath, problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
        }
        // Non-blocking, regular files only: a FIFO planted as the log must not hang a reader.
        var fd = try FileIO.open(accessLogPath, O_WRONLY | O_APPEND | O_CREAT, mode: mode)
        defer { close(fd) }
        for _ in 0..<8 {
            guard flock(fd, LOCK_EX) == 0 else { throw .io(path: accessLogPath, operation: "lock", errno: errno) }
            var open = stat(), named = stat()
            if fstat(fd, &open) == 0, stat(accessLogPath, &named) == 0, open.st_ino == named.st_ino, open.st_dev == named.st_dev { break }
            close(fd)
            fd = try FileIO.open(accessLogPath, O_WRONLY | O_APPEND | O_CREAT, mode: mode)
        }
        FileIO.ensureMode(fd, mode)
        // Under the log's lock: a torn last line (a reader killed mid-append) is cut off, and the
        // entry is sealed after the log's head, so every entry chains to the one before (`Chain`).
        try Journal(path: accessLogPath).repairTornTail()
        var bytes: [UInt8] = []
        var sealer = Chain.Sealer(after: Chain.head(of: accessLogPath))
        sealer.add(line, to: &bytes)
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard n == bytes.count else { throw .io(path: accessLogPath, operation: "write", errno: n < 0 ? errno : EIO) }
        guard fsync(fd) == 0 else { throw .io(path: accessLogPath, operation: "fsync", errno: errno) }
    }

    /// Rewrites `access.jsonl` in one step, holding the log's own lock (which every append takes,
    /// so none is lost: one that waited finds the file replaced and opens the new one). `change`
    /// may alter an entry whose line holds one of `needles` (it returns whether it did). The chain
    /// is checked as the log is read (a break refuses: resealing would hide it); the new log is
    /// sealed from its first line and ends with a `seal` entry. Nothing is written when no entry
    /// changed and every line was sealed already. The caller holds the store's lock.
    func rewriteAccessLog(mode: mode_t, needles: [[UInt8]], change: (inout AccessEntry) -> Bool) throws(TavleError) {
        let path = accessLogPath
        guard FileIO.status(path) != nil else { return }
        let fd = try FileIO.open(path, O_RDONLY)
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .io(path: path, operation: "lock", errno: errno) }
        let temp = tmpDir + "/access.\(getpid()).new"
        let out = try FileIO.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: mode, operation: "create")
        var ok = false
        defer { if !ok { close(out); FileIO.unlink(temp) } }
        guard fchmod(out, mode) == 0 else { throw .io(path: temp, operation: "chmod", errno: errno) }
        var buf: [UInt8] = []
        var changed = false
        var old = Chain.Walker(), sealer = Chain.Sealer(), number = 0
        let decoder = JSONDecoder()
        func encoded(_ e: AccessEntry) throws(TavleError) -> [UInt8] {
            do { return Array(try Journal.encoder.encode(e)) } catch {
                throw .badFile(path: path, problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
            }
        }
        try FileIO.forEachLine(path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            number += 1
            switch old.next(line) {
            case .broken: throw .refused(LocalizedMessage(.refuseChainBroken, [path, String(number)]))
            case .notSealed: changed = true
            case .sealed: break
            }
            if needles.contains(where: { Store.contains(line, $0) }), var e = try? decoder.decode(AccessEntry.self, from: Data(line)), change(&e) {
                sealer.add(try encoded(e), to: &buf)
                changed = true
            } else {
                sealer.add(line, to: &buf)
            }
            if buf.count >= 1 << 20 { try FileIO.writeAll(out, buf, path: temp); buf.removeAll(keepingCapacity: true) }
        }
        guard changed else { close(out); FileIO.unlink(temp); ok = true; return }
        let zone = (try? loadTeam().zone) ?? TimeZone.current
        sealer.add(try encoded(AccessEntry(at: Clock.now(zone: zone, environment: environment), staff: nil, user: Session.currentUnixUser(),
                                            youth: nil, how: Chain.sealAction, before: old.head, after: sealer.head)), to: &buf)
        try FileIO.writeAll(out, buf, path: temp)
        guard fsync(out) == 0 else { throw .io(path: temp, operation: "fsync", errno: errno) }
        ok = true
        close(out)
        try FileIO.commit(tempPath: temp, to: path)
    }

    /// The access log, optionally for one youth; unreadable lines are skipped and counted.
    public func accessLog(youth: String? = nil) throws(TavleError) -> (entries: [AccessEntry], unreadable: Int) {
        var out: [AccessEntry] = []
        let bad = try forEachAccess(youth: youth) { (e: AccessEntry) throws(TavleError) in out.append(e) }
        return (out, bad)
    }

    /// Calls `body` with each access-log entry (optionally for one youth), a megabyte of the log
    /// at a time, so a log of any size is read in bounded memory. Returns the unreadable lines.
    @discardableResult
    public func forEachAccess(youth: String? = nil, _ body: (AccessEntry) throws(TavleError) -> Void) throws(TavleError) -> Int {
        guard FileIO.status(accessLogPath) != nil else { return 0 }
        var bad = 0
        let decoder = JSONDecoder()
        let scan = try FileIO.forEachLine(accessLogPath) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            if let e = try? decoder.decode(AccessEntry.self, from: Data(line)) {
                if youth == nil || e.youth == youth { try body(e) }
            } else { bad += 1 }
        }
        return bad + (scan.torn == nil ? 0 : 1)
    }
}
