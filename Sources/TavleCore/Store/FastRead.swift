/// Records read straight from their JSON bytes, without `JSONDecoder`: reading the youth files
/// with it was most of a first open at 10,000 youths (issue 29). Each reader takes exactly what
/// the synthesized `Decodable` would and returns nil on anything else: an unknown or repeated key,
/// a missing field, null where a value is required, a number that is not a plain whole number,
/// a bad date. The caller then decodes the usual way, so a bad file gets the same error as
/// before and a field added to a record without a reader here is never silently dropped
/// (`FastReadTests` checks every record's fields against its reader's keys).
protocol FastReadable {
    static func read(_ s: inout JSONScanner) -> Self?
}

/// A whole data file with its schema version: `Coding.decodeFile` reads it by hand when the
/// version is the one this build writes.
protocol FastRecord: FastReadable {
    var schema: Int { get }
}

extension FastRecord {
    static func record(_ bytes: UnsafeBufferPointer<UInt8>, validUTF8: Bool = false) -> Self? {
        FastRead.whole(Self.self, bytes, validUTF8: validUTF8)
    }
}

enum FastRead {
    /// The whole buffer as one value, or nil.
    static func whole<T: FastReadable>(_ type: T.Type, _ bytes: UnsafeBufferPointer<UInt8>, validUTF8: Bool = false) -> T? {
        var s = JSONScanner(bytes, validUTF8: validUTF8)
        guard let v = T.read(&s), s.atEnd() else { return nil }
        return v
    }
}

extension JSONScanner {
    /// A required member: read once (a repeated key gives up, as the duplicate-key check would).
    mutating func take<T: FastReadable>(_ slot: inout T?) -> Bool {
        guard slot == nil, let v = T.read(&self) else { return false }
        slot = v
        return true
    }

    /// An optional member: null or a value, read once.
    mutating func take<T: FastReadable>(_ slot: inout T??) -> Bool {
        guard slot == nil else { return false }
        if null() { slot = .some(nil); return true }
        guard let v = T.read(&self) else { return false }
        slot = .some(v)
        return true
    }
}

extension String: FastReadable {
    static func read(_ s: inout JSONScanner) -> String? { s.string() }
}

extension Int: FastReadable {
    static func read(_ s: inout JSONScanner) -> Int? { s.int() }
}

extension Bool: FastReadable {
    static func read(_ s: inout JSONScanner) -> Bool? { s.bool() }
}

/// A date or time in any other form than tavle writes (an escape, a date `Day(parsing:)` reads
/// some other way) is left to `JSONDecoder`.
extension Day: FastReadable {
    static func read(_ s: inout JSONScanner) -> Day? { s.plainString().flatMap { Day(isoBytes: $0) } }
}

extension Timestamp: FastReadable {
    static func read(_ s: inout JSONScanner) -> Timestamp? { s.plainString().flatMap { Timestamp(utf8: $0) } }
}

extension Array: FastReadable where Element: FastReadable {
    static func read(_ s: inout JSONScanner) -> [Element]? {
        var out: [Element] = []
        let ok = s.array { s in
            guard let e = Element.read(&s) else { return false }
            out.append(e)
            return true
        }
        return ok ? out : nil
    }
}

extension Dictionary: FastReadable where Key == String, Value: FastReadable {
    static func read(_ s: inout JSONScanner) -> [String: Value]? {
        var out: [String: Value] = [:]
        let ok = s.object { key, s in
            guard out[key] == nil, let v = Value.read(&s) else { return false }
            out[key] = v
            return true
        }
        return ok ? out : nil
    }
}

/// A choice reads its raw value (`"case-management"`); every choice a record holds conforms below.
extension FastReadable where Self: Choice {
    static func read(_ s: inout JSONScanner) -> Self? { s.string().flatMap(Self.init(rawValue:)) }
}

extension Mode: FastReadable {}
extension Status: FastReadable {}
extension BoardReason: FastReadable {}
extension Phase: FastReadable {}
extension Whereabouts: FastReadable {}
extension Domain: FastReadable {}
extension ReferralSource: FastReadable {}
extension NoteKind: FastReadable {}
extension ContactWith: FastReadable {}
extension ContactKind: FastReadable {}
extension ShareParty: FastReadable {}
extension ConsentGiver: FastReadable {}
extension Arena: FastReadable {}
extension SchoolStatus: FastReadable {}
extension DischargeReason: FastReadable {}
extension DischargeDestination: FastReadable {}
extension HandoverItem: FastReadable {}
extension Relation: FastReadable {}
extension QuestionAnswer: FastReadable {}
