/// A small JSON reader straight into `JSONValue`, for `JSONValue.from`: turning a record into its
/// field values used to go through `JSONDecoder`, whose `Decodable` path tries each kind of value
/// in turn and throws on every miss; that was two thirds of `tavle dev generate` (issue 29) and
/// part of every write. It reads what `JSONEncoder` writes (any valid JSON) and returns nil on
/// anything else, so the caller can fall back to `JSONDecoder`.
enum JSONValueParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        var p = Reader(bytes: bytes)
        guard let v = p.value() else { return nil }
        p.skipSpace()
        return p.at == bytes.count ? v : nil
    }

    /// An array of notes as `JSONEncoder` writes them (the index's open decisions), straight into
    /// `Note` values without a dictionary per note. Nil on anything else: an unknown key, a value
    /// of the wrong kind, a time that does not parse (the caller then decodes the usual way).
    static func notes(_ bytes: UnsafeBufferPointer<UInt8>) -> [Note]? {
        var p = Reader(bytes: bytes)
        guard let notes = p.notes() else { return nil }
        p.skipSpace()
        return p.at == bytes.count ? notes : nil
    }

    private struct Reader {
        mutating func expect(_ c: UInt8) -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == c else { return false }
            at += 1
            return true
        }

        mutating func notes() -> [Note]? {
            guard expect(UInt8(ascii: "[")) else { return nil }
            var out: [Note] = []
            if expect(UInt8(ascii: "]")) { return out }
            while true {
                guard let n = note() else { return nil }
                out.append(n)
                if expect(UInt8(ascii: ",")) { continue }
                return expect(UInt8(ascii: "]")) ? out : nil
            }
        }

        mutating func note() -> Note? {
            guard expect(UInt8(ascii: "{")) else { return nil }
            var id: String?, at: Timestamp?, author: String?, kind: NoteKind?, text: String?, documented: Timestamp?
            if !expect(UInt8(ascii: "}")) {
                while true {
                    skipSpace()
                    guard self.at < bytes.count, bytes[self.at] == UInt8(ascii: "\""), let key = string(),
                          expect(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    guard self.at < bytes.count else { return nil }
                    if key == "documented", bytes[self.at] == UInt8(ascii: "n") {
                        guard literal("null", .null) != nil else { return nil }
                    } else {
                        guard bytes[self.at] == UInt8(ascii: "\""), let v = string() else { return nil }
                        switch key {
                        case "id": id = v
                        case "at": guard let t = Timestamp(parsing: v) else { return nil }; at = t
                        case "author": author = v
                        case "kind": guard let k = NoteKind(rawValue: v) else { return nil }; kind = k
                        case "text": text = v
                        case "documented": guard let t = Timestamp(parsing: v) else { return nil }; documented = t
                        default: return nil
                        }
                    }
                    if expect(UInt8(ascii: ",")) { continue }
                    guard expect(UInt8(ascii: "}")) else { return nil }
                    break
                }
            }
            guard let id, let at, let author, let kind, let text else { return nil }
            var n = Note(id: id, at: at, author: author, kind: kind, text: text)
            n.documented = documented
            return n
        }


        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x09 || bytes[at] == 0x0D { at += 1 }
        }

        mutating func literal(_ word: StaticString, _ v: JSONValue) -> JSONValue? {
            let n = word.utf8CodeUnitCount
            guard at + n <= bytes.count else { return nil }
            for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return nil }
            at += n
            return v
        }

        mutating func value() -> JSONValue? {
            skipSpace()
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func object() -> JSONValue? {
            at += 1
            var out: [String: JSONValue] = [:]
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(out) }
            while true {
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
                at += 1
                guard let v = value() else { return nil }
                out[key] = v
                skipSpace()
                guard at < bytes.count else { return nil }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                if bytes[at] == UInt8(ascii: "}") { at += 1; return .object(out) }
                return nil
            }
        }

        mutating func array() -> JSONValue? {
            at += 1
            var out: [JSONValue] = []
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(out) }
            while true {
                guard let v = value() else { return nil }
                out.append(v)
                skipSpace()
                guard at < bytes.count else { return nil }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                if bytes[at] == UInt8(ascii: "]") { at += 1; return .array(out) }
                return nil
            }
        }

        /// A string, `at` on its opening quote. Plain runs are decoded in one piece.
        mutating func string() -> String? {
            at += 1
            let start = at
            while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
                if bytes[at] < 0x20 { return nil }
                at += 1
            }
            guard at < bytes.count else { return nil }
            if bytes[at] == UInt8(ascii: "\"") {
                at += 1
                return validUTF8(start, at - 1)
            }
            var raw: [UInt8] = Array(bytes[start..<at])
            while at < bytes.count {
                let b = bytes[at]
                if b == UInt8(ascii: "\"") {
                    at += 1
                    return raw.withUnsafeBufferPointer { String(validatingUTF8Bytes: $0) }
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") { raw.append(b); at += 1; continue }
                at += 1
                guard at < bytes.count else { return nil }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): raw.append(e)
                case UInt8(ascii: "b"): raw.append(0x08)
                case UInt8(ascii: "f"): raw.append(0x0C)
                case UInt8(ascii: "n"): raw.append(0x0A)
                case UInt8(ascii: "r"): raw.append(0x0D)
                case UInt8(ascii: "t"): raw.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { return nil }
                        at += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        return nil
                    }
                    guard let u = Unicode.Scalar(scalar) else { return nil }
                    raw.append(contentsOf: Array(String(Character(u)).utf8))
                default: return nil
                }
            }
            return nil
        }

        func validUTF8(_ from: Int, _ to: Int) -> String? {
            String(validatingUTF8Bytes: UnsafeBufferPointer(rebasing: bytes[from..<to]))
        }

        mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[at]
                let d: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
                default: return nil
                }
                v = v << 4 | d
                at += 1
            }
            return v
        }

        mutating func number() -> JSONValue? {
            let start = at
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                     UInt8(ascii: "e"), UInt8(ascii: "E"): at += 1
                default:
                    guard at > start else { return nil }
                    return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)).map(JSONValue.number)
                }
            }
            guard at > start else { return nil }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)).map(JSONValue.number)
        }
    }
}

private extension String {
    /// The bytes as a string when they are valid UTF-8, else nil (never repaired).
    init?(validatingUTF8Bytes b: UnsafeBufferPointer<UInt8>) {
        guard let s = String(validating: b, as: UTF8.self) else { return nil }
        self = s
    }
}
