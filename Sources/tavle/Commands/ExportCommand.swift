import ArgumentParser
import TavleCore

/// `tavle export --format json|csv|markdown [--names]`: the board for other systems or the record.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: L.t(.helpExportAbstract), discussion: L.t(.helpExportDiscussion),
                             subcommands: [ExportMinutesCommand.self])
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var options: ExportOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    var names: Bool { options.names }

    func run() throws {
        let format = options.format ?? .json
        if format == .html { throw CLIError.usage(.usageExportHtml) }
        let session = try globals.session()
        try privateOutput.emit(session) {
            let data = try session.store.loadBoard(today: session.today, openDecisions: false)
            let board = Board(team: data.team, youths: data.youths, today: session.today, problems: data.problems)
            KeptUntilExit.keep(data, board)
            let labels = Board.distinctInitials(data.youths)
            AccessRecording.record(session, youth: nil, how: "export")
            switch format {
            case .json:
                try JSONOutput.printYouths((0..<board.activeCount).lazy.map { p in
                    board.withEntry(at: p) { e in
                        YouthJSON(e.youth, due: e.due, team: data.team, today: session.today, labels: labels, detail: false, names: names)
                    }
                })
            case .csv:
                // A byte-order mark in bokmål, so Norwegian Excel reads æøå as UTF-8; none in English.
                let bom = L.lang == .nb ? "\u{FEFF}" : ""
                Console.out(bom + (try Exporter.csv(board, labels: labels, names: names)), terminator: "")
            case .markdown:
                Console.out(Exporter.markdown(board, labels: labels, names: names))
            case .html:
                break
            }
            BoardListing.reportProblems(data.problems)
        }
    }
}

/// `--format` and `--names`, shared by `export` and `export minutes`: argument-parser gives an
/// option declared by both a command and its subcommand to the parent, and hands a shared option
/// group's values down to the subcommand.
struct ExportOptions: ParsableArguments {
    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case json, csv, markdown, html }

    @Option(help: ArgumentHelp(L.t(.optExportFormatAll), valueName: "format")) var format: ExportFormat?
    @Flag(help: ArgumentHelp(L.t(.optExportNames))) var names = false
}

/// `tavle export minutes [DATE] --format markdown|html [--names] [--output FILE]`: a meeting's minutes.
struct ExportMinutesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "minutes", abstract: L.t(.helpExportMinutesAbstract),
                             discussion: L.t(.helpExportMinutesDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argMinutesDate), valueName: "DATE")) var date: String?
    @OptionGroup var options: ExportOptions
    @OptionGroup var privateOutput: PrivateOutputOptions

    func run() throws {
        let format = options.format ?? .markdown
        guard format == .markdown || format == .html else { throw CLIError.usage(.usageMinutesFormat, format.rawValue) }
        let session = try globals.session()
        let day = try Input.optionalDay(date, for: .past, today: session.today) ?? session.today
        // The minutes hold the team's notes about youths: a private file, or a private stdout.
        try privateOutput.emit(session, confirmation: { L.t(.minutesWritten, Format.safe(privateOutput.output ?? ""), Format.day(day)) }) {
            guard let (minutes, problems) = try session.store.minutes(on: day, today: session.today) else {
                throw CLIError.data(.minutesNoMeeting, Format.day(day))
            }
            let text = Minutes.render(minutes, names: options.names, format: format == .html ? .html : .markdown)
            AccessRecording.record(session, youth: nil, how: "minutes")
            Console.out(text, terminator: "")
            BoardListing.reportProblems(problems)
        }
    }
}
