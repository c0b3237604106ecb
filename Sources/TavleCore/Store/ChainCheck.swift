import Foundation

/// The heads of the two chains: the seals of the journal's and the access log's last lines.
/// Kept outside the data directory (every backup holds them, `tavle check --json` prints them),
/// they show lines cut off the end too.
public struct ChainHeads: Sendable, Codable, Equatable {
    public var journal: String
    public var access: String
    public init(journal: String, access: String) { self.journal = journal; self.access = access }
}

extension Store {
    public func chainHeads() -> ChainHeads {
        ChainHeads(journal: Chain.head(of: journal.path), access: Chain.head(of: accessLogPath))
    }

    /// What `check` says of the two chains: the first break in each, named by file and line, and
    /// lines from before the chain ("run `tavle migrate`", never "tampered"). Streams both files.
    func chainFindings() -> [LocalizedMessage] {
        var out: [LocalizedMessage] = []
        for path in [journal.path, accessLogPath] {
            // An unreadable file is named by the rest of the check.
            guard let r = try? Chain.verify(path) else { continue }
            if r.notSealed > 0 { out.append(LocalizedMessage(.checkChainNotSealed, [path, String(r.notSealed)])) }
            if let b = r.firstBreak {
                out.append(LocalizedMessage(b.kind == .broken ? .checkChainBroken : .checkChainUnsealed, [path, String(b.line)]))
                if r.moreBreaks > 0 { out.append(LocalizedMessage(.checkChainMore, [path, String(r.moreBreaks), String(b.line)])) }
            }
        }
        return out
    }

    /// The journal entry a rewrite of the journal ends with: the head before and after.
    static func sealEntry(before: String, after: String, at now: Timestamp, actor: Actor) -> JournalEntry {
        JournalEntry(at: now, staff: actor.staff, user: actor.unixUser, target: "journal", id: "chain", version: 1,
                     action: Chain.sealAction, changes: [FieldChange(field: "head", op: .set, old: .string(before), new: .string(after))])
    }

    /// Whether either log holds lines from before the chain (`tavle migrate` seals them).
    public func logsNeedSealing() -> Bool {
        ((try? Chain.verify(journal.path).notSealed) ?? 0) > 0 || ((try? Chain.verify(accessLogPath).notSealed) ?? 0) > 0
    }

    /// Seals the journal and the access log written before the chain (by `migrate`, under the
    /// lock): each is rewritten sealed from its first line, content unchanged, and ends with a
    /// `seal` entry. A log whose sealed part is broken is refused, never resealed.
    func sealLogs(actor: Actor, at now: Timestamp, mode: mode_t) throws(TavleError) {
        if try Chain.verify(journal.path).notSealed > 0 {
            let temp = tmpDir + "/journal.\(getpid()).seal"
            do throws(TavleError) {
                try rewriteJournal(to: temp, tombs: PurgeTombstones(ids: [:]), at: now, mode: mode, actor: actor) { () throws(TavleError) -> [UInt8] in [] }
            } catch { FileIO.unlink(temp); throw error }
            try FileIO.commit(tempPath: temp, to: journal.path)
        }
        try rewriteAccessLog(mode: mode, needles: []) { _ in false }
    }
}
