import ArgumentParser
import TavleCore

/// `tavle fidelity [--from D] [--to D] [--municipality M] [--json | --format markdown|html] [--output F]`:
/// the fidelity evidence from the board's own records (`FidelityReport`), as text, JSON, markdown
/// or one self-contained HTML file. Youth data: private output, access-logged.
struct FidelityCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "fidelity", abstract: L.t(.helpFidelityAbstract), discussion: L.t(.helpFidelityDiscussion))
    }

    enum Format: String { case text, markdown, html }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Option(help: ArgumentHelp(L.t(.optFidelityFrom), valueName: "DATE")) var from: String?
    @Option(help: ArgumentHelp(L.t(.optFidelityTo), valueName: "DATE")) var to: String?
    @Option(help: ArgumentHelp(L.t(.optFilterMunicipality), valueName: "NAME")) var municipality: String?
    @Option(help: ArgumentHelp(L.t(.optFidelityFormat), valueName: "FORMAT")) var format: String?
    @OptionGroup var output: JSONOption

    func validate() throws {
        if let f = format, Format(rawValue: f) == nil { throw ValidationError(L.t(.usageFidelityFormat)) }
        if output.json && format != nil { throw ValidationError(L.t(.usageFidelityFormat)) }
    }

    func run() throws {
        let session = try globals.session()
        let today = session.today
        let end = try to.map { (t: String) throws(TavleError) in try Input.day(t, for: .past, today: today) } ?? today
        let start = try from.map { (t: String) throws(TavleError) in try Input.day(t, for: .past, today: today) }
            ?? FidelityReport.defaultFrom(today: end)
        guard start <= end else { throw ValidationError(L.t(.usageFidelityPeriod)) }
        try privateOutput.emit(session) {
            let m = try municipality.map { (t: String) throws(TavleError) in try session.team.municipalityFilter(t) }
            let loaded = try session.store.fidelity(team: session.team, today: today, from: start, to: end, municipality: m)
            let report = loaded.report, labels = loaded.labels
            AccessRecording.record(session, youth: nil, how: "fidelity")
            if output.json {
                try JSONOutput.print(FidelityJSON(report, labels: labels))
            } else {
                switch Format(rawValue: format ?? "text") ?? .text {
                case .text: FidelityText.print(report, teamName: session.team.name)
                case .markdown: FidelityText.markdown(report, teamName: session.team.name)
                case .html: Console.out(FidelityHTML.page(report, teamName: session.team.name, labels: labels))
                }
            }
            BoardListing.reportProblems(loaded.problems)
        }
    }
}
