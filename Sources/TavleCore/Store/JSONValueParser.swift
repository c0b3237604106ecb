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

    /// One value at the cursor. A key twice in one object gives up (the duplicate-key check then
    /// names it), as does a number JSON does not allow or a `Double` cannot hold.
    static func value(_ s: inout JSONScanner) -> JSONValue? {
        switch s.peek() {
        case UInt8(ascii: "{"):
            var out: [String: JSONValue] = [:]
            let ok = s.object { key, s in
                guard out[key] == nil, let v = value(&s) else { return false }
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

    /// A number as JSON writes one (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`), finite.
    private static func number(_ s: inout JSONScanner) -> JSONValue? {
        let b = s.bytes, start = s.at
        var i = start
        func digits() -> Int {
            let first = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - first
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        let whole = digits()
        guard whole > 0, whole == 1 || b[intStart] != 0x30 else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard let d = Double(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)), d.isFinite else { return nil }
        s.at = i
        return .number(d)
    }
}
