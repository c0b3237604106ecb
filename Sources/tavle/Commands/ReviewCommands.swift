import ArgumentParser
import TavleCore

/// `tavle reviewed ID [--note TEXT]`: a whole-team review happened today.
struct ReviewedCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reviewed", abstract: L.t(.helpReviewedAbstract), discussion: L.t(.helpReviewedDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optReviewedNote), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { _ in
            .reviewed(note: note)
        } done: { _, c in
            L.t(.doneReviewed, Format.day(c.today))
        }
    }
}

/// `tavle discharge ID --reason R --to DEST [--note TEXT] [--anyway]`: discharged; any board
/// period is closed. The core refuses it in the discharge phase while the handover is incomplete,
/// unless `--anyway` with a note.
struct DischargeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "discharge", abstract: L.t(.helpDischargeAbstract),
                             discussion: L.t(.helpDischargeDiscussion, DischargeReason.choices, DischargeDestination.choices))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optDischargeReason, DischargeReason.choices), valueName: "REASON")) var reason: DischargeReason
    @Option(help: ArgumentHelp(L.t(.optDischargeTo, DischargeDestination.choices), valueName: "DEST")) var to: DischargeDestination
    @Option(help: ArgumentHelp(L.t(.optDischargeNote), valueName: "TEXT")) var note: String?
    @Flag(help: ArgumentHelp(L.t(.optDischargeAnyway))) var anyway = false
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .discharge(reason: reason, to: to, note: note, anyway: anyway)
        } done: { _, c in
            L.t(.doneDischarge, Format.day(c.today))
        }
    }
}
