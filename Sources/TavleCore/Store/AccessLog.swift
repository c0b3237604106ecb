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

    public init(at: Timestamp, staff: StaffID?, user: String, youth: String?, how: String) {
        self.at = at; self.staff = staff; self.user = user; self.youth = youth; self.how = how
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
        let bytes: [UInt8]
        do { bytes = Array(try Journal.encoder.encode(entry)) + [0x0A] } catch {
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
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        guard n == bytes.count else { throw .io(path: accessLogPath, operation: "write", errno: n < 0 ? errno : EIO) }
        guard fsync(fd) == 0 else { throw .io(path: accessLogPath, operation: "fsync", errno: errno) }
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
