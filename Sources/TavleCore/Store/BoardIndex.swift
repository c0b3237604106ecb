import Foundation
#if canImport(Glibc)
import Glibc
#endif

// `index.json` (format: IndexCodec): every youth's board summary (the record without its notes
// and contacts), and how far into the journal it is up to date. Loading the board reads the
// index, then only the journal written since and the files it names, so start-up never reads the
// whole journal or every note. A missing or unreadable index is rebuilt from the youth files.
// Each summary carries its file's stamp (inode, size, change time): one `lstat` per youth tells
// whether a file was changed outside tavle (damaged, restored, chmod'ed), and then it is read
// again, so its problem is named rather than hidden behind the old summary.

/// The loaded board data: the team, every youth's summary, and what could not be loaded.
public struct BoardData: Sendable {
    public var team: Team
    public var youths: [Youth]
    public var problems: [LoadProblem]
    /// Journal size when loaded: a running board reloads when it grows.
    public var journalOffset: Int64
    /// The youth files' stamps when their summaries were taken (what a rebuilt index records).
    /// Left empty when the board came whole from a current index that needs no rebuild.
    var stamps: [String: FileStamp] = [:]
    /// Youths the index knew whose files are gone: kept in a rebuilt index (stamp
    /// `FileStamp.missing`), so `list` goes on naming them until the file is back or purged.
    var missing: [Youth] = []
    /// Youths were taken from the index without their open decisions (`loadBoard(openDecisions:
    /// false)`): such summaries are never written back into an index.
    var withoutDecisions = false
    /// How many journal entries were written since the index (0 when there was none to read).
    var journalTail = 0
    /// The open decisions' days of every youth, by id (for a summary taken from the index, its
    /// field for them): what the `J` flag needs when the decisions themselves were not read
    /// (`Documentation.late`).
    public var openDecisionDays: [String: [Day]] = [:]
}

extension Store {
    /// Entries newer than this many are folded into a fresh index by the next writer of it.
    static let indexRefreshThreshold = 64

    /// A youth as the index keeps it: what the board row and the review rules need, without
    /// contacts, closed board periods, conflict bookkeeping or any note but the decisions not yet
    /// marked as written into the patient record (the board flags the late ones from its first
    /// frame, reading no youth's file in full; the detail view and every write read the file
    /// itself). Summaries are never written back to a youth's file.
    static func summary(_ y: Youth, today: Day) -> Youth {
        var s = y
        s.notes = y.shownNotes.filter { $0.kind == .decision && $0.documented == nil }
        s.contacts = []
        s.fieldVersions = [:]
        s.fieldAuthors = [:]
        if let last = y.boardPeriods.last { s.boardPeriods = last.end == nil ? [last] : [] }
        if let last = y.reviews.max(by: { $0.day < $1.day }) { s.reviews = [Review(day: last.day, by: last.by)] }
        s.plans = y.plans.filter { $0.day >= today }
        // The family and network are third parties: never in the index (the detail view reads the file).
        s.network = []
        return s
    }

    /// Loads the board quickly. With `maintainIndex`, a stale or missing index is rebuilt under
    /// the lock (skipped if a writer holds it); the shared screen passes false and never writes.
    /// `openDecisions` false leaves the summaries taken from the index without their open
    /// decisions (`notes`), for the listings, which print none (issue 29); youths read from their
    /// files still have them.
    public func loadBoard(today: Day, maintainIndex: Bool = true, openDecisions: Bool = true) throws(TavleError) -> BoardData {
        // No index yet, and this process may write one: the lock is tried first (never waited
        // for), so every youth file is read once, under it, rather than in a pass without the lock
        // and a second one under it that lists and stats every file again (issue 29).
        if maintainIndex, FileIO.status(indexPath) == nil, access(root, W_OK) == 0, stoppedWriting == nil,
           let team = try? loadTeam(),
           let lock = try? DirectoryLock(path: lockPath, mode: Store.fileMode(team.access), timeout: 0) {
            defer { lock.release() }
            try? recover()
            let data = try loadBoardFromIndex(today: today).data
            writeIndex(data, mode: Store.fileMode(team.access))
            return data
        }
        let first = try loadBoardFromIndex(today: today, decisions: openDecisions)
        // An import stopped after its commit point, or a write stopped before its file was put in
        // place, is finished here, so no reader that can write shows it half done (the shared
        // screen, which never writes, waits for the next writer). A stopped write's entry is in
        // the journal since the index (an index is written only after recovering), so `tmp/` is
        // looked at only then: an unchanged board reads nothing more.
        let pending = hasPendingTransaction || (first.data.journalTail > 0 && hasUnfinishedWrite)
        guard maintainIndex, first.stale || pending, access(root, W_OK) == 0, stoppedWriting == nil else { return first.data }
        let team = first.data.team
        // Rebuild only while no writer can be half-way through a change, else the index could
        // record an old file as up to date. Readers never wait for the lock.
        guard let lock = try? DirectoryLock(path: lockPath, mode: Store.fileMode(team.access), timeout: 0) else {
            return first.data
        }
        defer { lock.release() }
        try? recover()
        // The first pass stands in for the index: only what changed since it is read again (a
        // directory without an index is read once, not twice).
        // Summaries without their decisions are read again in full rather than written back.
        let second = pending || first.data.withoutDecisions ? try loadBoardFromIndex(today: today)
            : try loadBoardFromIndex(today: today, base: first.data)
        writeIndex(second.data, mode: Store.fileMode(team.access))
        return second.data
    }

    /// Writes the index (and `index.names`) of a board loaded under the lock.
    private func writeIndex(_ data: BoardData, mode: mode_t) {
        var stamps = data.stamps
        for y in data.missing { stamps[y.id] = .missing }
        let bytes = IndexCodec.encodeFile(journalOffset: data.journalOffset, youths: data.youths + data.missing, stamps: stamps)
        if (try? FileIO.writeAtomically(bytes, to: indexPath, tempPath: tmpDir + "/index.\(getpid()).new", mode: mode)) != nil {
            writeIndexNames(journalOffset: data.journalOffset, youths: data.youths + data.missing, mode: mode)
        }
    }

    /// Reads the index (or takes `base`, a board loaded moments ago, in its place), the journal
    /// written since it, and the files that journal names or whose stamp differs from the index's.
    func loadBoardFromIndex(today: Day, base: BoardData? = nil, decisions: Bool = true) throws(TavleError) -> (data: BoardData, stale: Bool) {
        let team = try loadTeam()
        let journalSize = journal.size()
        // The youths' directory listed and each file stat'ed (one `lstat` per youth, so a file
        // changed outside tavle is noticed) on another core while the index is read and decoded
        // (issue 29: both were a third of a listing at 10,000 youths, one after the other).
        let onDiskNow = DiskListing()
        let group = DispatchGroup()
        let counter = FileIO.readCounter   // task-locals do not reach the worker thread by themselves
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            FileIO.$readCounter.withValue(counter) { onDiskNow.result = listWithStamps() }
        }
        var problems: [LoadProblem] = []
        // Each summary is held once, in `pool` (the index's order), and found by id through `slot`:
        // copying 10,000 summaries into a dictionary and out again was a tenth of a listing (issue 29).
        var pool: [Youth] = []
        var slot: [String: Int] = [:]
        // The open decisions' days, beside `pool`: the index's, or those of a summary read from its file.
        var poolDays: [[Day]] = []
        func put(_ y: Youth) {
            let days = Documentation.openDecisionDays(y)
            if let k = slot[y.id] { pool[k] = y; poolDays[k] = days } else { slot[y.id] = pool.count; pool.append(y); poolDays.append(days) }
        }
        var indexed: [String: FileStamp] = [:]
        // The decoded index's stamps beside `pool`, until `slot` and `indexed` are needed.
        var indexStamps: [FileStamp?]?
        var haveIndex = false
        var reread: Set<String> = [], purged: Set<String> = []
        var tailCount = 0
        var withoutDecisions = false
        if let base, base.journalOffset <= journalSize {
            haveIndex = true
            pool = base.youths
            poolDays = pool.map { base.openDecisionDays[$0.id] ?? Documentation.openDecisionDays($0) }
            slot.reserveCapacity(pool.count + base.missing.count)
            for k in pool.indices { slot[pool[k].id] = k }
            indexed = base.stamps
            for y in base.missing { put(y); indexed[y.id] = .missing }
            tailCount = try tailIDs(from: base.journalOffset, reread: &reread, purged: &purged)
        } else if let bytes = try? (decisions ? FileIO.read(indexPath, limit: 512 * 1024 * 1024)
                                               : FileIO.readFirstPart(indexPath, limit: 512 * 1024 * 1024, length: IndexCodec.firstPartLength)),
           var index = IndexCodec.decodeFile(bytes, decisions: decisions), index.journalOffset <= journalSize {
            haveIndex = true
            withoutDecisions = !decisions
            swap(&pool, &index.youths)
            poolDays = index.days
            indexStamps = index.stamps
            tailCount = try tailIDs(from: index.journalOffset, reread: &reread, purged: &purged)
        }
        group.wait()
        var listing = try onDiskNow.result!.get()
        if let indexStamps {
            // The usual case: the files on disk are the index's youths, in its order, and none was
            // purged since. Each summary is taken, or read again from its file when the journal
            // names it since the index or its stamp changed, in its place: nothing is looked up by
            // id (the dictionaries below were a tenth of the board's first frame, issue 29).
            if purged.isEmpty, listing.ids.count == pool.count, pool.indices.allSatisfy({ listing.ids[$0] == pool[$0].id }) {
                var changedBehind = 0
                let again = pool.indices.filter { k in
                    if !reread.isEmpty && reread.contains(pool[k].id) { return true }
                    if let stamp = listing.stamps[k], stamp == indexStamps[k] { return false }
                    changedBehind += 1
                    return true
                }
                let youthsFD = again.isEmpty ? nil : try? FileIO.openDirectory(youthsDir)
                defer { if let youthsFD { close(youthsFD) } }
                let read = again.isEmpty ? [] : summaries(again.map { pool[$0].id }, today: today, in: youthsFD)
                problems += listing.problems
                // A file that cannot be read is named, and its youth left off the board.
                var failed: Set<Int> = []
                for (k, result) in zip(again, read) {
                    switch result {
                    case .success(let y): pool[k] = y; poolDays[k] = Documentation.openDecisionDays(y)
                    case .failure(let error):
                        failed.insert(k)
                        problems.append(LoadProblem(path: youthPath(pool[k].id), error: error))
                    }
                }
                let kept = failed.isEmpty ? Array(pool.indices) : pool.indices.filter { !failed.contains($0) }
                let stale = tailCount > Store.indexRefreshThreshold || changedBehind > 0
                var data = BoardData(team: team, youths: failed.isEmpty ? pool : kept.map { pool[$0] }, problems: problems,
                                     journalOffset: journalSize)
                // The stamps are for the index written next: only when this one is stale.
                if stale {
                    data.stamps.reserveCapacity(pool.count)
                    for k in kept { if let stamp = listing.stamps[k] { data.stamps[pool[k].id] = stamp } }
                }
                data.withoutDecisions = withoutDecisions
                data.journalTail = tailCount
                data.openDecisionDays = Dictionary(uniqueKeysWithValues: kept.map { (pool[$0].id, poolDays[$0]) })
                return (data, stale)
            }
            slot.reserveCapacity(pool.count)
            indexed.reserveCapacity(pool.count)
            for k in pool.indices {
                slot[pool[k].id] = k
                indexed[pool[k].id] = indexStamps[k]
            }
        }
        var onDisk = Set(listing.ids)
        if slot.keys.contains(where: { !onDisk.contains($0) }) {
            // A youth the index knows is not in the listing taken beside it: listed again, after
            // the index as before, so a youth created in between is never called missing.
            listing = try listWithStamps().get()
            onDisk = Set(listing.ids)
        }
        problems += listing.problems
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(listing.ids.count)
        var unindexed = 0, changedBehind = 0
        var toRead: [(id: String, stamp: FileStamp?, unindexed: Bool)] = []
        for (id, stamp) in zip(listing.ids, listing.stamps) {
            let inIndex = slot[id] != nil && !reread.contains(id)
            if inIndex, let stamp, indexed[id] == stamp {
                stamps[id] = stamp
                continue
            }
            if inIndex { changedBehind += 1 }
            toRead.append((id, stamp, slot[id] == nil && !reread.contains(id)))
        }
        var loaded: [Result<Youth, TavleError>] = []
        if !toRead.isEmpty {
            // The youths' directory opened once (no symlink followed), each file read in it.
            let youthsFD = try? FileIO.openDirectory(youthsDir)
            defer { if let youthsFD { close(youthsFD) } }
            loaded = summaries(toRead.map(\.id), today: today, in: youthsFD)
        }
        for (item, result) in zip(toRead, loaded) {
            switch result {
            case .success(let summary):
                put(summary)
                stamps[item.id] = item.stamp
                if item.unindexed { unindexed += 1 }
            case .failure(let error):
                slot[item.id] = nil
                problems.append(LoadProblem(path: youthPath(item.id), error: error))
            }
        }
        var missing: [Youth] = []
        for id in slot.keys.filter({ !onDisk.contains($0) }).sorted() {
            // Known (to the index the journal built) but its file is gone: said, never silently
            // dropped, and kept for the next index (unless purged since).
            if !purged.contains(id), let k = slot[id] { missing.append(pool[k]) }
            slot[id] = nil
            problems.append(LoadProblem(path: youthPath(id), error: .badFile(path: youthPath(id), problem: LocalizedMessage(.listMissingFile, [id]))))
        }
        // In id order: what is left in `slot` is on disk, and `listing.ids` is sorted and unique.
        // Most often that is the index's own order, and the pool is taken whole, not copied.
        let order = listing.ids.compactMap { slot[$0] }
        let youths = order.count == pool.count && order.indices.allSatisfy({ order[$0] == $0 }) ? pool : order.map { pool[$0] }
        let stale = !haveIndex || tailCount > Store.indexRefreshThreshold || unindexed > 0 || changedBehind > 0
        var data = BoardData(team: team, youths: youths, problems: problems, journalOffset: journalSize)
        data.stamps = stamps
        data.missing = missing
        data.withoutDecisions = withoutDecisions
        data.journalTail = tailCount
        data.openDecisionDays.reserveCapacity(pool.count)
        for k in order { data.openDecisionDays[pool[k].id] = poolDays[k] }
        return (data, stale)
    }

    /// The youths' ids on disk (sorted), what could not be listed, and each file's stamp (nil
    /// when it could not be stat'ed): the youths' directory opened once (no symlink followed, as
    /// for every path), each file stat'ed in it.
    func listWithStamps() -> Result<(ids: [String], problems: [LoadProblem], stamps: [FileStamp?]), TavleError> {
        do throws(TavleError) {
            let listing = try youthIDs()
            let youthsFD = try? FileIO.openDirectory(youthsDir)
            defer { if let youthsFD { close(youthsFD) } }
            let stamps = listing.ids.map { id in
                (youthsFD.map { FileIO.status(in: $0, name: id + ".json") } ?? FileIO.status(youthPath(id))).map(FileStamp.init)
            }
            return .success((listing.ids, listing.problems, stamps))
        } catch { return .failure(error) }
    }

    /// The youths the journal names from `offset` on (and those purged), streamed: an index far
    /// behind a large journal (a restore) must not hold the journal's entries (issue 29). Returns
    /// how many entries were read.
    func tailIDs(from offset: Int64, reread: inout Set<String>, purged: inout Set<String>) throws(TavleError) -> Int {
        var count = 0
        let decoder = JSONDecoder()
        try journal.forEachLine(from: offset) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            count += 1
            guard let touched = Store.youthTouched(by: line, decoder: decoder) else { return }
            reread.insert(touched.id)
            if touched.purged { purged.insert(touched.id) }
        }
        return count
    }

    /// The youth one journal line changed, and whether it was purged, from the line's top-level
    /// fields (`JournalOffsets.targetAndID`); decoded in full only when those cannot tell. Nil for
    /// a line about another record or one that cannot be read. A purge is believed only from a
    /// line that decodes in full. Decoding every line since the index in full was up to 4 ms of a
    /// command by label, at 100 youths as at 10,000 (issue 29).
    static func youthTouched(by line: ArraySlice<UInt8>, decoder: JSONDecoder) -> (id: String, purged: Bool)? {
        if let t = JournalOffsets.targetAndID(line), let action = t.action, action != "purge" {
            return t.target == "youth" ? (String(t.id), false) : nil
        }
        guard case .success(let e) = Journal.decode(line, decoder: decoder), e.target == "youth" else { return nil }
        return (e.id, e.action == "purge")
    }

    /// The board summaries of `ids`, in order. Many files (a directory without an index) are read
    /// on every core: parsing JSON is what a first open of 10,000 youths spends its time on.
    func summaries(_ ids: [String], today: Day, in youthsFD: Int32? = nil) -> [Result<Youth, TavleError>] {
        @Sendable func one(_ id: String) -> Result<Youth, TavleError> {
            do throws(TavleError) { return .success(Store.summary(try loadYouth(id, in: youthsFD), today: today)) } catch {
                return .failure(error)
            }
        }
        return Parallel.map(ids.count) { one(ids[$0]) }
    }

    /// Every youth's id, name and initials, for resolving what a user typed: from the index's
    /// first fields and the files the journal names since it, without the rest of the board, so
    /// a command by initials costs little more at 10,000 youths than at 100. Nil when there is no
    /// current index or it is far behind; the caller loads the board then (which refreshes it).
    ///
    /// With `near`, only the youths `near` could name by id, label or initials (`IndexNames.near`;
    /// a few more, never fewer), for `resolveYouthExactly`: a label needs only its namesakes, and
    /// reading all 10,000 names was most of what a note by label spent beyond one by id.
    public func youthNames(near query: String? = nil) throws(TavleError) -> [YouthName]? {
        let keep = query.flatMap(IndexNames.near)
        guard let index = indexedNames(keep: keep), index.journalOffset <= journal.size() else { return nil }
        // Far behind (more than a few entries): the caller loads the board, which refreshes the
        // index. Lines past the threshold are counted, never decoded or held (issue 29).
        var count = 0
        var changed: Set<String> = []
        let decoder = JSONDecoder()
        try journal.forEachLine(from: index.journalOffset) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            count += 1
            guard count <= Store.indexRefreshThreshold else { return }
            if let touched = Store.youthTouched(by: line, decoder: decoder) { changed.insert(touched.id) }
        }
        guard count <= Store.indexRefreshThreshold else { return nil }
        if changed.isEmpty { return index.names }
        // Created, renamed, discharged or purged since the index: the file says what is true now.
        var now: [String: YouthName] = [:]
        for id in changed { if let y = try? loadYouth(id) { now[id] = YouthName(y) } }
        // The index's names with the changed ones replaced, and those new since it after them: a
        // set of every id in the index, to find the new ones, was a sixth of a note by label at
        // 10,000 youths (issue 29); only the changed ids are looked for.
        var names: [YouthName] = []
        names.reserveCapacity(index.names.count + now.count)
        var indexed: Set<String> = []
        for n in index.names {
            guard changed.contains(n.id) else { names.append(n); continue }
            indexed.insert(n.id)
            if let y = now[n.id] { names.append(y) }
        }
        names += now.values.filter { !indexed.contains($0.id) }.sorted { $0.id < $1.id }
        return names
    }

    /// Every youth's name, for the labels a command prints or resolves by: the index's
    /// (`youthNames`), or, with no current index, the board's youths (loading it refreshes the index).
    public func allYouthNames(today: Day) throws(TavleError) -> [YouthName] {
        if let names = try youthNames() { return names }
        return try loadBoard(today: today, openDecisions: false).youths.map(YouthName.init)
    }
}

/// What the worker thread of `loadBoardFromIndex` found, read once it is done.
private final class DiskListing: @unchecked Sendable {
    var result: Result<(ids: [String], problems: [LoadProblem], stamps: [FileStamp?]), TavleError>?
}

extension BoardData {
    /// Only the youths of one municipality (`--municipality`, the board's `M`): the typed name is
    /// read by `Team.municipalityFilter` (a usage error listing the team's); nil keeps everyone.
    public func narrowed(to municipality: String?) throws(TavleError) -> BoardData {
        guard let municipality else { return self }
        let m = try team.municipalityFilter(municipality)
        var out = self
        out.youths = youths.filter { $0.municipality == m }
        return out
    }
}
