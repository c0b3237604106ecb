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
            KeptUntilExit.keep(data, board)
            let labels = Board.distinctInitials(data.youths)
            let due = board.urgencyOrder { !$0.due.isEmpty }
            Console.out(L.t(.dueHeader, String(due.count), String(board.activeCount), Format.day(session.today)))
            let severities = L.words(Severity.self), severityWidths = severities.mapValues(DisplayWidth.of)
            let statuses = L.words(Status.self), modes = L.words(Mode.self)
            var out: [UInt8] = []
            out.reserveCapacity(1 << 17)
            for p in due {
                board.withEntry(at: p) { e in
                    let y = e.youth
                    out.append(0x0A)
                    out.append(contentsOf: L.t(.dueYouth, Format.safe(labels[y.id] ?? y.initials), Format.safe(y.name), y.id,
                                               Format.status(y.status, words: statuses), modes[y.mode] ?? "",
                                               Format.staff(y.primaryContact, session.team)).utf8)
                    out.append(0x0A)
                    let width = e.due.map { severityWidths[$0.severity] ?? 0 }.max() ?? 0
                    for d in e.due { Format.appendDueLine(d, severity: severities[d.severity] ?? "", severityWidth: width, to: &out) }
                }
                Console.flushIfFull(&out)
            }
            Console.write(out)
            let gaps = ShiftWarningText.lines(RotaCoverage(board: board, rota: try session.store.loadRota()))
            if board.shareWarning != nil || !gaps.isEmpty { Console.out() }
            if let warn = board.shareWarning { Console.out("! " + warn.text(L.lang)) }
            Console.out(gaps)
            BoardListing.reportProblems(data.problems)
        }
    }
}
