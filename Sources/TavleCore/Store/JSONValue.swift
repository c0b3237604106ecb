import Foundation

/// Any JSON value, used to diff records field by field and to replay the journal.
public enum JSONValue: Sendable, Equatable, Codable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// Converts any Encodable value (a Youth, a Team) to a JSONValue.
    public static func from<T: Encodable>(_ value: T) throws -> JSONValue {
        let data = try JSONEncoder().encode(value)
        if let v = data.withUnsafeBytes({ JSONValueParser.parse($0.bindMemory(to: UInt8.self)) }) { return v }
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    public var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
    public var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    public var string: String? { if case .string(let s) = self { s } else { nil } }
}

/// One field's change inside a journal entry.
public struct FieldChange: Sendable, Equatable, Codable {
    public enum Op: String, Sendable, Codable {
        /// The field's new value replaces the old.
        case set
        /// `new` holds elements appended to the list field (notes, contacts …).
        case append
    }
    public var field: String
    public var op: Op
    public var old: JSONValue?
    public var new: JSONValue?

    public init(field: String, op: Op, old: JSONValue?, new: JSONValue?) {
        self.field = field; self.op = op; self.old = old; self.new = new
    }
}

/// Field-level differences between two records' top-level keys.
public enum RecordDiff {
    /// Keys that are bookkeeping, not content: never journaled as changes, never in conflict.
    public static let metaKeys: Set<String> = ["version", "fieldVersions", "fieldAuthors", "updated", "schema"]

    /// Changes that turn `old` into `new`. A list that only grew is an `append` of the new elements.
    public static func changes(from old: [String: JSONValue], to new: [String: JSONValue]) -> [FieldChange] {
        var out: [FieldChange] = []
        for key in Set(old.keys).union(new.keys).sorted() where !metaKeys.contains(key) {
            let a = old[key], b = new[key]
            if a == b { continue }
            if let oa = a?.array, let nb = b?.array, nb.count > oa.count, Array(nb.prefix(oa.count)) == oa {
                out.append(FieldChange(field: key, op: .append, old: nil, new: .array(Array(nb.dropFirst(oa.count)))))
            } else {
                out.append(FieldChange(field: key, op: .set, old: a, new: b))
            }
        }
        return out
    }

    /// Applies journaled changes to a record (used to replay the journal from empty).
    public static func apply(_ changes: [FieldChange], to record: inout [String: JSONValue]) {
        for c in changes {
            switch c.op {
            case .set: record[c.field] = c.new
            case .append:
                let existing = record[c.field]?.array ?? []
                record[c.field] = .array(existing + (c.new?.array ?? []))
            }
        }
    }
}
