import Foundation
#if canImport(Glibc)
import Glibc
#endif

// `journal.offsets`: where in the journal each youth's entries begin, so `tavle log ID` reads the
// lines it prints and not the whole journal (issue 29: a journal may pass 1 GiB). A derived file
// like `index.json`: private, left out of backups, removed by a purge, rebuilt when missing, and
// never trusted blindly. It records how far into the journal it goes and the seal of the last
// line it covers; the chain makes that seal stand for every line before it (`Chain`), so a
// journal rewritten or edited since no longer matches and is scanned instead. Every line read
// at an offset is checked to be the youth's entry; one that is not sends the reader to a scan.
//
// Format (text): `tavle-journal-offsets 1 END SEAL`, then one line per youth: `ID OFFSET …`.

/// The offsets of each youth's journal lines below `end`.
struct JournalOffsets: Sendable, Equatable {
    static let magic = "tavle-journal-offsets"
    static let version = 1

    /// Journal bytes covered (always the end of a complete line).
    var end: Int64 = 0
    /// The seal of the last line before `end` ("" when `end` is 0).
    var seal = ""
    var byYouth: [String: [Int64]] = [:]

    /// An id written as it is in the file: no spaces, newlines or other control characters.
    static func storable(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F }
    }

    func encoded() -> [UInt8] {
        var out = Array("\(JournalOffsets.magic) \(JournalOffsets.version) \(end) \(seal.isEmpty ? "-" : seal)\n".utf8)
        for id in byYouth.keys.sorted() {
            out += Array(id.utf8)
            for o in byYouth[id]! { out.append(0x20); out += Array(String(o).utf8) }
            out.append(0x0A)
        }
        return out
    }

    /// The header of the file at `path`, and (for `only`) that youth's offsets, or every youth's.
    /// Nil when the file is missing or not one of these.
    static func read(_ path: String, only: String? = nil) -> JournalOffsets? {
        guard FileIO.status(path) != nil else { return nil }
        var out = JournalOffsets()
        var header = false, bad = false
        let prefix = only.map { Array($0.utf8) + [0x20] }
        do {
            try FileIO.forEachLine(path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
                if bad { return }
                if !header {
                    let parts = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                    guard parts.count == 4, parts[0] == magic, parts[1] == String(version), let end = Int64(parts[2]), end >= 0 else {
                        bad = true; return
                    }
                    out.end = end
                    out.seal = parts[3] == "-" ? "" : parts[3]
                    header = true
                    return
                }
                if let prefix, !line.starts(with: prefix) { return }
                let parts = line.split(separator: 0x20)
                guard parts.count >= 2 else { bad = true; return }
                var offsets: [Int64] = []
                offsets.reserveCapacity(parts.count - 1)
                for p in parts.dropFirst() {
                    guard let o = Int64(String(decoding: p, as: UTF8.self)), o >= 0, o < out.end else { bad = true; return }
                    offsets.append(o)
                }
                out.byYouth[String(decoding: parts[0], as: UTF8.self)] = offsets
            }
        } catch { return nil }
        return header && !bad ? out : nil
    }

    /// The top-level `target`, `id` and `action` of one journal line, read without decoding the
    /// rest (the changes' values may be long notes). Nil when the line is not a JSON object with a
    /// target and an id, or one of the three holds an escape: the caller decodes such a line fully.
    static func targetAndID(_ line: ArraySlice<UInt8>) -> (target: Substring, id: Substring, action: Substring?)? {
        var i = line.startIndex
        let end = line.endIndex
        var depth = 0
        var target: Substring?, id: Substring?, action: Substring?
        var expectKey = false
        var pendingKey: ArraySlice<UInt8>?
        while i < end {
            let b = line[i]
            switch b {
            case 0x7B, 0x5B:   // { [
                depth += 1
                expectKey = b == 0x7B && depth == 1
                pendingKey = nil
                i += 1
            case 0x7D, 0x5D:
                depth -= 1
                i += 1
            case 0x2C:         // ,
                if depth == 1 { expectKey = true }
                i += 1
            case 0x22:         // a string: scan to its closing quote
                var j = i + 1
                var escaped = false
                while j < end, line[j] != 0x22 {
                    if line[j] == 0x5C { escaped = true; j += 1 }
                    j += 1
                }
                guard j < end else { return nil }
                let s = line[(i + 1)..<j]
                if depth == 1 {
                    if expectKey {
                        pendingKey = s
                        expectKey = false
                    } else if let key = pendingKey {
                        let isID = key.elementsEqual("id".utf8), isTarget = key.elementsEqual("target".utf8)
                        if isID || isTarget || key.elementsEqual("action".utf8) {
                            if escaped { return nil }
                            let text = Substring(String(decoding: s, as: UTF8.self))
                            if isID { id = text } else if isTarget { target = text } else { action = text }
                        }
                        pendingKey = nil
                    }
                }
                i = j + 1
            default:
                i += 1
            }
        }
        guard depth == 0, let target, let id else { return nil }
        return (target, id, action)
    }
}

extension Store {
    public var journalOffsetsPath: String { root + "/journal.offsets" }

    /// Every journal entry about youth `id`, in order, read through `journal.offsets`: only the
    /// lines at its offsets and the journal written since the file was made. The file is brought
    /// up to date (written when the lock is free, like the index). Falls back to a scan of the
    /// whole journal when the file is missing, does not match the journal (rewritten, edited), or
    /// names a line that is not this youth's; the scan then writes a fresh one.
    public func forEachJournalEntry(youth id: String, _ body: (JournalEntry) throws(TavleError) -> Void) throws(TavleError)
        -> (problems: [LocalizedMessage], end: Int64) {
        let decoder = JSONDecoder()
        if JournalOffsets.storable(id), let known = JournalOffsets.read(journalOffsetsPath, only: id), offsetsMatchJournal(known),
           let fd = try? FileIO.open(journal.path, O_RDONLY) {
            defer { close(fd) }
            let offsets = known.byYouth[id] ?? []
            // Every line at the offsets is checked first (nothing is handed on from a file that
            // turns out wrong); then read again and handed on one at a time: memory stays bounded
            // by the longest line, however long the youth's history.
            let mine = { (line: ArraySlice<UInt8>) -> Bool in
                if let t = JournalOffsets.targetAndID(line) { return t.target == "youth" && t.id == id }
                guard case .success(let e) = Journal.decode(line, decoder: decoder) else { return false }
                return e.target == "youth" && e.id == id
            }
            if try Store.readLines(fd, path: journal.path, at: offsets, { (line: ArraySlice<UInt8>) throws(TavleError) -> Bool in mine(line) }) {
                var problems: [LocalizedMessage] = []
                _ = try Store.readLines(fd, path: journal.path, at: offsets) { (line: ArraySlice<UInt8>) throws(TavleError) -> Bool in
                    switch Journal.decode(line, decoder: decoder) {
                    case .success(let e): try body(e)
                    case .failure(let p): problems.append(p.message)
                    }
                    return true
                }
                // The journal written since: its entries for this youth, and the offsets file updated.
                var fresh = JournalOffsets(end: known.end, seal: known.seal, byYouth: [:])
                var last: [UInt8] = []
                let tail = try journal.forEachLineWithProblems(from: known.end) { (line: ArraySlice<UInt8>, at: Int64) throws(TavleError) in
                    last = Array(line.suffix(Chain.sealLength + 1))
                    return try Store.offsetsScan(line, at: at, youth: id, into: &fresh, decoder: decoder, body)
                }
                if tail.end > known.end, tail.torn == nil, let seal = Chain.split(last[...])?.seal {
                    extendOffsets(known.end, by: fresh, end: tail.end, seal: seal)
                }
                return (problems + tail.messages, tail.end)
            }
        }
        // A scan of the whole journal, which also makes the offsets file anew.
        var built = JournalOffsets()
        var last: [UInt8] = []
        let scan = try journal.forEachLineWithProblems { (line: ArraySlice<UInt8>, at: Int64) throws(TavleError) in
            last = Array(line.suffix(Chain.sealLength + 1))
            return try Store.offsetsScan(line, at: at, youth: id, into: &built, decoder: decoder, body)
        }
        built.end = scan.end
        if scan.torn == nil, built.byYouth.keys.allSatisfy(JournalOffsets.storable) {
            if scan.end == 0 {
                writeOffsets(built)
            } else if let seal = Chain.split(last[...])?.seal {
                built.seal = seal
                writeOffsets(built)
            }
        }
        return (scan.messages, scan.end)
    }

    /// One journal line of a scan: its offset noted under its youth, and handed on decoded when it
    /// is about `id`. Lines about others are not decoded (only their `target` and `id` are read).
    static func offsetsScan(_ line: ArraySlice<UInt8>, at: Int64, youth id: String, into offsets: inout JournalOffsets,
                            decoder: JSONDecoder, _ body: (JournalEntry) throws(TavleError) -> Void) throws(TavleError) -> Journal.LineProblem? {
        if let t = JournalOffsets.targetAndID(line) {
            guard t.target == "youth" else { return nil }
            if t.id != id {
                offsets.byYouth[String(t.id), default: []].append(at)
                return nil
            }
        }
        switch Journal.decode(line, decoder: decoder) {
        case .success(let e):
            guard e.target == "youth" else { return nil }
            offsets.byYouth[e.id, default: []].append(at)
            if e.id == id { try body(e) }
            return nil
        case .failure(let p):
            return p
        }
    }

    /// Whether `known` still describes the journal's first `known.end` bytes: its last line there
    /// is complete and carries the seal recorded (the chain makes it stand for every line before).
    func offsetsMatchJournal(_ known: JournalOffsets) -> Bool {
        guard known.end <= journal.size() else { return false }
        if known.end == 0 { return known.seal.isEmpty }
        guard !known.seal.isEmpty, let line = lastLine(before: known.end), let seal = Chain.split(line[...])?.seal else { return false }
        return seal == known.seal
    }

    /// The line that ends (with its newline) at byte `end` of the journal, read backwards.
    func lastLine(before end: Int64) -> [UInt8]? {
        guard end > 0, let fd = try? FileIO.open(journal.path, O_RDONLY) else { return nil }
        defer { close(fd) }
        guard FileIO.read(fd, path: journal.path, at: end - 1, count: 1) == [0x0A] else { return nil }
        var start = end - 1
        var window = 4096
        while true {
            let from = max(0, start - Int64(window))
            guard let chunk = FileIO.read(fd, path: journal.path, at: from, count: Int(start - from)),
                  chunk.count == Int(start - from) else { return nil }
            if let i = chunk.lastIndex(of: 0x0A) { start = from + Int64(i) + 1; break }
            if from == 0 { start = 0; break }
            start = from
            window = min(window * 2, 1 << 20)
        }
        guard let line = FileIO.read(fd, path: journal.path, at: start, count: Int(end - 1 - start)),
              line.count == Int(end - 1 - start) else { return nil }
        return line
    }

    /// Reads the journal line starting at each offset (each must be a whole line: the byte before
    /// it ends one) and hands it to `check`; false as soon as one cannot be read or `check`
    /// refuses it. Lines that follow close behind one another (a youth whose history is most of
    /// the journal) are read in blocks of up to a megabyte, not a few reads per line: offsets no
    /// further apart than twice the longest line read so far, so little of other youths' lines
    /// is read with them. A lone line reads 4 KB, and more only while it goes on. Memory stays
    /// bounded by a block and the longest line.
    static func readLines(_ fd: Int32, path: String, at offsets: [Int64], _ check: (ArraySlice<UInt8>) throws(TavleError) -> Bool) throws(TavleError) -> Bool {
        var window: [UInt8] = []          // the journal's bytes from `windowStart` on
        var windowStart: Int64 = 0
        var longest = 0
        for k in offsets.indices {
            let offset = offsets[k]
            guard offset >= 0 else { return false }
            let from = max(0, offset - 1)
            if from < windowStart || offset >= windowStart + Int64(window.count) {
                let near = Int64(2 * longest + 4096)
                var last = k
                while last + 1 < offsets.count, offsets[last + 1] > offsets[last], offsets[last + 1] - offsets[last] <= near,
                      offsets[last + 1] - from < 1 << 20 { last += 1 }
                guard let block = FileIO.read(fd, path: path, at: from, count: Int(offsets[last] - from) + 4096) else { return false }
                window = block
                windowStart = from
            }
            var start = Int(offset - windowStart)
            guard start < window.count else { return false }              // past the journal's end
            if offset > 0 { guard window[start - 1] == 0x0A else { return false } }
            var scanned = start
            var end: Int
            while true {
                if let nl = newline(in: window, from: scanned) { end = nl; break }
                scanned = window.count
                guard window.count - start < 1 << 30,
                      let more = FileIO.read(fd, path: path, at: windowStart + Int64(window.count), count: max(4096, window.count - start)),
                      !more.isEmpty else { return false }                 // an error, or the end without a newline
                if start > 0 {                                             // what is before the line is no longer needed
                    window.removeFirst(start); windowStart += Int64(start); scanned -= start; start = 0
                }
                window += more
            }
            longest = max(longest, end - start)
            guard try check(window[start..<end]) else { return false }
        }
        return true
    }

    /// The index of the first newline in `bytes` at or after `from`.
    private static func newline(in bytes: [UInt8], from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { b in
            guard from < b.count, let base = b.baseAddress, let p = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return UnsafeRawPointer(base).distance(to: p)
        }
    }

    /// Adds what was read since `base` to the offsets file (when the lock is free: never waits).
    private func extendOffsets(_ base: Int64, by fresh: JournalOffsets, end: Int64, seal: String) {
        guard fresh.byYouth.keys.allSatisfy(JournalOffsets.storable), var all = JournalOffsets.read(journalOffsetsPath),
              all.end == base else { return }
        for (id, offsets) in fresh.byYouth { all.byYouth[id, default: []] += offsets }
        all.end = end
        all.seal = seal
        writeOffsets(all)
    }

    private func writeOffsets(_ offsets: JournalOffsets) {
        guard access(root, W_OK) == 0, stoppedWriting == nil, let team = try? loadTeam() else { return }
        let mode = Store.fileMode(team.access)
        guard let lock = try? DirectoryLock(path: lockPath, mode: mode, timeout: 0) else { return }
        defer { lock.release() }
        // The journal may have been rewritten (a purge) since it was read: then nothing is written.
        guard offsetsMatchJournal(offsets) else { return }
        try? FileIO.writeAtomically(offsets.encoded(), to: journalOffsetsPath, tempPath: tmpDir + "/journal-offsets.\(getpid()).new", mode: mode)
    }
}

extension Journal {
    /// `forEachLine` whose body may name an unreadable line; the problems are gathered as `forEach` does.
    func forEachLineWithProblems(from offset: Int64 = 0, _ body: (ArraySlice<UInt8>, Int64) throws(TavleError) -> LineProblem?) throws(TavleError)
        -> (messages: [LocalizedMessage], end: Int64, torn: Int64?) {
        var problems: [LocalizedMessage] = []
        var unreadable = 0
        let scan = try forEachLine(from: offset) { (line: ArraySlice<UInt8>, at: Int64) throws(TavleError) in
            guard let problem = try body(line, at) else { return }
            unreadable += 1
            if unreadable <= Journal.problemLimit {
                problems.append(LocalizedMessage(.fileLineUnreadable, [path, String(at), LocalizedMessage.nested(problem.message)]))
            }
        }
        if let torn = scan.torn { problems.append(LocalizedMessage(.fileTornTail, [path, String(torn)])) }
        if unreadable > Journal.problemLimit {
            problems.append(LocalizedMessage(.fileMoreUnreadable, count: unreadable - Journal.problemLimit,
                                             [path, String(unreadable - Journal.problemLimit)]))
        }
        return (problems, scan.end, scan.torn)
    }
}
