import ArgumentParser
import TavleCore

/// `tavle list [--mode M] [--due] [--json]`: the board as text or JSON.
struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.t(.helpListAbstract), discussion: L.t(.helpListDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Option(help: ArgumentHelp(L.t(.optListMode))) var mode: Mode?
    @Flag(help: ArgumentHelp(L.t(.optListDue))) var due = false
    @Option(help: ArgumentHelp(L.t(.optFilterMunicipality), valueName: "NAME")) var municipality: String?
    @OptionGroup var output: JSONOption

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let data = try session.store.loadBoard(today: session.today, openDecisions: false).narrowed(to: municipality)
            if output.json {
                try YouthListing.printJSON(data, session: session, filter: { e in
                    (mode == nil || e.youth.mode == mode) && (!due || !e.due.isEmpty)
                })
            } else {
                BoardListing.print(data, session: session, names: true, dueOnly: due, mode: mode)
            }
        }
    }
}

/// The JSON array of youth objects shared by `list --json` and `due --json`.
enum YouthListing {
    static func printJSON(_ data: BoardData, session: Session, filter: @escaping (BoardEntry) -> Bool) throws {
        let board = Board(team: data.team, youths: data.youths, today: session.today, problems: data.problems)
        KeptUntilExit.keep(data, board)
        let labels = Board.distinctInitials(data.youths)
        // Each entry read where it is (`board.all` would copy every one first).
        try JSONOutput.printYouths((0..<board.activeCount).lazy.compactMap { p in
            board.withEntry(at: p) { e in
                filter(e) ? YouthJSON(e.youth, due: e.due, team: data.team, today: session.today, labels: labels, detail: false) : nil
            }
        })
        BoardListing.reportProblems(data.problems)
    }
}
