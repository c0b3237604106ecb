import Foundation
import TavleCore

/// Pretty-printed JSON written straight into bytes, exactly as `JSONOutput` prints it through
/// `JSONEncoder` (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`): two spaces a level,
/// `"key" : value`, keys sorted, an empty array as `[`, an empty line and `]`. The listings of
/// 10,000 youths spent most of their output time in `JSONEncoder` (issue 29); this writes the same
/// bytes several times faster. `GeneratedGoldenOutputTests` and `GoldenOutputTests` hold it to
/// that, byte for byte.
struct JSONText {
    /// One value to write: built per element, then written with its keys sorted.
    indirect enum Value {
        case string(String)
        case int(Int)
        case bool(Bool)
        case array([Value])
        case object([(String, Value)])
    }

    var bytes: [UInt8] = []

    mutating func indent(_ level: Int) {
        for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
    }

    mutating func write(_ v: Value, level: Int) {
        switch v {
        case .string(let s): string(s)
        case .int(let n): bytes.append(contentsOf: String(n).utf8)
        case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
        case .array(let items):
            bytes.append(UInt8(ascii: "[")); bytes.append(0x0A)
            if items.isEmpty { bytes.append(0x0A) }
            for (i, item) in items.enumerated() {
                indent(level + 1)
                write(item, level: level + 1)
                if i < items.count - 1 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(0x0A)
            }
            indent(level); bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            bytes.append(UInt8(ascii: "{")); bytes.append(0x0A)
            if fields.isEmpty { bytes.append(0x0A) }
            let sorted = fields.sorted { $0.0 < $1.0 }
            for (i, (key, value)) in sorted.enumerated() {
                indent(level + 1)
                string(key)
                bytes.append(contentsOf: " : ".utf8)
                write(value, level: level + 1)
                if i < sorted.count - 1 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(0x0A)
            }
            indent(level); bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A string with `"` and `\` escaped. Text with control characters or line separators (not
    /// in stored data, but never assumed) goes through `JSONEncoder` itself.
    mutating func string(_ s: String) {
        var plain = true
        var utf8 = s.utf8.makeIterator()
        var prev1: UInt8 = 0, prev2: UInt8 = 0
        while let b = utf8.next() {
            if b < 0x20 || (prev2 == 0xE2 && prev1 == 0x80 && (b == 0xA8 || b == 0xA9)) { plain = false; break }
            prev2 = prev1; prev1 = b
        }
        guard plain else {
            let e = JSONEncoder()
            e.outputFormatting = [.withoutEscapingSlashes]
            if let data = try? e.encode([s]) { bytes.append(contentsOf: data.dropFirst().dropLast()); return }
            bytes.append(contentsOf: "\"\"".utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONText.Value {
    static func opt(_ s: String?) -> JSONText.Value? { s.map { .string($0) } }
}

/// The listing's fields of a youth (`detail` false) as `JSONText` values: the same keys, the
/// same values, the same absent keys as `YouthJSON`'s `Encodable` conformance.
extension YouthJSON {
    /// Nil for a youth with `show`'s detail, which still goes through `JSONEncoder`.
    var listingValue: JSONText.Value? {
        guard goals == nil, referral == nil, ageOverride == nil, intakeCriteria == nil, planReviewed == nil, discharged == nil,
              discharge == nil, services == nil, consents == nil, handover == nil, handoverMissing == nil, boardPeriods == nil,
              reviews == nil, plans == nil, notes == nil, contacts == nil, schoolHistory == nil, updated == nil else { return nil }
        var f: [(String, JSONText.Value)] = [
            ("id", .string(id)), ("name", .string(name)), ("initials", .string(initials)), ("label", .string(label)),
            ("asciiLabel", .string(asciiLabel)), ("mode", .string(mode)), ("status", .string(status)), ("phase", .string(phase)),
            ("version", .int(version)), ("age", .int(age)), ("intake", .string(intake.iso)), ("whereabouts", .string(whereabouts)),
            ("orders", .array(orders.map { .object([("id", .string($0.id)), ("kind", .string($0.kind)), ("expires", .string($0.expires.iso))]) })),
            ("domains", .array(domains.map { .string($0) })),
            ("plansToday", .array(plansToday.map(\.value))),
            ("flags", .array(flags.map { .string($0) })),
            ("due", .array(due.map { .object([("rule", .string($0.rule)), ("severity", .string($0.severity)), ("message", .string($0.message))]) })),
        ]
        func add(_ key: String, _ v: JSONText.Value?) { if let v { f.append((key, v)) } }
        add("born", born.map { .string($0.iso) })
        add("primaryContact", primaryContact?.value)
        add("secondContact", secondContact?.value)
        add("municipality", .opt(municipality))
        add("school", school?.value)
        add("warning", .opt(warning))
        add("reason", .opt(reason))
        add("boardSince", boardSince.map { .string($0.iso) })
        add("daysOnBoard", daysOnBoard.map { .int($0) })
        add("evaluate", evaluate.map { .string($0.iso) })
        add("boardPlan", .opt(boardPlan))
        add("crisisPlan", crisisPlan.map { c in
            var o: [(String, JSONText.Value)] = [("updated", .string(c.updated.iso))]
            if let h = c.outOfHours { o.append(("outOfHours", .string(h))) }
            return .object(o)
        })
        add("lastContact", lastContact.map { .string($0.iso) })
        return .object(f)
    }
}

extension StaffRefJSON {
    var value: JSONText.Value {
        var o: [(String, JSONText.Value)] = [("id", .string(id))]
        if let initials { o.append(("initials", .string(initials))) }
        if let name { o.append(("name", .string(name))) }
        return .object(o)
    }
}

extension PlanJSON {
    var value: JSONText.Value {
        var o: [(String, JSONText.Value)] = [("day", .string(day.iso)), ("time", .string(time))]
        if let staff { o.append(("staff", staff.value)) }
        if let place { o.append(("place", .string(place))) }
        return .object(o)
    }
}

extension SchoolJSON {
    var value: JSONText.Value {
        var o: [(String, JSONText.Value)] = [("status", .string(status)), ("since", .string(since.iso)), ("inSchoolOrWork", .bool(inSchoolOrWork))]
        if let note { o.append(("note", .string(note))) }
        if let by { o.append(("by", by.value)) }
        return .object(o)
    }
}
