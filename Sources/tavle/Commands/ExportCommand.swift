import ArgumentParser
import TavleCore

/// `tavle export --format json|csv|markdown [--names]`: the board for other systems or the record.
struct ExportCommand: ParsableCommand {
    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case json, csv, markdown }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: L.t("help.export.abstract"), discussion: L.t("help.export.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t("opt.export.format"))) var format: ExportFormat = .json
    @Flag(help: ArgumentHelp(L.t("opt.export.names"))) var names = false

    func run() throws {
        let session = try globals.session()
        let data = try session.store.loadBoard(today: session.today)
        let board = Board(team: data.team, youths: data.youths, today: session.today, problems: data.problems)
        let labels = Board.distinctInitials(data.youths)
        AccessRecording.record(session, youth: nil, how: "export")
        switch format {
        case .json:
            try JSONOutput.print(board.all.map {
                YouthJSON($0.youth, due: $0.due, team: data.team, today: session.today, labels: labels, detail: false, names: names)
            })
        case .csv:
            Console.out(try Exporter.csv(board, labels: labels, names: names), terminator: "")
        case .markdown:
            Console.out(Exporter.markdown(board, labels: labels, names: names))
        }
        BoardListing.reportProblems(data.problems)
    }
}
