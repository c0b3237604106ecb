/// `JSONValue` written straight into bytes, exactly as `JSONEncoder` writes it with `.sortedKeys`
/// and `.withoutEscapingSlashes` (pretty-printed for data files, compact for journal lines).
/// `tavle dev generate` spent nearly all of its time left in `JSONEncoder` (issue 29): the youth
/// files and their `create` lines are written through this. Returns nil for anything it does not
/// write the same way for certain (a number that is not a whole one, a string with a control
/// character, a line or paragraph separator or DEL): the caller then goes through `JSONEncoder`.
/// `JSONValueWriterTests` holds it to `JSONEncoder`, byte for byte.
enum JSONValueWriter {
    /// `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`: two spaces a level, `"key" : value`,
    /// an empty array or object as its bracket, an empty line and the closing bracket.
    static func pretty(_ v: JSONValue) -> [UInt8]? {
        var w = Writer(pretty: true)
        w.bytes.reserveCapacity(16 * 1024)
        return w.write(v, level: 0) ? w.bytes : nil
    }

    /// `.sortedKeys, .withoutEscapingSlashes`, no spaces.
    static func compact(_ v: JSONValue) -> [UInt8]? {
        var w = Writer(pretty: false)
        w.bytes.reserveCapacity(8 * 1024)
        return w.write(v, level: 0) ? w.bytes : nil
    }

    /// The order `.sortedKeys` gives keys. Only keys of plain ASCII letters, digits and `_` are
    /// sorted here (nil otherwise, and the caller falls back): for those, byte order is the order.
    static func sortedKeys(_ o: [String: JSONValue]) -> [(key: String, value: JSONValue)]? {
        for k in o.keys {
            for b in k.utf8 where !(b >= 0x61 && b <= 0x7A) && !(b >= 0x41 && b <= 0x5A) && !(b >= 0x30 && b <= 0x39) && b != 0x5F {
                return nil
            }
        }
        return o.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    private struct Writer {
        let pretty: Bool
        var bytes: [UInt8] = []

        init(pretty: Bool) { self.pretty = pretty }

        mutating func indent(_ level: Int) {
            for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
        }

        mutating func write(_ v: JSONValue, level: Int) -> Bool {
            switch v {
            case .null: bytes += "null".utf8
            case .bool(let b): bytes += (b ? "true" : "false").utf8
            case .number(let n):
                guard n.isFinite, n == n.rounded(), abs(n) < 9_007_199_254_740_992 else { return false }
                bytes += String(Int(n)).utf8
            case .string(let s): return string(s)
            case .array(let items):
                bytes.append(UInt8(ascii: "["))
                if pretty {
                    bytes.append(0x0A)
                    if items.isEmpty { bytes.append(0x0A) }
                }
                for (i, item) in items.enumerated() {
                    if pretty { indent(level + 1) }
                    guard write(item, level: level + 1) else { return false }
                    if i < items.count - 1 { bytes.append(UInt8(ascii: ",")) }
                    if pretty { bytes.append(0x0A) }
                }
                if pretty { indent(level) }
                bytes.append(UInt8(ascii: "]"))
            case .object(let o):
                guard let sorted = sortedKeys(o) else { return false }
                bytes.append(UInt8(ascii: "{"))
                if pretty {
                    bytes.append(0x0A)
                    if sorted.isEmpty { bytes.append(0x0A) }
                }
                for (i, (key, value)) in sorted.enumerated() {
                    if pretty { indent(level + 1) }
                    guard string(key) else { return false }
                    if pretty { bytes += " : ".utf8 } else { bytes.append(UInt8(ascii: ":")) }
                    guard write(value, level: level + 1) else { return false }
                    if i < sorted.count - 1 { bytes.append(UInt8(ascii: ",")) }
                    if pretty { bytes.append(0x0A) }
                }
                if pretty { indent(level) }
                bytes.append(UInt8(ascii: "}"))
            }
            return true
        }

        mutating func string(_ s: String) -> Bool { JSONValueWriter.string(s, to: &bytes) }
    }

    /// A string with `"` and `\` escaped; false for anything else that would need escaping.
    static func string(_ s: String, to bytes: inout [UInt8]) -> Bool {
        bytes.append(UInt8(ascii: "\""))
        var prev1: UInt8 = 0, prev2: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 || b == 0x7F || (prev2 == 0xE2 && prev1 == 0x80 && (b == 0xA8 || b == 0xA9)) { return false }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(b)
            prev2 = prev1; prev1 = b
        }
        bytes.append(UInt8(ascii: "\""))
        return true
    }
}

extension JournalEntry {
    /// The entry as the `JSONValue` its `Encodable` conformance gives (absent optionals left out),
    /// for `JSONValueWriter.compact`.
    var value: JSONValue {
        var o: [String: JSONValue] = [
            "schema": .number(Double(schema)), "at": .string(at.iso), "staff": .string(staff), "user": .string(user),
            "target": .string(target), "id": .string(id), "version": .number(Double(version)), "action": .string(action),
            "changes": .array(changes.map(\.value)),
        ]
        if let change { o["change"] = .string(change) }
        if let why { o["why"] = .string(why) }
        if let undoes { o["undoes"] = .string(undoes) }
        return .object(o)
    }
}

extension FieldChange {
    var value: JSONValue {
        var o: [String: JSONValue] = ["field": .string(field), "op": .string(op.rawValue)]
        if let old { o["old"] = old }
        if let new { o["new"] = new }
        return .object(o)
    }
}
