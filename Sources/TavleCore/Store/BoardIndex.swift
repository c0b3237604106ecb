import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `index.json`: every youth's board summary (the record without its notes and contacts), and
/// how far into the journal it is up to date. Loading the board reads the index, then only the
/// journal written since and the files it names, so start-up never reads the whole journal or
/// every note. A missing or unreadable index is rebuilt from the youth files.
struct BoardIndex: Codable {
    static let schemaVersion = 1
    var schema = BoardIndex.schemaVersion
    /// Journal size in bytes when the index was written.
    var journalOffset: Int64
    var youths: [Youth]
}

/// The loaded board data: the team, every youth's summary, and what could not be loaded.
public struct BoardData: Sendable {
    public var team: Team
    public var youths: [Youth]
    public var problems: [LoadProblem]
    /// Journal size when loaded: a running board reloads when it grows.
    public var journalOffset: Int64
}

extension Store {
    /// Entries newer than this many are folded into a fresh index by the next writer of it.
    static let indexRefreshThreshold = 64

    /// A youth as the index keeps it: no notes or contacts (the detail view reads the file).
    static func summary(_ y: Youth, today: Day) -> Youth {
        var s = y
        s.notes = []
        s.contacts = []
        s.plans = y.plans.filter { $0.day >= today }
        return s
    }

    /// Loads the board quickly. With `maintainIndex`, a stale or missing index is rewritten
    /// (under the lock, skipped if busy); the shared screen passes false and never writes.
    public func loadBoard(today: Day, maintainIndex: Bool = true) throws(TavleError) -> BoardData {
        let team = try loadTeam()
        let journalSize = journal.size()
        var problems: [LoadProblem] = []
        var byID: [String: Youth] = [:]
        var haveIndex = false
        var reread: Set<String> = []
        var tailCount = 0
        if let bytes = try? FileIO.read(indexPath, limit: 512 * 1024 * 1024),
           let index = try? JSONDecoder().decode(BoardIndex.self, from: Data(bytes)),
           index.schema == BoardIndex.schemaVersion, index.journalOffset <= journalSize {
            haveIndex = true
            for y in index.youths { byID[y.id] = y }
            let tail = try journal.read(from: index.journalOffset)
            for e in tail.entries where e.target == "youth" { reread.insert(e.id) }
            tailCount = tail.entries.count
        }
        let listing = try youthIDs()
        problems += listing.problems
        let onDisk = Set(listing.ids)
        var readAny = false
        for id in listing.ids where !haveIndex || byID[id] == nil || reread.contains(id) {
            readAny = true
            do { byID[id] = Store.summary(try loadYouth(id), today: today) } catch {
                byID[id] = nil
                problems.append(LoadProblem(path: youthPath(id), error: error))
            }
        }
        for id in byID.keys where !onDisk.contains(id) { byID[id] = nil }
        let youths = byID.values.sorted { $0.id < $1.id }
        let stale = !haveIndex || tailCount > Store.indexRefreshThreshold || (readAny && reread.isEmpty)
        if maintainIndex, stale {
            try? writeIndex(youths, journalOffset: journalSize)
        }
        return BoardData(team: team, youths: youths, problems: problems, journalOffset: journalSize)
    }

    /// Writes the index, if the lock is free right now (a reader never waits for a writer).
    func writeIndex(_ youths: [Youth], journalOffset: Int64) throws(TavleError) {
        guard access(root, W_OK) == 0, stoppedWriting == nil else { return }
        let team = try loadTeam()
        let lock = try DirectoryLock(path: lockPath, mode: Store.fileMode(team.access), timeout: 0)
        defer { lock.release() }
        // The journal moved on while we read: this index would be out of date already.
        guard journal.size() == journalOffset else { return }
        let bytes = try Coding.encodeCompact(BoardIndex(journalOffset: journalOffset, youths: youths))
        try FileIO.writeAtomically(bytes, to: indexPath, tempPath: tmpDir + "/index.\(getpid()).new",
                                   mode: Store.fileMode(team.access))
    }

    /// Finds a youth by id, unique initials, or unique name prefix (case-insensitive).
    public func resolveYouth(_ query: String, among youths: [Youth]) throws(TavleError) -> Youth {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty, !q.contains("/"), !q.contains("\0") else { throw .invalidID(query) }
        if let y = youths.first(where: { $0.id == q }) { return y }
        let lower = q.lowercased()
        let labels = Board.distinctInitials(youths)
        let byLabel = youths.filter { labels[$0.id]?.lowercased() == lower }
        if byLabel.count == 1 { return byLabel[0] }
        let byInitials = youths.filter { $0.initials.lowercased() == lower }
        if byInitials.count == 1 { return byInitials[0] }
        if byInitials.count > 1 { throw .ambiguous(query, byInitials.map { "\($0.id) (\(labels[$0.id] ?? $0.initials))" }) }
        let byName = youths.filter { $0.name.lowercased().hasPrefix(lower) }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 { throw .ambiguous(query, byName.map { "\($0.id) (\($0.name))" }) }
        throw .youthNotFound(query)
    }
}
