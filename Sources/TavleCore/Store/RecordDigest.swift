import Foundation

/// A record replayed from the journal, kept as a digest per field instead of the values, so
/// `tavle check` can replay a journal of any size against every file with memory that grows with
/// the number of records and fields, not with the data (a note's text is hashed and dropped).
///
/// A field is the digest of its value; a list (notes, contacts …) is a chain over its elements,
/// so appending to it needs only the previous digest, exactly as `RecordDiff.apply` appends.
/// The hash is Swift's `Hasher` (SipHash with a per-process random seed), twice with different
/// prefixes: a replay and a file that differ cannot be made to look equal by choosing the text.
struct RecordDigest: Equatable {
    struct Field: Equatable {
        var isList: Bool
        var count: Int
        var a: Int
        var b: Int
    }

    var fields: [String: Field] = [:]

    /// The digests of a record's fields (bookkeeping keys left out, as the journal leaves them out).
    init(_ record: [String: JSONValue] = [:]) {
        for (k, v) in record where !RecordDiff.metaKeys.contains(k) { fields[k] = RecordDigest.field(v) }
    }

    /// Applies journaled changes, as `RecordDiff.apply` does to values.
    mutating func apply(_ changes: [FieldChange]) {
        for c in changes where !RecordDiff.metaKeys.contains(c.field) {
            switch c.op {
            case .set: fields[c.field] = c.new.map(RecordDigest.field)
            case .append:
                var f = fields[c.field].flatMap { $0.isList ? $0 : nil } ?? RecordDigest.emptyList
                for e in c.new?.array ?? [] { f = RecordDigest.appending(e, to: f) }
                fields[c.field] = f
            }
        }
    }

    /// The fields whose digests differ.
    func differences(_ other: RecordDigest) -> [String] {
        Set(fields.keys).union(other.fields.keys).filter { fields[$0] != other.fields[$0] }.sorted()
    }

    static let emptyList = Field(isList: true, count: 0, a: 0, b: 0)

    static func field(_ v: JSONValue) -> Field {
        guard case .array(let elements) = v else {
            var h1 = Hasher(), h2 = Hasher()
            h1.combine(0x5A); h2.combine(0xA5)
            feed(v, &h1); feed(v, &h2)
            return Field(isList: false, count: 0, a: h1.finalize(), b: h2.finalize())
        }
        var f = emptyList
        for e in elements { f = appending(e, to: f) }
        return f
    }

    static func appending(_ e: JSONValue, to f: Field) -> Field {
        var h1 = Hasher(), h2 = Hasher()
        h1.combine(f.a); h1.combine(0x5A)
        h2.combine(f.b); h2.combine(0xA5)
        feed(e, &h1); feed(e, &h2)
        return Field(isList: true, count: f.count + 1, a: h1.finalize(), b: h2.finalize())
    }

    /// Feeds a value's structure (types, keys in order, values) to the hasher.
    static func feed(_ v: JSONValue, _ h: inout Hasher) {
        switch v {
        case .null: h.combine(0)
        case .bool(let b): h.combine(1); h.combine(b)
        case .number(let n): h.combine(2); h.combine(n == 0 ? UInt64(0) : n.bitPattern)
        case .string(let s): h.combine(3); h.combine(s)
        case .array(let a):
            h.combine(4); h.combine(a.count)
            for e in a { feed(e, &h) }
        case .object(let o):
            h.combine(5); h.combine(o.count)
            for k in o.keys.sorted() { h.combine(k); feed(o[k]!, &h) }
        }
    }
}
