import Foundation
import TavleCore

/// Pretty-printed JSON written straight into bytes, exactly as `JSONOutput` prints it through
/// `JSONEncoder` (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`): two spaces a level,
/// `"key" : value`, keys sorted, an empty array as `[`, an empty line and `]`. The listings of
/// 10,000 youths spent most of their output time in `JSONEncoder` (issue 29); this writes the same
/// bytes several times faster. Values are written as they are met, with no tree built first (that
/// tree, built and freed per youth, was a fifth of writing `list --json`). The writer gives the
/// keys in sorted order itself. `GeneratedGoldenOutputTests` and `GoldenOutputTests` hold it to
/// that, byte for byte.
struct JSONText {
    var bytes: [UInt8] = []

    /// An object or array being written: its level and whether a member was written yet.
    struct Container {
        let level: Int
        let close: UInt8
        var empty = true
    }

    static let spaces = [UInt8](repeating: 0x20, count: 64)

    mutating func indent(_ level: Int) {
        if level <= 32 { bytes.append(contentsOf: JSONText.spaces[0..<(2 * level)]); return }
        for _ in 0..<level { bytes.append(0x20); bytes.append(0x20) }
    }

    /// `{` at `level` (the level of the value it is).
    mutating func object(level: Int) -> Container {
        bytes.append(UInt8(ascii: "{")); bytes.append(0x0A)
        return Container(level: level, close: UInt8(ascii: "}"))
    }

    /// `[` at `level`.
    mutating func array(level: Int) -> Container {
        bytes.append(UInt8(ascii: "[")); bytes.append(0x0A)
        return Container(level: level, close: UInt8(ascii: "]"))
    }

    /// The closing bracket; an empty container has an empty line inside, as `JSONEncoder` writes it.
    mutating func end(_ c: Container) {
        bytes.append(0x0A)
        indent(c.level)
        bytes.append(c.close)
    }

    /// Starts the next element of an array: the comma after the one before, and the indent.
    mutating func element(in c: inout Container) {
        if !c.empty { bytes.append(UInt8(ascii: ",")); bytes.append(0x0A) }
        c.empty = false
        indent(c.level + 1)
    }

    /// Starts a member of an object: `"key" : `. Keys must come in sorted order.
    mutating func key(_ key: String, in c: inout Container) {
        element(in: &c)
        string(key)
        bytes.append(contentsOf: " : ".utf8)
    }

    mutating func field(_ key: String, _ value: String?, in c: inout Container) {
        guard let value else { return }
        self.key(key, in: &c)
        string(value)
    }

    mutating func field(_ key: String, int value: Int?, in c: inout Container) {
        guard let value else { return }
        self.key(key, in: &c)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: String, bool value: Bool, in c: inout Container) {
        self.key(key, in: &c)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func field(_ key: String, strings: [String], in c: inout Container) {
        self.key(key, in: &c)
        var a = array(level: c.level + 1)
        for s in strings { element(in: &a); string(s) }
        end(a)
    }

    /// A string with `"` and `\` escaped. Text with control characters or line separators (not
    /// in stored data, but never assumed) goes through `JSONEncoder` itself.
    mutating func string(_ s: String) {
        var s = s
        // Scanned and copied as one buffer: a walk byte by byte through `String.UTF8View` was half
        // of writing `list --json` at 10,000 youths (issue 29).
        let done = s.withUTF8 { u -> Bool in
            var quoted = false
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x20 { return false }
                if b == 0x22 || b == 0x5C { quoted = true }
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9), which `JSONEncoder` escapes.
                if b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9) { return false }
                i += 1
            }
            bytes.append(UInt8(ascii: "\""))
            // Nothing to escape (nearly every string): copied whole.
            if !quoted { bytes.append(contentsOf: u) } else {
                for b in u {
                    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                    bytes.append(b)
                }
            }
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if done { return }
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        if let data = try? e.encode([s]) { bytes.append(contentsOf: data.dropFirst().dropLast()); return }
        bytes.append(contentsOf: "\"\"".utf8)
    }
}

/// The listing's fields of a youth (`detail` false), written: the same keys, the same values, the
/// same absent keys as `YouthJSON`'s `Encodable` conformance.
extension YouthJSON {
    /// False for a youth with `show`'s detail, which still goes through `JSONEncoder`.
    var isListing: Bool {
        goals == nil && referral == nil && ageOverride == nil && intakeCriteria == nil && planReviewed == nil && discharged == nil
            && discharge == nil && services == nil && consents == nil && handover == nil && handoverMissing == nil && boardPeriods == nil
            && reviews == nil && plans == nil && notes == nil && contacts == nil && schoolHistory == nil && updated == nil
    }

    /// The listing's object at `level`, in key order (as `JSONEncoder`'s `.sortedKeys` writes them).
    func writeListing(_ t: inout JSONText, level: Int) {
        var o = t.object(level: level)
        t.field("age", int: age, in: &o)
        t.field("asciiLabel", asciiLabel, in: &o)
        t.field("boardPlan", boardPlan, in: &o)
        t.field("boardSince", boardSince?.iso, in: &o)
        t.field("born", born?.iso, in: &o)
        if let c = crisisPlan {
            t.key("crisisPlan", in: &o)
            var p = t.object(level: level + 1)
            t.field("outOfHours", c.outOfHours, in: &p)
            t.field("updated", c.updated.iso, in: &p)
            t.end(p)
        }
        t.field("daysOnBoard", int: daysOnBoard, in: &o)
        t.field("domains", strings: domains, in: &o)
        t.key("due", in: &o)
        var reasons = t.array(level: level + 1)
        for d in due {
            t.element(in: &reasons)
            var r = t.object(level: level + 2)
            t.field("message", d.message, in: &r)
            t.field("rule", d.rule, in: &r)
            t.field("severity", d.severity, in: &r)
            t.end(r)
        }
        t.end(reasons)
        t.field("evaluate", evaluate?.iso, in: &o)
        t.field("flags", strings: flags, in: &o)
        t.field("id", id, in: &o)
        t.field("initials", initials, in: &o)
        t.field("intake", intake.iso, in: &o)
        t.field("label", label, in: &o)
        t.field("lastContact", lastContact?.iso, in: &o)
        t.field("mode", mode, in: &o)
        t.field("municipality", municipality, in: &o)
        t.field("name", name, in: &o)
        t.key("orders", in: &o)
        var orderList = t.array(level: level + 1)
        for order in orders {
            t.element(in: &orderList)
            var r = t.object(level: level + 2)
            t.field("expires", order.expires.iso, in: &r)
            t.field("id", order.id, in: &r)
            t.field("kind", order.kind, in: &r)
            t.end(r)
        }
        t.end(orderList)
        t.field("phase", phase, in: &o)
        t.key("plansToday", in: &o)
        var planList = t.array(level: level + 1)
        for p in plansToday { t.element(in: &planList); p.write(&t, level: level + 2) }
        t.end(planList)
        if let primaryContact { t.key("primaryContact", in: &o); primaryContact.write(&t, level: level + 1) }
        t.field("reason", reason, in: &o)
        if let school { t.key("school", in: &o); school.write(&t, level: level + 1) }
        if let secondContact { t.key("secondContact", in: &o); secondContact.write(&t, level: level + 1) }
        t.field("status", status, in: &o)
        t.field("version", int: version, in: &o)
        t.field("warning", warning, in: &o)
        t.field("whereabouts", whereabouts, in: &o)
        t.end(o)
    }
}

extension StaffRefJSON {
    func write(_ t: inout JSONText, level: Int) {
        var o = t.object(level: level)
        t.field("id", id, in: &o)
        t.field("initials", initials, in: &o)
        t.field("name", name, in: &o)
        t.end(o)
    }
}

extension PlanJSON {
    func write(_ t: inout JSONText, level: Int) {
        var o = t.object(level: level)
        t.field("day", day.iso, in: &o)
        t.field("place", place, in: &o)
        if let staff { t.key("staff", in: &o); staff.write(&t, level: level + 1) }
        t.field("time", time, in: &o)
        t.end(o)
    }
}

extension SchoolJSON {
    func write(_ t: inout JSONText, level: Int) {
        var o = t.object(level: level)
        if let by { t.key("by", in: &o); by.write(&t, level: level + 1) }
        t.field("inSchoolOrWork", bool: inSchoolOrWork, in: &o)
        t.field("note", note, in: &o)
        t.field("since", since.iso, in: &o)
        t.field("status", status, in: &o)
        t.end(o)
    }
}
