import ArgumentParser
import TavleCore

/// tavle's own `--help`: usage, arguments, options (with defaults and value lists) and
/// subcommands, in the run's language. The words come from the language files; the shape of
/// each command (its options, which are required, their defaults and values) from the parser.
enum HelpText {
    /// The full help of the command at `path` (names below the root).
    static func render(_ path: [String], _ command: CommandInfo) -> String {
        var out: [String] = []
        let name = (["tavle"] + path).joined(separator: " ")
        if let a = command.abstract, !a.isEmpty { out += [a, ""] }
        out.append(L.t(.helpTitleUsage) + " " + usage(path, command))
        let args = command.visibleArguments.filter { $0.kind == .positional }
        if !args.isEmpty {
            out += ["", L.t(.helpTitleArguments)]
            out += table(args.map { (valueText($0), describe($0)) })
        }
        var rows = command.visibleArguments.filter { $0.kind != .positional }.map { (optionText($0), describe($0)) }
        rows.append(("-h, --help", L.t(.helpOptHelp)))
        if path.isEmpty { rows.append(("--version", L.t(.helpOptVersion))) }
        out += ["", L.t(.helpTitleOptions)]
        out += table(rows)
        if !command.visibleSubcommands.isEmpty { out += subcommandSection(path, command) }
        if let d = command.discussion, !d.isEmpty { out += ["", d] }
        out += ["", !command.visibleSubcommands.isEmpty ? L.t(.helpMoreSubcommands, name) : L.t(.helpMoreGuides)]
        return out.joined(separator: "\n")
    }

    /// `tavle note <ID> <TEKST> [valg]`: positionals, required options, then `[valg]`.
    static func usage(_ path: [String], _ command: CommandInfo) -> String {
        var parts = ["tavle"] + path
        if !command.visibleSubcommands.isEmpty && command.positionals.isEmpty {
            parts.append(L.t(.helpUsageSubcommand))
        }
        for a in command.visibleArguments where a.kind == .option && !a.isOptional && a.defaultValue == nil {
            parts.append(optionText(a))
        }
        for a in command.visibleArguments where a.kind == .positional {
            let v = valueText(a) + (a.isRepeating ? " …" : "")
            parts.append(a.isOptional ? "[" + v + "]" : v)
        }
        parts.append(L.t(.helpUsageOptions))
        return parts.joined(separator: " ")
    }

    /// The root lists its subcommands in the groups of `Tavle.configuration`; others in order.
    static func subcommandSection(_ path: [String], _ command: CommandInfo) -> [String] {
        var out: [String] = []
        let groups = path.isEmpty ? Tavle.configuration.groupedSubcommands : []
        var listed: Set<String> = []
        for g in groups {
            let names = g.subcommands.map { $0.configuration.commandName ?? "" }
            out += ["", g.name + ":"]
            out += table(names.compactMap { command.subcommand($0) }.map { ($0.commandName, $0.abstract ?? "") })
            listed.formUnion(names)
        }
        var rest = command.visibleSubcommands.filter { !listed.contains($0.commandName) }.map { ($0.commandName, $0.abstract ?? "") }
        if path.isEmpty { rest.append(("help", L.t(.helpHelpAbstract))) }
        if !rest.isEmpty {
            out += ["", groups.isEmpty ? L.t(.helpTitleSubcommands) : L.t(.helpTitleOther)]
            out += table(rest)
        }
        return out
    }

    /// `--kind <TYPE>`, `--json`, `-n, --name <NAVN>`.
    static func optionText(_ a: CommandInfo.ArgumentInfo) -> String {
        let names = (a.names ?? []).map(\.text).joined(separator: ", ")
        return a.kind == .option ? names + " " + valueText(a) : names
    }

    /// `<DATO>`: the value's name in the run's language.
    static func valueText(_ a: CommandInfo.ArgumentInfo) -> String {
        "<" + ValueNames.word(a.valueName ?? "") + ">"
    }

    /// The description, then `(standard: …)` and `(verdier: …)`.
    static func describe(_ a: CommandInfo.ArgumentInfo) -> String {
        var text = a.abstract ?? ""
        if let d = a.defaultValue, !d.isEmpty, a.kind != .flag { text += " " + L.t(.helpDefault, ChoiceWords.word(d, among: a.allValues)) }
        if let v = a.allValues, !v.isEmpty { text += " " + L.t(.helpValues, v.joined(separator: ", ")) }
        return text
    }

    /// Two columns: names padded to a common width (at most 28), the text beside or below.
    static func table(_ rows: [(String, String)], widest: Int = 28) -> [String] {
        let width = min(widest, (rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        var out: [String] = []
        for (left, right) in rows {
            let lines = right.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if DisplayWidth.of(left) + 2 > width {
                out.append("  " + left)
                out += lines.map { "  " + String(repeating: " ", count: width) + $0 }
            } else {
                out.append("  " + DisplayWidth.pad(left, to: width) + (lines.first ?? ""))
                out += lines.dropFirst().map { "  " + String(repeating: " ", count: width) + $0 }
            }
        }
        return out
    }
}

/// The names of values in usage lines (`<DATE>` → `<DATO>`); a name not listed is shown as it is.
enum ValueNames {
    static let keys: [String: TextKey] = [
        "DATE": .valueDate, "YYYY-MM-DD": .valueDate, "TEXT": .valueText, "STAFF": .valueStaff, "FILE": .valueFile,
        "FILE.csv": .valueFileCsv, "NAME": .valueName, "DIR": .valueDir, "USER": .valueUser, "GROUP": .valueGroup,
        "REASON": .valueReason, "TIME": .valueTime, "KIND": .valueKind, "FIELD": .valueField, "VALUE": .valueValue,
        "WEEKDAY SHIFT STAFF": .valueWeekdayShiftStaff, "format": .valueFormat, "yes|no": .valueYesNo,
        // Options named after their property (no value name of their own).
        "kind": .valueKind, "mode": .valueMode, "status": .valueStatus, "reason": .valueReason, "with": .valueWith,
        "role": .valueRole, "party": .valueParty, "by": .valueBy, "referred-by": .valueReferredBy, "to": .valueTo,
    ]

    static func word(_ name: String) -> String { keys[name].map { L.t($0) } ?? name }
}

/// A choice's default as the user's word (`visit` → `møte`): the parser describes a default by its
/// raw value, while the value list is in the user's words.
enum ChoiceWords {
    static func word(_ raw: String, among words: [String]?) -> String {
        guard let words, !words.contains(raw) else { return raw }
        for type in Choices.all {
            if let w = label(type, raw, words) { return w }
        }
        return raw
    }

    private static func label<C: Choice>(_ type: C.Type, _ raw: String, _ words: [String]) -> String? {
        guard type.allCases.map({ $0.label(L.lang) }) == words, let c = C(rawValue: raw) else { return nil }
        return c.label(L.lang)
    }
}
