import ArgumentParser
import TavleCore

/// `tavle due [--json]`: youths due for whole-team review, each with its reasons.
struct DueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "due", abstract: L.t(.helpDueAbstract), discussion: L.t(.helpDueDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optFilterMunicipality), valueName: "NAME")) var municipality: String?
    @OptionGroup var privateOutput: PrivateOutputOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let data = try session.store.loadBoard(today: session.today, openDecisions: false).narrowed(to: municipality)
            if output.json {
                try YouthListing.printJSON(data, session: session, filter: { !$0.due.isEmpty })
                return
            }
            let board = Board(team: data.team, youths: data.youths, today: session.today, problems: data.problems)
            let labels = Board.distinctInitials(data.youths)
            let due = Board.byUrgency(board.all.filter { !$0.due.isEmpty })
            Console.out(L.t(.dueHeader, String(due.count), String(board.activeCount), Format.day(session.today)))
            for e in due {
                let y = e.youth
                Console.out()
                Console.out(L.t(.dueYouth, Format.safe(labels[y.id] ?? y.initials), Format.safe(y.name), y.id,
                                Format.status(y.status), L.label(y.mode), Format.staff(y.primaryContact, session.team)))
                let width = e.due.map { DisplayWidth.of(L.label($0.severity)) }.max() ?? 0
                for d in e.due { Console.out(Format.dueLine(d, severityWidth: width)) }
            }
            let gaps = ShiftWarningText.lines(RotaCoverage(board: board, rota: try session.store.loadRota()))
            if board.shareWarning != nil || !gaps.isEmpty { Console.out() }
            if let warn = board.shareWarning { Console.out("! " + warn.text(L.lang)) }
            Console.out(gaps)
            BoardListing.reportProblems(data.problems)
        }
    }
}
