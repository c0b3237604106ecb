import TavleCore

/// Names in a narrow column: shortened the way people shorten names (`M. Lønning`, `Mathias L.`)
/// rather than cut in the middle, so two Mathiases still read as two people.
enum NameFit {
    /// The forms of a name from longest to shortest: whole, first names as initials with the
    /// surname, the first name with the surname's initial.
    static func forms(_ name: String) -> [String] {
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count >= 2, let surname = parts.last else { return [name] }
        let firsts = parts.dropLast()
        let initials = firsts.compactMap { $0.first.map { String($0) + "." } }.joined()
        return [name, initials + " " + surname, firsts[firsts.startIndex] + " " + String(surname.first!) + "."]
    }

    /// The longest form that fits `width` columns; the shortest cut with `…` when none does.
    static func fit(_ name: String, width: Int) -> String {
        let all = forms(name)
        if let f = all.first(where: { DisplayWidth.of($0) <= width }) { return f }
        return DisplayWidth.truncate(all.count > 1 ? all[1] : name, to: width)
    }

    /// Names shown together (the meeting's agenda), each fitted to `width` so that different
    /// names do not read alike: a name that would look like another takes its next form that
    /// fits and is free, and when none is, the number of its initials label (`fallback`). A name
    /// with a `number` (the `²` of `KH²`, for youths who share the whole name) always keeps it,
    /// the name shortened to leave room for it.
    static func distinct(_ items: [(name: String, number: String, fallback: String)], width: Int) -> [String] {
        let room = items.map { max(1, width - DisplayWidth.of($0.number)) }
        let forms = items.indices.map { i in NameFit.forms(items[i].name).filter { DisplayWidth.of($0) <= room[i] } }
        var chosen = items.indices.map { forms[$0].first ?? fit(items[$0].name, width: room[$0]) }
        // How many show each text, and how many different names are behind it.
        var shown: [String: Int] = [:], names: [String: Set<String>] = [:]
        for (i, c) in chosen.enumerated() { shown[c, default: 0] += 1; names[c, default: []].insert(items[i].name) }
        for i in items.indices where (names[chosen[i]]?.count ?? 0) > 1 {
            guard let free = forms[i].first(where: { shown[$0] == nil }) else { continue }
            shown[chosen[i], default: 1] -= 1
            chosen[i] = free
            shown[free] = 1
            names[free] = [items[i].name]
        }
        var out = items.indices.map { chosen[$0] + items[$0].number }
        var count: [String: Int] = [:]
        for o in out { count[o, default: 0] += 1 }
        for i in items.indices where count[out[i], default: 0] > 1 && items[i].number.isEmpty && !items[i].fallback.isEmpty {
            out[i] = DisplayWidth.truncate(chosen[i], to: width - DisplayWidth.of(items[i].fallback), ellipsis: false) + items[i].fallback
        }
        return out
    }
}
