/// A language file (`Strings/nb.strings`): the `.strings` format translators know from Apple's
/// tools, `"key" = "text";`, with `/* … */` and `// …` comments. Texts may span lines and use
/// `\"`, `\\`, `\n`, `\t` and `\UXXXX`. Read on every start, so it is a single pass over the
/// bytes; a test checks that Foundation's property-list reader sees the same entries.
public struct StringsFile: Sendable, Equatable {
    /// The entries in file order.
    public let entries: [(key: String, text: String)]

    /// A syntax error, with the line it is on.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    public static func == (a: StringsFile, b: StringsFile) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.text == $1.text }
    }

    /// Parses `bytes` (UTF-8). A key that appears twice is an error: a translator's second copy
    /// would otherwise silently win.
    public init(parsing bytes: [UInt8]) throws(SyntaxError) {
        var out: [(key: String, text: String)] = []
        var seen = Set<String>()
        try StringsFile.parse(bytes) { (line, key, text) throws(SyntaxError) in
            guard seen.insert(key).inserted else { throw StringsFile.twice(key, line) }
            out.append((key, text))
        }
        entries = out
    }

    /// The entries of `bytes` as a dictionary, made in the one pass (what every start reads: no
    /// list of entries and no set of keys beside it). The same errors as `init(parsing:)`.
    public static func table(parsing bytes: [UInt8]) throws(SyntaxError) -> [String: String] {
        var t: [String: String] = [:]
        t.reserveCapacity(4096)
        try parse(bytes) { (line, key, text) throws(SyntaxError) in
            guard t.updateValue(text, forKey: key) == nil else { throw twice(key, line) }
        }
        return t
    }

    /// The entries as a dictionary.
    public var table: [String: String] {
        var t: [String: String] = [:]
        t.reserveCapacity(entries.count)
        for e in entries { t[e.key] = e.text }
        return t
    }

    static func twice(_ key: String, _ line: Int) -> SyntaxError { SyntaxError(line: line, problem: "the key \"\(key)\" appears twice") }

    /// Each entry of `bytes` in file order, with the line it starts on.
    private static func parse(_ bytes: [UInt8], _ each: (Int, String, String) throws(SyntaxError) -> Void) throws(SyntaxError) {
        var p = Parser(bytes: bytes)
        while true {
            try p.skipSpaceAndComments()
            guard !p.atEnd else { break }
            let line = p.line
            let key = try p.quoted()
            try p.skipSpaceAndComments()
            try p.expect(UInt8(ascii: "="))
            try p.skipSpaceAndComments()
            let text = try p.quoted()
            try p.skipSpaceAndComments()
            try p.expect(UInt8(ascii: ";"))
            try each(line, key, text)
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A byte-order mark is allowed (editors add one).
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        var atEnd: Bool { i >= bytes.count }

        mutating func skipSpaceAndComments() throws(SyntaxError) {
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x0A { line += 1; i += 1 }
                else if c == 0x20 || c == 0x09 || c == 0x0D { i += 1 }
                else if c == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                    let start = line
                    i += 2
                    while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) {
                        if bytes[i] == 0x0A { line += 1 }
                        i += 1
                    }
                    guard i + 1 < bytes.count else { throw SyntaxError(line: start, problem: "a comment /* is never closed */") }
                    i += 2
                } else if c == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
                    while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                } else { return }
            }
        }

        mutating func expect(_ c: UInt8) throws(SyntaxError) {
            guard i < bytes.count, bytes[i] == c else {
                throw SyntaxError(line: line, problem: "expected \(Character(Unicode.Scalar(c))) here")
            }
            i += 1
        }

        mutating func quoted() throws(SyntaxError) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw SyntaxError(line: line, problem: "expected a \"quoted\" text here") }
            let start = line
            i += 1
            // Nearly every text has no escape: made in one step from the bytes between the quotes
            // (byte by byte, this file was a tenth of starting any command).
            var j = i, lines = 0
            while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\") {
                if bytes[j] == 0x0A { lines += 1 }
                j += 1
            }
            if j < bytes.count, bytes[j] == UInt8(ascii: "\"") {
                let text = bytes.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[i..<j]), as: UTF8.self) }
                guard let text else { throw SyntaxError(line: start, problem: "the text is not UTF-8") }
                line += lines
                i = j + 1
                return text
            }
            var out: [UInt8] = []
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    guard let s = String(validating: out, as: UTF8.self) else { throw SyntaxError(line: start, problem: "the text is not UTF-8") }
                    return s
                }
                if c == 0x0A { line += 1 }
                if c == UInt8(ascii: "\\") {
                    guard i + 1 < bytes.count else { break }
                    let e = bytes[i + 1]
                    i += 2
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "'"): out.append(e)
                    case UInt8(ascii: "U"), UInt8(ascii: "u"):
                        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16),
                              let scalar = Unicode.Scalar(v) else { throw SyntaxError(line: line, problem: "\\U needs four hex digits") }
                        out += Array(String(Character(scalar)).utf8)
                        i += 4
                    default: throw SyntaxError(line: line, problem: "unknown escape \\\(Character(Unicode.Scalar(e)))")
                    }
                    continue
                }
                out.append(c)
                i += 1
            }
            throw SyntaxError(line: start, problem: "a text in quotes is never closed")
        }
    }
}
