import ArgumentParser
import Foundation
import TavleCore

/// `tavle check`: every file parses, the journal replayed from empty gives the files, versions
/// agree, and nothing is readable by others. Exit 2 naming each problem.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: L.t(.helpCheckAbstract), discussion: L.t(.helpCheckDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Flag(name: .shortAndLong, help: ArgumentHelp(L.t(.optCheckQuiet))) var quiet = false
    @Flag(help: ArgumentHelp(L.t(.optCheckJSON))) var json = false
    @Option(help: ArgumentHelp(L.t(.optCheckPurged), valueName: "NAME")) var purged: String?

    func validate() throws {
        // An empty name is found nowhere: a script would read that as clean.
        if let p = purged, p.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(L.t(.usageCheckPurgedEmpty)) }
    }

    func run() throws {
        // The store, not a session: a damaged team file is one of the problems to name.
        let store = try Store(root: globals.root)
        if let l = globals.lang.flatMap(Language.init(code:)) { L.lang = l }
        // One pass over the journal and the files (bounded memory); what looks wrong is read again
        // under the lock before it is reported (Store.check).
        if let name = purged {
            // For the data-protection officer: is the name anywhere in the directory after a purge?
            let found = store.searchPurged(name)
            let bad = found.holding.count + found.unreadable.count
            if quiet { if bad == 0 { return } else { throw ExitCode(2) } }
            for f in found.holding { Console.out(L.t(.checkPurgedFound, Format.safe(f), Format.safe(name))) }
            for f in found.unreadable { Console.out(L.t(.checkPurgedUnreadable, Format.safe(f))) }
            if bad == 0 {
                Console.out(L.t(.checkPurgedClean, Format.safe(name), String(found.searched), Format.safe(store.root)))
                return
            }
            throw CLIError.dataText(L.t(.checkPurgedFailed, Format.safe(name), String(bad)))
        }
        let report = store.check()
        let problems = report.problems.map { $0.text(L.lang) }
        if json {
            // The heads are an anchor for the logs' chains: kept elsewhere, they show a rewrite.
            struct Out: Encodable { var ok: Bool; var youths: Int; var entries: Int; var problems: [String]; var heads: ChainHeads }
            try JSONOutput.print(Out(ok: problems.isEmpty, youths: report.youths, entries: report.entries, problems: problems,
                                     heads: store.chainHeads()))
            if !problems.isEmpty { throw ExitCode(2) }
            return
        }
        // For cron: the exit code alone (0 all well, 2 problems).
        if quiet { if problems.isEmpty { return } else { throw ExitCode(2) } }
        if problems.isEmpty {
            let group = (try? store.loadTeam().access) == .group
            Console.out(L.t(group ? .checkOkGroup : .checkOk, Format.safe(store.root), String(report.youths), String(report.entries)))
            return
        }
        Console.out(L.n(.checkProblems, problems.count, Format.safe(store.root), String(problems.count)))
        for p in problems { Console.out("  " + Format.safe(p)) }
        throw CLIError.dataText(L.n(.checkFailed, problems.count))
    }
}
