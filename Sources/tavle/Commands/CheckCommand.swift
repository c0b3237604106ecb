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

    func run() throws {
        // The store, not a session: a damaged team file is one of the problems to name.
        let store = try Store(root: globals.root)
        if let l = globals.lang.flatMap(Language.init(code:)) { L.lang = l }
        let problems = CheckCommand.localized(store.verify(), store: store)
        let youths = (try? store.youthIDs().ids.count) ?? 0
        let entries = (try? store.journal.read().entries.count) ?? 0
        if problems.isEmpty {
            let group = (try? store.loadTeam().access) == .group
            Console.out(L.t(group ? .checkOkGroup : .checkOk, Format.safe(store.root), String(youths), String(entries)))
            return
        }
        Console.out(L.t(.checkProblems, Format.safe(store.root), String(problems.count)))
        for p in problems { Console.out("  " + Format.safe(p)) }
        throw CLIError.data(.checkFailed, String(problems.count))
    }

    /// The store words its findings in English; the ones that are file errors are put back into
    /// the user's language (journal and permission findings stay as the core words them).
    static func localized(_ problems: [String], store: Store) -> [String] {
        guard L.lang != .en else { return problems }
        var words: [String: String] = [:]
        do { _ = try store.loadTeam() } catch { words[error.message(.en)] = error.message(L.lang) }
        if let all = try? store.loadAllYouths() {
            for p in all.problems { words[p.error.message(.en)] = p.error.message(L.lang) }
        }
        return problems.map { words[$0] ?? $0 }
    }
}
