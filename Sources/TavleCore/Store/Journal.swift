import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line of the append-only journal: who changed what, when, from which value to which.
public struct JournalEntry: Sendable, Equatable, Codable {
    public static let schemaVersion = 1

    public var schema: Int = JournalEntry.schemaVersion
    public var at: Timestamp
    /// The staff member (id) the change was made as.
    public var staff: StaffID
    /// The real Unix user behind it, always recorded (also when acting as someone else).
    public var user: String
    /// `youth`, `team`, or another record kind.
    public var target: String
    /// The record's id (a youth's id; `team` for the team file).
    public var id: String
    /// The record's version after this change.
    public var version: Int
    /// What the user did, e.g. `status`, `note`, `intensive`, `create`, `purge`.
    public var action: String
    public var changes: [FieldChange]
    /// The change this entry belongs to: one command or one key is one change, which may write
    /// several records (a meeting discussion: the youth and the meeting). Undo reverts a change.
    public var change: String?
    /// The reason given (leaving crisis).
    public var why: String?
    /// For an undo: the change it reverts.
    public var undoes: String?

    public init(at: Timestamp, staff: StaffID, user: String, target: String, id: String, version: Int,
                action: String, changes: [FieldChange], change: String? = nil, why: String? = nil, undoes: String? = nil) {
        self.at = at; self.staff = staff; self.user = user; self.target = target; self.id = id
        self.version = version; self.action = action; self.changes = changes
        self.change = change; self.why = why; self.undoes = undoes
    }

    /// The change this entry belongs to; an entry from before changes had ids is a change of its own.
    public var changeKey: String { change ?? (target + "/" + id + "@" + String(version)) }
}

/// The journal file, `journal.jsonl`: one JSON object a line, only ever appended to under the lock.
public struct Journal: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder(); e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]; return e
    }()

    /// Appends one entry and fsyncs. On failure the journal is cut back to where it was.
    public func append(_ entry: JournalEntry, mode: mode_t) throws(TavleError) {
        try appendLines(try Journal.line(entry), mode: mode)
    }

    /// One entry as a journal line (with its newline).
    static func line(_ entry: JournalEntry) throws(TavleError) -> [UInt8] {
        do { return Array(try Journal.encoder.encode(entry)) + [0x0A] } catch {
            throw .badFile(path: "journal.jsonl", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
        }
    }

    /// Appends whole lines in one write and fsyncs, each sealed after the journal's head
    /// (`Chain`; the caller holds the lock). On failure the journal is cut back to where it was.
    func appendLines(_ unsealed: [UInt8], mode: mode_t) throws(TavleError) {
        let bytes = Chain.seal(lines: unsealed, after: Chain.head(of: path)).bytes
        // Non-blocking and regular files only: a FIFO planted as the journal must not hang a
        // writer that holds the lock (every other writer would wait for it, then fail).
        let fd = try FileIO.open(path, O_WRONLY | O_APPEND | O_CREAT, mode: mode)
        defer { close(fd) }
        FileIO.ensureMode(fd, mode)
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(path: path, operation: "stat", errno: errno) }
        let before = st.st_size
        do throws(TavleError) {
            try FileIO.writeAll(fd, bytes, path: path)
            guard fsync(fd) == 0 else { throw TavleError.io(path: path, operation: "fsync", errno: errno) }
        } catch {
            // Never leave a half entry behind for the files to disagree with.
            _ = ftruncate(fd, before)
            _ = fsync(fd)
            throw error
        }
    }

    /// The current size in bytes (0 when missing): the index remembers how far it has read.
    public func size() -> Int64 { FileIO.status(path).map { Int64($0.st_size) } ?? 0 }

    /// Cuts off a torn last line (a crash in the middle of an append, whose change never reached
    /// its record). Called under the lock before writing.
    public func repairTornTail() throws(TavleError) {
        let size = self.size()
        guard size > 0 else { return }
        // Look read-only first: opening for writing would wake every watcher (IN_CLOSE_WRITE).
        let ro = try FileIO.open(path, O_RDONLY)
        var last: UInt8 = 0
        let got = pread(ro, &last, 1, off_t(size - 1))
        close(ro)
        guard got == 1 else { throw .io(path: path, operation: "read", errno: errno) }
        if last == 0x0A { return }
        let fd = try FileIO.open(path, O_RDWR)
        defer { close(fd) }
        // Walk back to the last complete line.
        var end = size - 1
        var chunk = [UInt8](repeating: 0, count: 4096)
        while end > 0 {
            let start = max(0, end - Int64(chunk.count))
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, Int(end - start), off_t(start)) }
            guard n > 0 else { break }
            if let i = chunk[0..<n].lastIndex(of: 0x0A) { end = start + Int64(i) + 1; break }
            end = start
            if start == 0 { end = 0 }
        }
        guard ftruncate(fd, off_t(end)) == 0, fsync(fd) == 0 else { throw .io(path: path, operation: "truncate", errno: errno) }
    }

    /// Reads entries from byte `offset` on. Unparseable lines are returned as problems with their
    /// line's byte offset; a torn last line (no newline) is skipped and reported. Holds every
    /// entry: for the short tail since the board index; `forEach` streams a whole journal.
    public func read(from offset: Int64 = 0) throws(TavleError) -> (entries: [JournalEntry], problems: [LocalizedMessage], end: Int64) {
        var entries: [JournalEntry] = []
        let r = try forEach(from: offset) { (e: JournalEntry) throws(TavleError) in entries.append(e) }
        return (entries, r.problems, r.end)
    }

    /// The most unreadable lines named one by one; the rest are counted.
    static let problemLimit = 100

    /// Calls `body` with every entry from `offset` on, reading a megabyte at a time, so memory
    /// stays bounded whatever the journal's size (only one line is ever held whole). Returns the
    /// problems (unreadable lines, a torn tail) and where the last complete line ends.
    @discardableResult
    public func forEach(from offset: Int64 = 0, _ body: (JournalEntry) throws(TavleError) -> Void) throws(TavleError)
        -> (problems: [LocalizedMessage], end: Int64) {
        var problems: [LocalizedMessage] = []
        var unreadable = 0
        let decoder = JSONDecoder()
        let scan = try forEachLine(from: offset) { (line: ArraySlice<UInt8>, at: Int64) throws(TavleError) in
            switch Journal.decode(line, decoder: decoder) {
            case .success(let e): try body(e)
            case .failure(let problem):
                unreadable += 1
                if unreadable <= Journal.problemLimit {
                    problems.append(LocalizedMessage(.fileLineUnreadable, [path, String(at), LocalizedMessage.nested(problem.message)]))
                }
            }
        }
        if let torn = scan.torn {
            problems.append(LocalizedMessage(.fileTornTail, [path, String(torn)]))
        }
        if unreadable > Journal.problemLimit {
            problems.append(LocalizedMessage(.fileMoreUnreadable, count: unreadable - Journal.problemLimit,
                                             [path, String(unreadable - Journal.problemLimit)]))
        }
        return (problems, scan.end)
    }

    /// Every complete, non-empty line from `offset` on (FileIO.forEachLine).
    @discardableResult
    func forEachLine(from offset: Int64 = 0, _ body: (ArraySlice<UInt8>, Int64) throws(TavleError) -> Void) throws(TavleError)
        -> (end: Int64, torn: Int64?) {
        try FileIO.forEachLine(path, from: offset, body)
    }

    struct LineProblem: Error { let message: LocalizedMessage }

    /// One journal line as an entry, or what is wrong with it. A key twice in one object is
    /// wrong (Foundation keeps the first value, other tools the last: readers would disagree on
    /// what the line says), and so is a number out of range.
    static func decode(_ line: ArraySlice<UInt8>, decoder: JSONDecoder) -> Result<JournalEntry, LineProblem> {
        let entry: JournalEntry
        // Read by hand (`JournalReader.swift`); `JSONDecoder` for anything that reader does not expect.
        if let fast = line.withUnsafeBufferPointer({ FastRead.whole(JournalEntry.self, $0) }) { entry = fast } else {
            do { entry = try decoder.decode(JournalEntry.self, from: Data(line)) } catch {
                return .failure(LineProblem(message: Coding.describe(error)))
            }
        }
        if let key = DuplicateKeys.first(in: line) {
            return .failure(LineProblem(message: LocalizedMessage(.fileDuplicateKeyLine, [key])))
        }
        if let p = entry.rangeProblem { return .failure(LineProblem(message: p)) }
        return .success(entry)
    }

    /// The last complete entry, reading only the end of the file.
    public func lastEntry() -> JournalEntry? {
        let size = self.size()
        guard size > 0 else { return nil }
        var window: Int64 = 64 * 1024
        while true {
            let start = max(0, size - window)
            guard let r = try? read(from: start) else { return nil }
            // A first line read from the middle of the file is cut and fails to parse; the last is whole.
            if let last = r.entries.last { return last }
            if start == 0 { return nil }
            window *= 4
        }
    }
}
