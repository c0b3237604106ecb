import TavleCore

/// A reference that fits more than one youth or colleague, as the command line says it: the
/// core's list of candidates, each with the exact command that names just that one
/// (`tavle note KH2 …`), built from the command as it was typed.
enum CandidateText {
    static func message(_ error: TavleError, arguments: [String]) -> String? {
        let query: String, list: [Candidate]
        switch error {
        case .ambiguous(let q, let l), .dischargedNeedsID(let q, let l): (query, list) = (q, l)
        default: return nil
        }
        var lines = error.message(L.lang).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count == list.count + 1 else { return lines.joined(separator: "\n") }
        let width = lines.dropFirst().map { DisplayWidth.of($0) }.max() ?? 0
        for (i, c) in list.enumerated() {
            lines[i + 1] = DisplayWidth.pad(lines[i + 1], to: width) + "   " + L.t(.candidateCommand, command(arguments, replacing: query, with: c.reference))
        }
        return lines.joined(separator: "\n")
    }

    /// `tavle note KH2 …`: the typed command up to the reference, with the reference replaced.
    static func command(_ arguments: [String], replacing query: String, with reference: String) -> String {
        var out = ["tavle"]
        for (i, a) in arguments.enumerated() {
            if a == query {
                out.append(reference)
                if i < arguments.count - 1 { out.append("…") }
                return out.joined(separator: " ")
            }
            if a.hasPrefix("--"), a.hasSuffix("=" + query) {
                out.append(String(a.dropLast(query.count)) + reference)
                if i < arguments.count - 1 { out.append("…") }
                return out.joined(separator: " ")
            }
            out.append(quoted(a))
        }
        return out.joined(separator: " ")
    }

    static func quoted(_ a: String) -> String {
        let safe = a.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,@".contains($0) }
        return safe && !a.isEmpty ? Format.safe(a) : "\"" + Format.safe(a).replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
