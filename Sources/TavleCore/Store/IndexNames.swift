import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `index.names`: every youth's id, name, initials, label number, phase, birth day and mode, one
/// youth a line, derived from `index.json` when it is written (issue 29). A command by label or
/// initials needs only these; the index is 18 MB at 10,000 youths (most of it open decisions), this
/// about 0.4 MB, so a note by label costs nearly what it does at 100 youths.
///
/// A cache like the index: private (the index's mode), left out of backups, removed with the index
/// (purge, migrate), and never trusted blindly: its header carries the index's inode, size and
/// change time and the index's journal offset, and it is used only while `index.json` is still that
/// very file. Otherwise the names are read from the index itself (and this file written anew the
/// next time the index is).
enum IndexNames {
    static let magic = "tavle-index-names"
    static let version = 1
    /// Each mode and its name's bytes, as a line holds it.
    static let modes = Mode.allCases.map { (mode: $0, bytes: Array($0.rawValue.utf8)) }

    /// The file's bytes for the index just written (`stamp` is that file's).
    static func encoded(journalOffset: Int64, stamp: FileStamp, names: [YouthName]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + names.count * 48)
        out += "\(magic)\t\(version)\t\(journalOffset)\t\(stamp.inode)\t\(stamp.size)\t\(stamp.changedSeconds)\t\(stamp.changedNanoseconds)\n".utf8
        for n in names {
            // Escaped as in the index (a tab or newline in a name or initials stays in its field).
            out += IndexCodec.esc(n.id).utf8; out.append(0x09)
            out += IndexCodec.esc(n.name).utf8; out.append(0x09)
            out += IndexCodec.esc(n.initials).utf8; out.append(0x09)
            if let number = n.number { out += String(number).utf8 }
            out.append(0x09)
            out.append(n.discharged ? UInt8(ascii: "d") : UInt8(ascii: "a")); out.append(0x09)
            if let born = n.born { out += born.iso.utf8 }
            out.append(0x09)
            out += n.mode.rawValue.utf8
            out.append(0x0A)
        }
        return out
    }

    /// Which lines to read, judged on a line's id and initials as the file holds them (escaped).
    typealias LineFilter = (_ id: ArraySlice<UInt8>, _ initials: ArraySlice<UInt8>) -> Bool

    /// The lines of the youths `query` could name by id, label or initials
    /// (`Store.resolveYouthExactly`): its id, or initials that start it, without case. ASCII
    /// initials are compared as bytes with the composed query (a few more kept, never fewer: a
    /// byte prefix of it is needed for a prefix of characters); initials beyond ASCII (`ØB`) are
    /// judged as `resolveYouthExactly` judges them; a line with an escape is kept for the caller
    /// to judge. Nil (read every line) for an empty query.
    static func near(_ query: String) -> LineFilter? {
        let typed = query.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return nil }
        let q = Array(typed.utf8)
        let lowered = typed.lowercased()
        // Composed, for the bytes: three characters beyond ASCII are the same as one within it
        // (`;`, `` ` ``, `K`), and a decomposed `Å` is the same as a composed one.
        let lower = Array(lowered.precomposedStringWithCanonicalMapping.utf8)
        return { id, initials in
            if id.elementsEqual(q) || id.contains(0x5C) || initials.contains(0x5C) { return true }
            if initials.contains(where: { $0 >= 0x80 }) {
                let own = String(decoding: initials, as: UTF8.self).lowercased()
                return !own.isEmpty && lowered.hasPrefix(own)
            }
            return initials.count <= lower.count && zip(initials, lower).allSatisfy { asciiLower($0) == $1 }
        }
    }

    private static func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// The names and the index's journal offset, if `bytes` is a names file made from the index
    /// whose stamp is `index` (nil otherwise: any doubt, and the index is read instead). With
    /// `keep`, only the lines it keeps are read past their fields.
    static func decode(_ bytes: [UInt8], index: FileStamp, keep: LineFilter? = nil) -> (journalOffset: Int64, names: [YouthName])? {
        let all = bytes[...]
        guard let headerEnd = all.firstIndex(of: 0x0A) else { return nil }
        let h = all[..<headerEnd].split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard h.count == 7, h[0] == magic, Int(h[1]) == version, let offset = Int64(h[2]),
              UInt64(h[3]) == index.inode, Int64(h[4]) == index.size, Int(h[5]) == index.changedSeconds,
              Int(h[6]) == index.changedNanoseconds else { return nil }
        var names: [YouthName] = []
        names.reserveCapacity(bytes.count / 40)
        // Lines and fields found with `memchr`, each field read from its bytes: a `String` per
        // field, a byte-by-byte loop and a generic compare for the mode were most of a note by
        // label at 10,000 youths (issue 29).
        var f: [IndexCodec.Field] = []
        f.reserveCapacity(8)
        var start = headerEnd + 1
        while start < bytes.count {
            let found = bytes.withUnsafeBufferPointer { buf in
                memchr(buf.baseAddress! + start, 0x0A, buf.count - start).map { buf.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            }
            guard let end = found else { return nil }   // a cut last line: not this file
            let line = all[start..<end]
            start = end + 1
            IndexCodec.split(line, 0x09, into: &f)
            guard f.count == 7 else { return nil }
            if let keep, !keep(f[0], f[2]) { continue }
            let number: Int?
            if f[3].isEmpty { number = nil } else {
                guard f[3].count <= 9, f[3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
                number = f[3].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            guard f[4].count == 1, let phase = f[4].first, phase == UInt8(ascii: "d") || phase == UInt8(ascii: "a"),
                  let mode = modes.first(where: { f[6].elementsEqual($0.bytes) })?.mode else { return nil }
            let born: Day?
            if f[5].isEmpty { born = nil } else {
                guard let d = try? IndexCodec.day(f[5]) else { return nil }
                born = d
            }
            names.append(YouthName(id: IndexCodec.str(f[0]), name: IndexCodec.str(f[1]), initials: IndexCodec.str(f[2]), number: number,
                                   discharged: phase == UInt8(ascii: "d"), born: born, mode: mode))
        }
        return (offset, names)
    }
}

extension Store {
    public var indexNamesPath: String { root + "/index.names" }

    /// Writes `index.names` for the index just written at `indexPath` (under the lock, as the index
    /// is). Best effort: without it, names are read from the index.
    func writeIndexNames(journalOffset: Int64, youths: [Youth], mode: mode_t) {
        guard let st = FileIO.status(indexPath) else { FileIO.unlink(indexNamesPath); return }
        let bytes = IndexNames.encoded(journalOffset: journalOffset, stamp: FileStamp(st), names: youths.map(YouthName.init))
        try? FileIO.writeAtomically(bytes, to: indexNamesPath, tempPath: tmpDir + "/index-names.\(getpid()).new", mode: mode)
    }

    /// The names of the current index, from `index.names` when it was made from this very index
    /// file, else from the index's own lines (and then `index.names` is written for it, under the
    /// lock, skipped if a writer holds it). Nil when there is no current index.
    func indexedNames(keep: IndexNames.LineFilter? = nil) -> (journalOffset: Int64, names: [YouthName])? {
        guard let st = FileIO.status(indexPath) else { return nil }
        let stamp = FileStamp(st)
        if let bytes = try? FileIO.read(indexNamesPath, limit: 64 * 1024 * 1024),
           let names = IndexNames.decode(bytes, index: stamp, keep: keep) {
            return names
        }
        guard let bytes = try? FileIO.readFirstPart(indexPath, limit: 512 * 1024 * 1024, length: IndexCodec.firstPartLength),
              let index = IndexCodec.decodeNames(bytes) else { return nil }
        if access(root, W_OK) == 0, stoppedWriting == nil, let team = try? loadTeam() {
            let mode = Store.fileMode(team.access)
            if let lock = try? DirectoryLock(path: lockPath, mode: mode, timeout: 0) {
                defer { lock.release() }
                // Only for the index just read: not one rewritten or removed (a purge) since.
                if let now = FileIO.status(indexPath), FileStamp(now) == stamp {
                    let names = IndexNames.encoded(journalOffset: index.journalOffset, stamp: stamp, names: index.names)
                    try? FileIO.writeAtomically(names, to: indexNamesPath, tempPath: tmpDir + "/index-names.\(getpid()).new", mode: mode)
                }
            }
        }
        guard let keep else { return index }
        return (index.journalOffset, index.names.filter { keep(Array($0.id.utf8)[...], Array(IndexCodec.esc($0.initials).utf8)[...]) })
    }
}
