/// A command group typed without a subcommand (`tavle staff`): the same help as `tavle staff
/// --help`, in the user's language. argument-parser's own help ("OVERVIEW:", "USAGE:") is never shown.
enum GroupHelp {
    static func show(_ path: [String]) {
        let inv = Invocation(path)
        Console.out(HelpText.render(inv.path, inv.command))
    }
}
