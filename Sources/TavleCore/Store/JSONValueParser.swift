/// A small JSON reader straight into `JSONValue`, for `JSONValue.from`: turning a record into its
/// field values used to go through `JSONDecoder`, whose `Decodable` path tries each kind of value
/// in turn and throws on every miss; that was two thirds of `tavle dev generate` (issue 29) and
/// part of every write. It reads what `JSONEncoder` writes (any valid JSON) and returns nil on
/// anything else, so the caller can fall back to `JSONDecoder`.
enum JSONValueParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        var s = JSONScanner(bytes)
        guard let v = value(&s), s.atEnd() else { return nil }
        return v
    }

    /// An array of notes as `JSONEncoder` writes them (the index's open decisions), straight into
    /// `Note` values (`FastRead`). Nil on anything else (the caller then decodes the usual way).
    /// The bytes are a `String`'s (`withUTF8`), so valid UTF-8: each string is not checked again.
    static func notes(_ bytes: UnsafeBufferPointer<UInt8>) -> [Note]? { FastRead.whole([Note].self, bytes, validUTF8: true) }

    private static func value(_ s: inout JSONScanner) -> JSONValue? {
        switch s.peek() {
        case UInt8(ascii: "{"):
            var out: [String: JSONValue] = [:]
            let ok = s.object { key, s in
                guard let v = value(&s) else { return false }
                out[key] = v
                return true
            }
            return ok ? .object(out) : nil
        case UInt8(ascii: "["):
            var out: [JSONValue] = []
            let ok = s.array { s in
                guard let v = value(&s) else { return false }
                out.append(v)
                return true
            }
            return ok ? .array(out) : nil
        case UInt8(ascii: "\""): return s.string().map(JSONValue.string)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return s.bool().map(JSONValue.bool)
        case UInt8(ascii: "n"): return s.null() ? .null : nil
        case nil: return nil
        default: return number(&s)
        }
    }

    private static func number(_ s: inout JSONScanner) -> JSONValue? {
        let start = s.at
        while s.at < s.bytes.count {
            switch s.bytes[s.at] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                 UInt8(ascii: "e"), UInt8(ascii: "E"): s.at += 1
            default:
                guard s.at > start else { return nil }
                return Double(String(decoding: UnsafeBufferPointer(rebasing: s.bytes[start..<s.at]), as: UTF8.self)).map(JSONValue.number)
            }
        }
        guard s.at > start else { return nil }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: s.bytes[start..<s.at]), as: UTF8.self)).map(JSONValue.number)
    }
}
