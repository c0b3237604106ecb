import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Several records written as one change (the spreadsheet import): either every record and its
// journal entry is in, or none is, whatever stops the writer (kill -9, a dropped SSH session,
// a full disk). The commit point is one rename: `tmp/transaction.commit`, a manifest holding the
// journal's size before the transaction, each temp file and where it goes, and the journal lines
// to append. Before that rename the temp files are only leftovers, removed by the next writer;
// after it, the next writer (or reader that can take the lock) finishes the transaction: it cuts
// the journal back to the recorded size, appends the lines again, renames what is left and
// removes the manifest. Every step of finishing can be repeated, so a kill while finishing is
// finished by the next one.

/// The manifest's first line.
struct TransactionManifest: Codable {
    static let schemaVersion = 1
    var schema = TransactionManifest.schemaVersion
    var kind = "tavle-transaction"
    /// The journal's size before the transaction's lines.
    var journalOffset: Int64
    /// Temp file names in `tmp/` and the paths (relative to the data directory) they become.
    var files: [[String]]
}

extension Store {
    /// The committed transaction's manifest; present only between the commit point and the end.
    var transactionPath: String { tmpDir + "/transaction.commit" }

    /// Whether a transaction was committed but not finished (a reader can then finish it).
    public var hasPendingTransaction: Bool { FileIO.status(transactionPath) != nil }

    /// Whether a writer stopped half-way left something `recover` finishes: a committed import,
    /// a purge, or a record's temp file (which may be a change the journal already holds).
    var hasUnfinishedWrite: Bool {
        hasPendingTransaction || FileIO.status(purgePendingPath) != nil
            || ((try? FileIO.list(tmpDir)) ?? []).contains { $0.hasSuffix(".tmp") }
    }

    /// Creates several youths as one transaction: every one is in, files and journal, or none.
    /// Each is journaled as its own `create` entry, as `createYouth` does.
    public func createYouths(_ drafts: [Youth], actor: Actor) throws(TavleError) -> [Youth] {
        guard !drafts.isEmpty else { return [] }
        return try withLock { () throws(TavleError) -> [Youth] in
            let team = try loadTeam()
            let mode = Store.fileMode(team.access)
            var taken: Set<String> = []
            var records: [Youth] = []
            var lines: [UInt8] = []
            var files: [[String]] = []
            var temps: [String] = []
            var ok = false
            defer { if !ok { for t in temps { FileIO.unlink(t) } } }
            let now = Clock.now(zone: TimeZone(identifier: "Europe/Oslo")!, environment: environment)
            let changeID = Store.newChangeID()
            var drafted: [Youth] = []
            for draft in drafts {
                var id = draft.id
                if id.isEmpty || taken.contains(id) || FileIO.status(youthPath(id)) != nil {
                    repeat { id = Identifier.random() } while taken.contains(id) || FileIO.status(youthPath(id)) != nil
                }
                guard Identifier.isValidYouthID(id) else { throw .invalidID(id) }
                taken.insert(id)
                var y = draft
                y.id = id
                y.labelNumber = nil
                drafted.append(y)
            }
            // Stable labels: every youth still followed up who shares initials gets a number, the
            // sheet's rows in order after those already here; a namesake already on file that gets
            // its first number is written in the same transaction (journaled as `label`).
            var names = try currentNames()
            var numbers: [String: Int] = [:]
            for y in drafted {
                names.append(YouthName(y))
                let assigned = Labels.numbersToAssign(names.filter { $0.initials == y.initials }, last: y.id)
                for (id, n) in assigned {
                    numbers[id] = n
                    if let i = names.firstIndex(where: { $0.id == id }) {
                        let o = names[i]
                        names[i] = YouthName(id: o.id, name: o.name, initials: o.initials, number: n, discharged: o.discharged,
                                             born: o.born, mode: o.mode)
                    }
                }
            }
            var relabelled: [(old: Youth, new: Youth)] = []
            for (id, n) in numbers.sorted(by: { $0.key < $1.key }) where !taken.contains(id) {
                let current = try loadYouth(id)
                var next = current
                next.labelNumber = n
                relabelled.append((current, next))
            }
            func stage(old: Youth?, new y: Youth, action: String) throws(TavleError) {
                guard let (record, changes) = try prepareYouth(old: old, new: y, basedOn: nil, actor: actor) else { return }
                let bytes = try checkedBytes(record, path: youthPath(y.id))
                let name = "youth.\(y.id).\(record.version).\(getpid()).tmp"
                temps.append(tmpDir + "/" + name)
                try FileIO.writeNew(bytes, to: tmpDir + "/" + name, mode: mode)
                files.append([name, "youths/\(y.id).json"])
                lines += try Journal.line(JournalEntry(at: now, staff: actor.staff, user: actor.unixUser, target: "youth", id: y.id,
                                                       version: record.version, action: action, changes: changes, change: changeID))
                if old == nil { records.append(record) }
            }
            for r in relabelled { try stage(old: r.old, new: r.new, action: JournalAction.label) }
            for var y in drafted {
                y.labelNumber = numbers[y.id]
                try stage(old: nil, new: y, action: JournalAction.create)
            }
            // The lines are sealed now, after the journal's head (`Chain`), so the manifest holds the
            // exact bytes to append and finishing can tell whether they are there.
            lines = Chain.seal(lines: lines, after: Chain.head(of: journal.path)).bytes
            // The commit point: the manifest renamed into place.
            let manifest = TransactionManifest(journalOffset: journal.size(), files: files)
            var text = try Coding.encodeCompact(manifest)
            text.append(0x0A)
            let pending = tmpDir + "/transaction.\(getpid()).new"
            temps.append(pending)
            try FileIO.writeNew(text + lines, to: pending, mode: mode)
            do throws(TavleError) { try FileIO.commit(tempPath: pending, to: transactionPath) } catch {
                if case .io = error { throw error }          // not renamed: nothing happened
                throw unfinished(error)                      // renamed, not durable: finish it later
            }
            ok = true
            do throws(TavleError) {
                try journal.appendLines(lines, mode: mode)
            } catch {
                // Undo before anyone sees it: the journal is cut back by appendLines; the
                // manifest goes, and with it the promise to finish (the temps are leftovers).
                if FileIO.unlink(transactionPath) == 0, (try? FileIO.fsyncDirectory(of: transactionPath)) != nil {
                    for t in temps { FileIO.unlink(t) }
                    throw error
                }
                throw unfinished(error)
            }
            do throws(TavleError) { try finishTransaction() } catch { throw unfinished(error) }
            return records
        }
    }

    /// A failure after the commit point: the change will be completed by the next writer, so
    /// nothing may say "unchanged"; this store writes nothing more.
    private func unfinished(_ error: TavleError) -> TavleError {
        let e: Int32 = if case .io(_, _, let n) = error { n } else if case .notDurable(_, let n) = error { n } else { EIO }
        let told = TavleError.unfinished(path: transactionPath, errno: e)
        stop(told)
        return told
    }

    /// The bytes a record is written as, or the refusal when tavle could not read it back.
    func checkedBytes<T: Encodable>(_ record: T, path: String) throws(TavleError) -> [UInt8] {
        if let checked = record as? RangeChecked, let problem = checked.rangeProblem {
            throw .refused(LocalizedMessage(.refuseOutOfRange, [path, LocalizedMessage.nested(problem)]))
        }
        let bytes = try Coding.encodeFile(record)
        if bytes.count > FileIO.maxFileSize {
            throw .refused(LocalizedMessage(.refuseFileTooLarge, [path, String(bytes.count), String(FileIO.maxFileSize)]))
        }
        return bytes
    }

    /// Finishes a committed transaction (called under the lock, by `recover` and by the writer
    /// itself): the journal cut back to where it was and the lines appended again, every temp
    /// still there renamed into place, then the manifest removed. Repeatable at every step.
    func finishTransaction() throws(TavleError) {
        guard FileIO.status(transactionPath) != nil else { return }
        let bytes = try FileIO.read(transactionPath, limit: 1 << 31)
        guard let nl = bytes.firstIndex(of: 0x0A),
              let manifest = try? JSONDecoder().decode(TransactionManifest.self, from: Data(bytes[..<nl])),
              manifest.kind == "tavle-transaction", manifest.schema <= TransactionManifest.schemaVersion,
              manifest.files.allSatisfy({ $0.count == 2 && Store.isSafeRelative($0[0]) && Store.isSafeRelative($0[1]) })
        else { throw .badFile(path: transactionPath, problem: LocalizedMessage(.fileNotTransaction)) }
        let lines = Array(bytes[(nl + 1)...])
        let mode = Store.fileMode((try? loadTeam().access) ?? .private)
        let size = journal.size()
        guard size >= manifest.journalOffset else {
            throw .badFile(path: journal.path, problem: LocalizedMessage(.fileJournalShorter, [transactionPath]))
        }
        // Already appended in full (the common case when finishing right after the commit)?
        if size != manifest.journalOffset + Int64(lines.count) || !journalEnds(with: lines, at: manifest.journalOffset) {
            try journal.cut(to: manifest.journalOffset)
            try journal.appendLines(lines, mode: mode)
        }
        for f in manifest.files {
            let temp = tmpDir + "/" + f[0], target = root + "/" + f[1]
            if FileIO.status(temp) != nil {
                try FileIO.commit(tempPath: temp, to: target)
            } else if FileIO.status(target) == nil {
                throw .badFile(path: transactionPath, problem: LocalizedMessage(.fileBothMissing, [f[0], f[1]]))
            }
        }
        guard FileIO.unlink(transactionPath) == 0 else { throw .io(path: transactionPath, operation: "unlink", errno: errno) }
        try FileIO.fsyncDirectory(of: transactionPath)
        FileIO.unlink(indexPath)   // a cache: rebuilt with every new youth by the next reader
    }

    /// Whether the journal holds exactly `lines` from `offset` on.
    private func journalEnds(with lines: [UInt8], at offset: Int64) -> Bool {
        guard let fd = try? FileIO.open(journal.path, O_RDONLY) else { return false }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: lines.count)
        var done = 0
        while done < buf.count {
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset) + off_t(done)) }
            if n <= 0 { return false }
            done += n
        }
        return buf == lines
    }

    /// A path inside the data directory with no way out (no `..`, not absolute, no NUL).
    static func isSafeRelative(_ p: String) -> Bool {
        let parts = p.split(separator: "/", omittingEmptySubsequences: false)
        return !p.hasPrefix("/") && (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }
    }
}

extension Journal {
    /// Cuts the journal back to `size` bytes and fsyncs (a transaction being finished again).
    func cut(to size: Int64) throws(TavleError) {
        let fd = try FileIO.open(path, O_RDWR)
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0, fsync(fd) == 0 else { throw .io(path: path, operation: "truncate", errno: errno) }
    }
}
