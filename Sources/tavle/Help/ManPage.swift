import TavleCore

/// tavle's man page (section 1) in the run's language, from the same words and command tree as
/// `--help`: every command with its usage, options and examples, the guides and the exit codes.
/// UTF-8 as it is (æ, ø, å): `man` runs it through `preconv`.
enum ManPage {
    static func render() -> String {
        let root = CommandInfo.root
        var out: [String] = []
        out.append(".TH TAVLE 1 \"\" \"tavle " + Tavle.version + "\" " + quoted(L.t(.manTitle)))
        out += [".SH " + quoted(L.t(.manName)), "tavle \\- " + text(root.abstract ?? "")]
        out += [".SH " + quoted(L.t(.manSynopsis)), ".B tavle", text(L.t(.helpUsageSubcommand) + " " + L.t(.helpUsageOptions))]
        if let d = root.discussion { out += [".SH " + quoted(L.t(.manDescription))] + block(d) }
        out += [".SH " + quoted(L.t(.manGlobalOptions))] + options(root)
        out.append(".SH " + quoted(L.t(.manCommands)))
        for (path, command) in commands(root, path: []) {
            out.append(".SS " + quoted((["tavle"] + path).joined(separator: " ")))
            if let a = command.abstract, !a.isEmpty { out += [text(a), ".PP"] }
            out += [".B " + text(L.t(.helpTitleUsage)), text(HelpText.usage(path, command))]
            let own = command.visibleArguments.filter { a in !root.visibleArguments.contains { $0.longNames == a.longNames && !a.longNames.isEmpty } }
            if !own.isEmpty { out += [".PP"] + list(own) }
            if let d = command.discussion, !d.isEmpty { out += [".PP"] + block(d) }
        }
        out += [".SH " + quoted(L.t(.manGuides)), ".nf"] + Guide.list().split(separator: "\n").map { text(String($0)) } + [".fi"]
        out += [".SH " + quoted(L.t(.manExitCodes)), ".nf"]
        out += ExitCodes.all.map { text(String($0.code) + "  " + L.t($0.key)) }
        out += [".fi"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Every command below `command`, depth first, with its path.
    static func commands(_ command: CommandInfo, path: [String]) -> [([String], CommandInfo)] {
        command.visibleSubcommands.flatMap { sub -> [([String], CommandInfo)] in
            let p = path + [sub.commandName]
            return [(p, sub)] + commands(sub, path: p)
        }
    }

    static func options(_ command: CommandInfo) -> [String] { list(command.visibleArguments.filter { $0.kind != .positional }) }

    static func list(_ arguments: [CommandInfo.ArgumentInfo]) -> [String] {
        arguments.flatMap { a -> [String] in
            let head = a.kind == .positional ? HelpText.valueText(a) : HelpText.optionText(a)
            return [".TP", "\\fB" + text(head) + "\\fR", text(HelpText.describe(a))]
        }
    }

    /// A discussion with its example lines kept as they are (no filling).
    static func block(_ s: String) -> [String] {
        [".nf"] + s.split(separator: "\n", omittingEmptySubsequences: false).map { text(String($0)) } + [".fi"]
    }

    /// Roff-safe text: backslashes escaped, a leading `.` or `'` made literal, dashes as minus.
    static func text(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if t.hasPrefix(".") || t.hasPrefix("'") { t = "\\&" + t }
        return t
    }

    static func quoted(_ s: String) -> String { "\"" + text(s).replacingOccurrences(of: "\"", with: "\\(dq") + "\"" }
}

/// The exit codes, with their meaning in the user's words (the man page and docs/cli.md's table).
enum ExitCodes {
    struct Code { let code: Int32; let key: TextKey }
    static let all = [
        Code(code: 0, key: .exitSuccess), Code(code: 1, key: .exitUsage), Code(code: 2, key: .exitData),
        Code(code: 3, key: .exitConflict), Code(code: 4, key: .exitEnvironment),
    ]
}
