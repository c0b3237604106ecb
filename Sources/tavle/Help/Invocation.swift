/// The command line as typed, laid over the command tree: which command it names, its
/// positional words, its options, and the first word that is not a command where one was expected.
/// Used only to word a parser error after the parser has refused the line.
struct Invocation {
    /// Names below the root (`["staff", "add"]`).
    var path: [String] = []
    var command: CommandInfo
    /// Words that are neither options nor their values nor command names.
    var positionals: [String] = []
    /// `--name` or `-n` as typed (without `=value`).
    var options: [String] = []
    /// A word where a subcommand was expected (`lsit`).
    var unknownCommand: String?

    init(_ arguments: [String], root: CommandInfo = .root) {
        command = root
        var i = 0
        var afterTerminator = false
        while i < arguments.count {
            let a = arguments[i]
            i += 1
            if !afterTerminator && a == "--" { afterTerminator = true; continue }
            if !afterTerminator && a.hasPrefix("-") && a.count > 1 {
                let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
                options.append(name)
                // A global option's value (`--data DIR`) is skipped on a command group too, which
                // has no options of its own: `tavle meeting --data DIR --help` named DIR a command.
                if !a.contains("="), let o = command.option(named: name) ?? root.option(named: name), o.kind == .option { i += 1 }
                continue
            }
            // `help` is tavle's own (`HelpTopic`), never the parser's help command.
            if path.isEmpty, positionals.isEmpty, unknownCommand == nil, a == "help" {
                unknownCommand = a
                continue
            }
            if positionals.isEmpty, unknownCommand == nil, let sub = command.subcommand(a) {
                path.append(a)
                command = sub
                continue
            }
            if positionals.isEmpty, unknownCommand == nil, !command.visibleSubcommands.isEmpty, command.positionals.isEmpty {
                unknownCommand = a
                continue
            }
            positionals.append(a)
        }
    }

    /// Options typed that this command does not have.
    var unknownOptions: [String] { options.filter { command.option(named: $0) == nil } }

    /// The positional argument the `index`-th word fills, if any.
    func positional(at index: Int) -> CommandInfo.ArgumentInfo? {
        let list = command.positionals
        if index < list.count { return list[index] }
        if let last = list.last, last.isRepeating { return last }
        return nil
    }
}
