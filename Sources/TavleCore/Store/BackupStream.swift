import Foundation
#if canImport(Glibc)
import Glibc
#endif

// The pieces that let a backup be written and read a megabyte at a time (a journal past 1 GiB
// is backed up and restored with bounded memory): a file that appears under its name only when
// complete and never replaces another, a pull reader for the archive's JSON, and base64 in chunks.

/// A new file that appears under its name only when it is complete, and never replaces a file
/// already there (`linkat` fails with EEXIST: an earlier backup is never overwritten). It is
/// written as an unnamed `O_TMPFILE` in the target's directory, so a writer killed half-way
/// leaves nothing behind; where the file system cannot do that, as a hidden named temp file.
final class NewFile {
    let path: String
    private(set) var fd: Int32 = -1
    private var dir: Int32 = -1
    private let name: String
    /// The hidden temp file's name when `O_TMPFILE` is not available.
    private var tempName: String?

    /// `O_TMPFILE` (Linux; with `O_DIRECTORY` as the kernel defines it), not exported by Glibc's module.
    static let oTmpFile: Int32 = 0o20200000

    init(path: String, mode: mode_t) throws(TavleError) {
        self.path = path
        (dir, name) = try FileIO.parent(path)
        fd = openat(dir, ".", NewFile.oTmpFile | O_WRONLY | O_CLOEXEC, mode)
        if fd < 0 {
            let e = errno
            guard e == EOPNOTSUPP || e == EISDIR || e == EINVAL || e == ENOENT else {
                close(dir); throw .io(path: path, operation: "create", errno: e)
            }
            let temp = "." + name + ".partial-\(getpid())"
            fd = openat(dir, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            guard fd >= 0 else { let e2 = errno; close(dir); throw .io(path: path, operation: "create", errno: e2) }
            tempName = temp
        }
        guard fchmod(fd, mode) == 0 else { let e = errno; discard(); throw .io(path: path, operation: "chmod", errno: e) }
    }

    func write(_ bytes: [UInt8]) throws(TavleError) { try FileIO.writeAll(fd, bytes, path: path) }

    /// Makes the file durable and gives it its name; refused when the name is taken.
    func publish() throws(TavleError) {
        guard fsync(fd) == 0 else { throw .io(path: path, operation: "fsync", errno: errno) }
        let linked: Int32
        if let tempName {
            linked = linkat(dir, tempName, dir, name, 0)
        } else {
            linked = linkat(AT_FDCWD, "/proc/self/fd/\(fd)", dir, name, AT_SYMLINK_FOLLOW)
        }
        if linked != 0 {
            let e = errno
            if e == EEXIST { throw .refused(LocalizedMessage(.refuseBackupExists, [path])) }
            throw .io(path: path, operation: "link", errno: e)
        }
        if let tempName { unlinkat(dir, tempName, 0); self.tempName = nil }
        guard syncDirectory() else { throw .notDurable(path: path, errno: errno) }
        close(fd); fd = -1
        close(dir); dir = -1
    }

    private func syncDirectory() -> Bool {
        // An O_PATH descriptor cannot be fsynced: open the directory itself.
        let d = openat(dir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if d >= 0 { close(d) } }
        return d >= 0 && fsync(d) == 0
    }

    /// Drops an unfinished file (an unnamed one simply disappears).
    func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        if let tempName, dir >= 0 { unlinkat(dir, tempName, 0) }
        tempName = nil
        if dir >= 0 { close(dir); dir = -1 }
    }

    deinit { discard() }
}

/// Base64 a chunk at a time: whole groups of three bytes in, of four characters out.
enum Base64Stream {
    /// Encodes a file's bytes to `out` in 3 MiB pieces (a multiple of 3, so the pieces join up).
    static func encode(fd: Int32, path: String, _ out: ([UInt8]) throws(TavleError) -> Void) throws(TavleError) {
        var chunk = [UInt8](repeating: 0, count: 3 << 20)
        var offset: off_t = 0
        while true {
            var filled = 0
            while filled < chunk.count {
                let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, offset + off_t(filled)) }
                if n < 0 { if errno == EINTR { continue }; throw .io(path: path, operation: "read", errno: errno) }
                if n == 0 { break }
                filled += n
            }
            if filled == 0 { return }
            try out(Array(Data(chunk[..<filled]).base64EncodedString().utf8))
            offset += off_t(filled)
            if filled < chunk.count { return }
        }
    }

    /// Decodes base64 text handed over in pieces of any length.
    struct Decoder {
        var pending: [UInt8] = []

        /// The bytes decoded from what has come so far (whole groups of four only).
        mutating func feed(_ piece: ArraySlice<UInt8>) -> [UInt8]? {
            pending += piece
            guard pending.count >= 1 << 20 else { return [] }
            return take(pending.count / 4 * 4)
        }

        /// The rest; nil when it is not whole base64.
        mutating func finish() -> [UInt8]? {
            guard pending.count % 4 == 0 else { return nil }
            return take(pending.count)
        }

        private mutating func take(_ n: Int) -> [UInt8]? {
            guard n > 0 else { return [] }
            guard let data = Data(base64Encoded: Data(pending[..<n])) else { return nil }
            pending.removeFirst(n)
            return Array(data)
        }
    }
}

/// Reads JSON from a file a megabyte at a time: only as much of JSON as the backup's shape
/// needs (objects, arrays, strings, numbers, literals), with long strings handed over in pieces.
struct JSONPullReader {
    let fd: Int32
    let path: String
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var pos = 0
    private var end = 0
    private var offset: off_t = 0

    init(fd: Int32, path: String) { self.fd = fd; self.path = path }

    func bad(_ key: TextKey, _ args: [String] = []) -> TavleError {
        .badFile(path: path, problem: LocalizedMessage(.fileNotBackup, [LocalizedMessage.nested(LocalizedMessage(key, args))]))
    }

    private mutating func fill() throws(TavleError) -> Bool {
        pos = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, offset) }
            if n < 0 { if errno == EINTR { continue }; throw .io(path: path, operation: "read", errno: errno) }
            end = n
            offset += off_t(n)
            return n > 0
        }
    }

    mutating func next() throws(TavleError) -> UInt8 {
        if pos == end, !(try fill()) { throw bad(.backupBadEndsEarly) }
        defer { pos += 1 }
        return buffer[pos]
    }

    mutating func peekSkippingSpace() throws(TavleError) -> UInt8 {
        while true {
            if pos == end, !(try fill()) { throw bad(.backupBadEndsEarly) }
            let c = buffer[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1; continue }
            return c
        }
    }

    mutating func expect(_ c: UInt8) throws(TavleError) {
        guard try peekSkippingSpace() == c else { throw bad(.backupBadExpected, [String(Character(Unicode.Scalar(c)))]) }
        pos += 1
    }

    /// True when the next character is `c` (then consumed).
    mutating func take(_ c: UInt8) throws(TavleError) -> Bool {
        guard try peekSkippingSpace() == c else { return false }
        pos += 1
        return true
    }

    /// Only whitespace is left.
    mutating func atEnd() throws(TavleError) -> Bool {
        while true {
            if pos == end, !(try fill()) { return true }
            let c = buffer[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1; continue }
            return false
        }
    }

    /// A string, its unescaped bytes handed to `sink` in pieces.
    mutating func string(_ sink: (ArraySlice<UInt8>) throws(TavleError) -> Void) throws(TavleError) {
        try expect(0x22)
        var piece: [UInt8] = []
        piece.reserveCapacity(64 * 1024)
        while true {
            if pos == end, !(try fill()) { throw bad(.backupBadOpenString) }
            // The run up to the next quote or backslash, copied at once.
            var i = pos
            while i < end, buffer[i] != 0x22, buffer[i] != 0x5C { i += 1 }
            piece += buffer[pos..<i]
            pos = i
            if piece.count >= 64 * 1024 { try sink(piece[...]); piece.removeAll(keepingCapacity: true) }
            if pos == end { continue }
            let c = try next()
            if c == 0x22 { break }
            let e = try next()
            switch e {
            case 0x22, 0x5C, 0x2F: piece.append(e)
            case 0x62: piece.append(0x08)
            case 0x66: piece.append(0x0C)
            case 0x6E: piece.append(0x0A)
            case 0x72: piece.append(0x0D)
            case 0x74: piece.append(0x09)
            case 0x75:
                var code: UInt32 = 0
                for _ in 0..<4 {
                    let h = try next()
                    guard let v = Int(String(Unicode.Scalar(h)), radix: 16) else { throw bad(.backupBadEscape) }
                    code = code * 16 + UInt32(v)
                }
                piece += Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
            default: throw bad(.backupBadEscape)
            }
        }
        if !piece.isEmpty { try sink(piece[...]) }
    }

    /// A short string (a key, a path, a word).
    mutating func smallString(limit: Int = 64 * 1024) throws(TavleError) -> String {
        var bytes: [UInt8] = []
        let problem = bad(.backupBadNameLong)
        try string { (p: ArraySlice<UInt8>) throws(TavleError) in
            bytes += p
            if bytes.count > limit { throw problem }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A number (the schema).
    mutating func number() throws(TavleError) -> Int {
        var text = ""
        while true {
            let c = try peekSkippingSpace()
            guard (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E || c == 0x65 || c == 0x45 || c == 0x2B else { break }
            text.unicodeScalars.append(Unicode.Scalar(c))
            pos += 1
            if text.count > 32 { throw bad(.backupBadNumberLong) }
        }
        guard let v = Int(text) else { throw bad(.backupBadNotWhole, [text]) }
        return v
    }

    /// Skips any value (for keys a newer tavle may add), without holding it.
    mutating func skipValue(depth: Int = 0) throws(TavleError) {
        guard depth < 64 else { throw bad(.backupBadTooDeep) }
        let c = try peekSkippingSpace()
        switch c {
        case 0x22: try string { (_: ArraySlice<UInt8>) throws(TavleError) in }
        case 0x7B:
            pos += 1
            if try take(0x7D) { return }
            repeat {
                try string { (_: ArraySlice<UInt8>) throws(TavleError) in }
                try expect(0x3A)
                try skipValue(depth: depth + 1)
            } while try take(0x2C)
            try expect(0x7D)
        case 0x5B:
            pos += 1
            if try take(0x5D) { return }
            repeat { try skipValue(depth: depth + 1) } while try take(0x2C)
            try expect(0x5D)
        default:
            var n = 0
            while true {
                let d = try peekSkippingSpace()
                if d == 0x2C || d == 0x7D || d == 0x5D { break }
                pos += 1
                n += 1
                if n > 64 { throw bad(.backupBadValueLong) }
            }
        }
    }
}

extension FileIO {
    /// Removes a directory tree tavle made (a restore that failed half-way), never following a link.
    static func removeTree(_ path: String, depth: Int = 0) {
        guard depth < 4, let names = try? list(path) else { return }
        for n in names {
            let p = path + "/" + n
            if let st = status(p), (st.st_mode & S_IFMT) == S_IFDIR { removeTree(p, depth: depth + 1) } else { unlink(p) }
        }
        if let (dir, name) = try? parent(path) { unlinkat(dir, name, AT_REMOVEDIR); close(dir) }
    }
}
