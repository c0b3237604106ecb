import ArgumentParser
import TavleCore

/// `tavle status ID stable|worried|crisis`.
struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: L.t(.helpStatusAbstract), discussion: L.t(.helpStatusDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argStatus))) var status: Status
    @Option(help: ArgumentHelp(L.t(.optWhy), valueName: "TEXT")) var why: String?
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { _ in
            .status(status, why: why)
        } done: { y, _ in
            L.t(.doneStatus, Format.status(y.status))
        }
    }
}
