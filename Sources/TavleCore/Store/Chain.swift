import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The hash chain that makes the journal and the access log tamper-evident. Every line ends with
/// `,"seal":"HEX"}`, where HEX is the SHA-256 of the previous line's seal, a newline, and the line
/// itself without its seal (`{…}`). The line's own bytes are hashed, not a re-encoding, so the seal
/// does not depend on how JSON is written. A deleted, edited, inserted or moved line breaks the
/// chain at that line; `Chain.verify` names it. The last line's seal is the file's *head*: kept
/// elsewhere (backups, `tavle check --json`, an admin's cron job), it also shows lines cut off the end.
public enum Chain {
    /// The action of the journal entry (target `journal`, id `chain`) and the `how` of the access
    /// entry that a rewrite of the logs (purge, migrate) appends: the heads before and after.
    public static let sealAction = "seal"
    /// `,"seal":"` + 64 hex digits + `"}`.
    static let prefix = Array(",\"seal\":\"".utf8)
    static let sealLength = prefix.count + 64 + 2

    /// The seal of `content` (a JSON object, its seal left out) following `previous`.
    static func hash(_ content: some Collection<UInt8>, after previous: String) -> String {
        var h = SHA256()
        h.update(data: Array(previous.utf8) + [0x0A])
        h.update(data: Array(content))
        return hex(h.finalize())
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for b in digest { hex.append(digits[Int(b >> 4)]); hex.append(digits[Int(b & 0x0F)]) }
        return String(decoding: hex, as: UTF8.self)
    }

    /// `line` (one JSON object, no newline; an old seal is replaced) sealed after `previous`.
    public static func seal(_ line: some Collection<UInt8>, after previous: String) -> (line: [UInt8], head: String) {
        let content = split(ArraySlice(line))?.content ?? Array(line)
        let seal = hash(content, after: previous)
        return (Array(content.dropLast()) + prefix + Array(seal.utf8) + [0x22, 0x7D], seal)
    }

    /// Every line of `lines` (each ending in a newline) sealed in turn after `head`.
    public static func seal(lines: [UInt8], after head: String) -> (bytes: [UInt8], head: String) {
        var out: [UInt8] = []
        out.reserveCapacity(lines.count + lines.count / 2)
        var sealer = Sealer(after: head)
        for line in lines.split(separator: 0x0A, omittingEmptySubsequences: true) { sealer.add(line, to: &out) }
        return (out, sealer.head)
    }

    /// A sealed line's content (`{…}` without the seal) and seal; nil for an unsealed line.
    public static func split(_ line: ArraySlice<UInt8>) -> (content: [UInt8], seal: String)? {
        guard line.count > sealLength else { return nil }
        let start = line.endIndex - sealLength
        guard line[start..<(start + prefix.count)].elementsEqual(prefix),
              line[line.endIndex - 2] == 0x22, line[line.endIndex - 1] == 0x7D else { return nil }
        let hex = line[(start + prefix.count)..<(line.endIndex - 2)]
        guard hex.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return (Array(line[line.startIndex..<start]) + [0x7D], String(decoding: hex, as: UTF8.self))
    }

    /// The head of the file at `path`, what the next line must follow: the seal of its last line
    /// (read from the file's last bytes), "" when it is empty or missing. When its last line is not
    /// sealed (a log from an older tavle, once) the whole file is walked (`Walker`).
    public static func head(of path: String) -> String {
        guard let fd = try? FileIO.open(path, O_RDONLY) else { return "" }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return "" }
        if st.st_size > sealLength + 1 {
            var tail = [UInt8](repeating: 0, count: sealLength + 2)
            let n = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(st.st_size) - off_t(sealLength + 2)) }
            if n == sealLength + 2, tail.last == 0x0A, let seal = split(tail[0..<(tail.count - 1)])?.seal { return seal }
        }
        var walker = Walker()
        _ = try? FileIO.forEachLine(path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in _ = walker.next(line) }
        return walker.head
    }

    /// What `verify` found in one file.
    public struct Report: Sendable, Equatable {
        public enum Break: Sendable, Equatable {
            /// The line's seal does not follow from the line before it: a line was deleted before
            /// it, or it was edited, inserted or moved.
            case broken
            /// An unsealed line after sealed ones: added by hand.
            case unsealed
        }
        /// Lines read (a torn last line is not counted).
        public var lines = 0
        /// Unsealed lines before the first sealed one (data from before the chain: `tavle migrate`).
        public var notSealed = 0
        /// The first line (1-based) where the chain breaks, and how.
        public var firstBreak: (line: Int, kind: Break)?
        /// Further breaks after the first.
        public var moreBreaks = 0
        /// The last line's seal.
        public var head = ""

        public static func == (a: Report, b: Report) -> Bool {
            a.lines == b.lines && a.notSealed == b.notSealed && a.firstBreak?.line == b.firstBreak?.line
                && a.firstBreak?.kind == b.firstBreak?.kind && a.moreBreaks == b.moreBreaks && a.head == b.head
        }
    }

    /// Walks the file at `path` a line at a time (bounded memory) and checks every seal.
    public static func verify(_ path: String) throws(TavleError) -> Report {
        var r = Report()
        guard FileIO.status(path) != nil else { return r }
        var walker = Walker()
        _ = try FileIO.forEachLine(path) { (line: ArraySlice<UInt8>, _: Int64) throws(TavleError) in
            r.lines += 1
            switch walker.next(line) {
            case .notSealed: r.notSealed += 1
            case .broken(let kind): note(&r, kind)
            case .sealed: break
            }
        }
        r.head = walker.head
        return r
    }

    /// Follows a chain a line at a time: what each line is. Lines from before the chain (a log
    /// written by an older tavle) are hashed together, and the first sealed line follows that hash,
    /// so a line slipped in before a chain that began on an empty file breaks it too.
    public struct Walker {
        public enum Step: Sendable, Equatable { case notSealed, sealed, broken(Report.Break) }
        /// What the next line must follow: the last line's seal ("" at the start of an empty file).
        public private(set) var head = ""
        var sealedSeen = false
        var prefix = SHA256()
        public init() {}

        public mutating func next(_ line: ArraySlice<UInt8>) -> Step {
            guard let (content, seal) = split(line) else {
                if sealedSeen {
                    // Slipped in after sealed lines: a break; the chain goes on through it.
                    head = hash(line, after: head)
                    return .broken(.unsealed)
                }
                prefix.update(data: Array(line) + [0x0A])
                head = hex(prefix.finalize())
                return .notSealed
            }
            let ok = hash(content, after: head) == seal
            sealedSeen = true
            head = seal
            return ok ? .sealed : .broken(.broken)
        }
    }

    /// Writes a chain anew: each line added is sealed after the one before.
    public struct Sealer: Sendable {
        public private(set) var head: String
        public init(after head: String = "") { self.head = head }

        /// Appends `line` (one JSON object, with or without its newline or an old seal) sealed, and a newline.
        public mutating func add(_ line: some Collection<UInt8>, to out: inout [UInt8]) {
            var bytes = Array(line)
            if bytes.last == 0x0A { bytes.removeLast() }
            let s = seal(bytes, after: head)
            out += s.line; out.append(0x0A)
            head = s.head
        }
    }

    private static func note(_ r: inout Report, _ kind: Report.Break) {
        if r.firstBreak == nil { r.firstBreak = (r.lines, kind) } else { r.moreBreaks += 1 }
    }
}
