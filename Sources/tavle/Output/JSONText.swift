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

    static let spaces = [UInt8](repeating: 0x20, count: 64)

    mutating func indent(_ level: Int) {
        if level <= 32 { bytes.append(contentsOf: JSONText.spaces[0..<(2 * level)]); return }
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
            // The listings build their objects in key order already: checked, not sorted again.
            var inOrder = true
            for i in fields.indices.dropFirst() where !(fields[i - 1].0 < fields[i].0) { inOrder = false; break }
            let sorted = inOrder ? fields : fields.sorted { $0.0 < $1.0 }
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
        var plain = true, quoted = false
        var utf8 = s.utf8.makeIterator()
        var prev1: UInt8 = 0, prev2: UInt8 = 0
        while let b = utf8.next() {
            if b < 0x20 || (prev2 == 0xE2 && prev1 == 0x80 && (b == 0xA8 || b == 0xA9)) { plain = false; break }
            if b == 0x22 || b == 0x5C { quoted = true }
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
        // Nothing to escape (nearly every string): copied whole.
        if !quoted { bytes.append(contentsOf: s.utf8); bytes.append(UInt8(ascii: "\"")); return }
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
        // In key order (as `JSONEncoder`'s `.sortedKeys` writes them), so `write` need not sort.
        var f: [(String, JSONText.Value)] = []
        f.reserveCapacity(30)
        func add(_ key: String, _ v: JSONText.Value?) { if let v { f.append((key, v)) } }
        add("age", .int(age))
        add("asciiLabel", .string(asciiLabel))
        add("boardPlan", .opt(boardPlan))
        add("boardSince", boardSince.map { .string($0.iso) })
        add("born", born.map { .string($0.iso) })
        add("crisisPlan", crisisPlan.map { c in
            var o: [(String, JSONText.Value)] = []
            if let h = c.outOfHours { o.append(("outOfHours", .string(h))) }
            o.append(("updated", .string(c.updated.iso)))
            return .object(o)
        })
        add("daysOnBoard", daysOnBoard.map { .int($0) })
        add("domains", .array(domains.map { .string($0) }))
        add("due", .array(due.map { .object([("message", .string($0.message)), ("rule", .string($0.rule)), ("severity", .string($0.severity))]) }))
        add("evaluate", evaluate.map { .string($0.iso) })
        add("flags", .array(flags.map { .string($0) }))
        add("id", .string(id))
        add("initials", .string(initials))
        add("intake", .string(intake.iso))
        add("label", .string(label))
        add("lastContact", lastContact.map { .string($0.iso) })
        add("mode", .string(mode))
        add("municipality", .opt(municipality))
        add("name", .string(name))
        add("orders", .array(orders.map { .object([("expires", .string($0.expires.iso)), ("id", .string($0.id)), ("kind", .string($0.kind))]) }))
        add("phase", .string(phase))
        add("plansToday", .array(plansToday.map(\.value)))
        add("primaryContact", primaryContact?.value)
        add("reason", .opt(reason))
        add("school", school?.value)
        add("secondContact", secondContact?.value)
        add("status", .string(status))
        add("version", .int(version))
        add("warning", .opt(warning))
        add("whereabouts", .string(whereabouts))
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
        var o: [(String, JSONText.Value)] = [("day", .string(day.iso))]
        if let place { o.append(("place", .string(place))) }
        if let staff { o.append(("staff", staff.value)) }
        o.append(("time", .string(time)))
        return .object(o)
    }
}

extension SchoolJSON {
    var value: JSONText.Value {
        var o: [(String, JSONText.Value)] = []
        if let by { o.append(("by", by.value)) }
        o.append(("inSchoolOrWork", .bool(inSchoolOrWork)))
        if let note { o.append(("note", .string(note))) }
        o += [("since", .string(since.iso)), ("status", .string(status))]
        return .object(o)
    }
}
