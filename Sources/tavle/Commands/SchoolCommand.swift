import ArgumentParser
import TavleCore

/// `tavle school ID attending|partly|absent|dropped-out|work|nav-measure|none [--since D] [--note TEXT]`.
struct SchoolCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "school", abstract: L.t(.helpSchoolAbstract), discussion: L.t(.helpSchoolDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argSchoolStatus), valueName: "STATUS")) var status: SchoolStatus
    @Option(help: ArgumentHelp(L.t(.optSchoolSince), valueName: "DATE")) var since: String?
    @Option(help: ArgumentHelp(L.t(.optSchoolNote), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        var from: Day?
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { c in
            from = try Input.optionalDay(since, for: .past, today: c.today)
            return .school(status, since: from, note: note)
        } done: { _, c in
            L.t(.doneSchool, L.label(status), Format.day(from ?? c.today))
        }
    }
}
