import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The opaque ids a purge gives the youths it removes. After a purge neither the name nor the
/// old id is stored anywhere in the data directory: the journal, the meetings and the access log
/// name the youth by its tombstone id (`slettet-` and twelve random characters), which says
/// nothing about who it was. Between the start of a purge and its end the map from old to new
/// ids is kept in `tmp/purge.pending` (under the lock), so a purge stopped half-way is finished by
/// the next writer; it is removed when the purge is done.
public struct PurgeTombstones: Sendable, Codable, Equatable {
    public static let schemaVersion = 1
    public static let prefix = "slettet-"
    public var schema = PurgeTombstones.schemaVersion
    /// Old id → tombstone id.
    public var ids: [String: String]

    public init(ids: [String: String]) { self.ids = ids }

    /// New tombstone ids for `ids`, none of them one already used (`taken`).
    public static func make(for ids: [String], taken: (String) -> Bool) -> PurgeTombstones {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var rng = SystemRandomNumberGenerator()
        var out: [String: String] = [:]
        for id in ids {
            var t: String
            repeat {
                t = prefix + String((0..<12).map { _ in alphabet[Int(rng.next(upperBound: UInt64(alphabet.count)))] })
            } while taken(t) || out.values.contains(t)
            out[id] = t
        }
        return PurgeTombstones(ids: out)
    }

    /// The tombstone of `id`, or `id` when it was not purged.
    public func map(_ id: String) -> String { ids[id] ?? id }
    public var purged: Set<String> { Set(ids.keys) }
}

extension Store {
    var purgePendingPath: String { tmpDir + "/purge.pending" }

    func writePurgePending(_ t: PurgeTombstones, mode: mode_t) throws(TavleError) {
        FileIO.unlink(purgePendingPath)
        try FileIO.writeNew(try Coding.encodeCompact(t), to: purgePendingPath, mode: mode)
        try FileIO.fsyncDirectory(of: purgePendingPath)
    }

    func readPurgePending() -> PurgeTombstones? {
        guard let bytes = try? FileIO.read(purgePendingPath, limit: 1 << 20) else { return nil }
        return try? JSONDecoder().decode(PurgeTombstones.self, from: Data(bytes))
    }

    /// `access.jsonl` with the purged youths named by their tombstones (`rewriteAccessLog`).
    func rewriteAccessLog(_ t: PurgeTombstones, mode: mode_t) throws(TavleError) {
        try rewriteAccessLog(mode: mode, needles: t.purged.map { Array("\"youth\":\"\($0)\"".utf8) }) { e in
            guard let y = e.youth, t.ids[y] != nil else { return false }
            e.youth = t.map(y)
            return true
        }
    }
}
