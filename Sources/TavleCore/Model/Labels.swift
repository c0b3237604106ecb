/// Board labels that tell youths with the same initials apart: `KH¹`, `KH²` on screen, `KH1`, `KH2`
/// where people type. When two or more youths still followed up share initials, every one of them
/// has a number, stored on the youth when given (`Youth.labelNumber`) and never changed while that
/// youth is followed up: adding, discharging or renaming another youth moves no one's label, and a
/// number is never given twice for the same initials. A lone holder has the bare initials.
public enum Labels {
    private static let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    private static let superscriptStrings = superscripts.map(String.init)

    /// `KH` + 2 → `KH²`; 12 → `KH¹²`.
    public static func label(_ initials: String, _ number: Int?) -> String {
        guard let n = number else { return initials }
        var out = initials
        for digit in String(n).utf8 {
            // A minus sign (never stored) is kept as it is.
            if digit >= 0x30 && digit <= 0x39 { out += superscriptStrings[Int(digit - 0x30)] } else { out.unicodeScalars.append(Unicode.Scalar(digit)) }
        }
        return out
    }

    /// `KH` + 2 → `KH2`: what a clinician types over SSH.
    public static func asciiLabel(_ initials: String, _ number: Int?) -> String {
        guard let n = number else { return initials }
        return initials + String(n)
    }

    /// A label as typed: superscript digits as plain ones (`KH²` → `KH2`).
    public static func ascii(_ label: String) -> String {
        // Plain ASCII has no superscript to replace (most labels: 10,000 a listing, issue 29).
        if label.utf8.allSatisfy({ $0 < 0x80 }) { return label }
        // Scalar by scalar (a superscript digit is one scalar, never combined with what follows):
        // a walk by `Character` was a sixth of building `list --json`'s youths (issue 29).
        var out = String.UnicodeScalarView()
        for u in label.unicodeScalars {
            switch u.value {
            case 0x2070: out.append("0")
            case 0xB9: out.append("1")
            case 0xB2: out.append("2")
            case 0xB3: out.append("3")
            case 0x2074...0x2079: out.append(Unicode.Scalar(UInt8(0x30 + u.value - 0x2070)))
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Whether `text` may be a youth's initials: letters only (digits and superscripts would make
    /// labels that read as another youth's).
    public static func validInitials(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 6 && text.allSatisfy { $0.isLetter }
    }

    /// The numbers to store so that every youth still followed up who shares initials with another
    /// has one. `names` are all youths (discharged too: their numbers are never given again);
    /// returns id → new number for those who need one, numbered after the highest number ever
    /// given for those initials, in id order, with `last` (the youth just added or renamed) last.
    public static func numbersToAssign(_ names: [YouthName], last: String? = nil) -> [String: Int] {
        var groups: [String: [YouthName]] = [:]
        for n in names { groups[n.initials, default: []].append(n) }
        var out: [String: Int] = [:]
        for (_, group) in groups {
            let active = group.filter { !$0.discharged }
            guard active.count >= 2 else { continue }
            let missing = active.filter { $0.number == nil }
            guard !missing.isEmpty else { continue }
            var next = (group.compactMap(\.number).max() ?? 0) + 1
            let ordered = missing.sorted { ($0.id == last ? 1 : 0, $0.id) < ($1.id == last ? 1 : 0, $1.id) }
            for n in ordered { out[n.id] = next; next += 1 }
        }
        return out
    }

    /// The numbers `tavle migrate` gives data from before stable labels, in the order labels were
    /// worked out then (youths still followed up by id, then discharged ones), so nobody's label
    /// changes but for one: when two or more still followed up share initials, the first of them
    /// is numbered too (`KH` becomes `KH¹`). A discharged youth sharing initials keeps a number.
    public static func migrationNumbers(_ names: [YouthName]) -> [String: Int] {
        var groups: [String: [YouthName]] = [:]
        for n in names { groups[n.initials, default: []].append(n) }
        var out: [String: Int] = [:]
        for (_, group) in groups where group.count >= 2 {
            let ordered = group.sorted { ($0.discharged ? 1 : 0, $0.id) < ($1.discharged ? 1 : 0, $1.id) }
            let active = ordered.filter { !$0.discharged }.count
            for (i, n) in ordered.enumerated() where !(active == 1 && i == 0) { out[n.id] = i + 1 }
        }
        return out
    }

    /// Every youth's label number as shown and typed, by id: the stored ones; for initials no
    /// youth has a number for yet (data not yet migrated) the ones `tavle migrate` will give; and
    /// for a youth still followed up who should have one but has not, the next free one. So a
    /// board and the command line mean the same youth by the same label, migrated or not.
    public static func numbers(_ names: [YouthName]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, k) in numbersInPlace(names).enumerated() { if let k { out[names[i].id] = k } }
        return out
    }

    /// `numbers`, as an array beside `names`. Youths are grouped by index, not copied, and a
    /// group whose youths all have their numbers already (migrated data, nearly every group) asks
    /// for nothing more: at 10,000 youths, copying every name into its group and looking every
    /// id up twice was a twentieth of a listing (issue 29).
    static func numbersInPlace(_ names: [YouthName]) -> [Int?] {
        var groups: [String: [Int]] = [:]
        for i in names.indices { groups[names[i].initials, default: []].append(i) }
        var out = [Int?](repeating: nil, count: names.count)
        for (_, group) in groups {
            guard group.count >= 2 else {
                out[group[0]] = names[group[0]].number
                continue
            }
            let found: [String: Int]
            if group.allSatisfy({ names[$0].number == nil }) {
                found = migrationNumbers(group.map { names[$0] })
            } else {
                for i in group { out[i] = names[i].number }
                let active = group.count { !names[$0].discharged }
                guard active >= 2, group.contains(where: { !names[$0].discharged && names[$0].number == nil }) else { continue }
                found = numbersToAssign(group.map { names[$0] })
            }
            for i in group { if let k = found[names[i].id] { out[i] = k } }
        }
        return out
    }

    /// Every youth's label (`KH`, `KH¹`, `KH²`), by id (see `numbers`).
    public static func labels(_ names: [YouthName]) -> [String: String] {
        let numbers = numbersInPlace(names)
        var out: [String: String] = [:]
        out.reserveCapacity(names.count)
        for i in names.indices { out[names[i].id] = label(names[i].initials, numbers[i]) }
        return out
    }
}

extension Youth {
    /// The board label (`KH²`): initials and the stored number, if any.
    public var label: String { Labels.label(initials, labelNumber) }
    /// The label as typed (`KH2`).
    public var asciiLabel: String { Labels.asciiLabel(initials, labelNumber) }
}
