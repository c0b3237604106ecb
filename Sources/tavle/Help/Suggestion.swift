/// "Did you mean …": the closest known word to what was typed, by edit distance.
enum Suggestion {
    /// The candidate closest to `typed`, if it is close enough to be a likely typo.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let t = typed.lowercased()
        let scored = candidates.map { ($0, distance(t, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(1, min(3, best.0.count / 3))
        if best.1 <= allowed { return best.0 }
        // `--evaluat` → `--evaluate`; `ls` is not taken for `list`, but `lis` is.
        if t.count >= 3, let prefix = candidates.first(where: { $0.lowercased().hasPrefix(t) }) { return prefix }
        return nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance: a swap of two letters costs one.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
