import ArgumentParser
import TavleCore

/// `tavle import FILE.csv [--dry-run]`: the team's existing spreadsheet, all or nothing.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: L.t(.helpImportAbstract), discussion: L.t(.helpImportDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argCsv), valueName: "FILE.csv"), completion: .file(extensions: ["csv", "txt"])) var file: String
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L.t(.optImportDryRun))) var dryRun = false

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let csv = try CSVFile(path: file)
        let existing = try session.store.loadBoard(today: session.today).youths
        let plan = ImportPlan(file: csv, session: session, actor: actor, existing: existing)
        guard plan.problems.isEmpty else {
            // The first problems, enough to see what is wrong; a file of nothing but mistakes
            // should not bury the terminal.
            let shown = 30
            var lines = [L.n(.importRefused, plan.problems.count, Format.safe(file), String(plan.problems.count))] + plan.problems.prefix(shown).map { "  " + $0.text }
            if plan.problems.count > shown { lines.append("  " + L.t(.importMoreProblems, String(plan.problems.count - shown))) }
            throw CLIError.dataText(lines.joined(separator: "\n"))
        }
        if dryRun {
            Console.out(L.t(.importDryRun, String(plan.drafts.count), Format.safe(file)))
            return
        }
        // One transaction: every row is in, or (a kill, a dropped SSH session, a full disk) none.
        let created = try session.store.createYouths(plan.drafts.map(\.youth), actor: actor)
        Console.out(L.t(.importDone, String(created.count), Format.safe(file)))
        for y in created { Console.out("  " + y.id + "  " + Format.safe(y.initials) + "  " + Format.safe(y.name)) }
    }
}
