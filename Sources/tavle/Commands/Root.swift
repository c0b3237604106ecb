import ArgumentParser
import TavleCore

/// `tavle`: with no subcommand, opens the board (the listing when there is no terminal).
struct Tavle: ParsableCommand {
    static let version = "0.1.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tavle",
            abstract: L.t(.helpTavleAbstract),
            discussion: L.t(.helpTavleDiscussion),
            version: "tavle " + version,
            groupedSubcommands: [
                CommandGroup(name: L.t(.groupBoard), subcommands: [
                    BoardCommand.self, ListCommand.self, DueCommand.self, ShowCommand.self, StatsCommand.self, FidelityCommand.self, CaseloadCommand.self,
                ]),
                CommandGroup(name: L.t(.groupMeeting), subcommands: [
                    MeetingCommand.self, TodayCommand.self, RotaCommand.self, OnCallCommand.self, DocumentedCommand.self,
                ]),
                CommandGroup(name: L.t(.groupYouth), subcommands: [
                    ReferralCommand.self, AddCommand.self, IntensiveCommand.self, CaseManagementCommand.self, EvaluateCommand.self,
                    StatusCommand.self, SchoolCommand.self, NoteCommand.self, ContactCommand.self, PlanCommand.self,
                    CrisisPlanCommand.self, OrderCommand.self, ReviewedCommand.self, DischargeCommand.self,
                    SetCommand.self, UndoCommand.self,
                ]),
                CommandGroup(name: L.t(.groupPath), subcommands: [
                    ConsentCommand.self, ServiceCommand.self, HandoverCommand.self, GoalCommand.self, NetworkCommand.self,
                ]),
                CommandGroup(name: L.t(.groupTeam), subcommands: [StaffCommand.self, SettingsCommand.self, LogCommand.self]),
                CommandGroup(name: L.t(.groupData), subcommands: [
                    InitCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, CheckCommand.self,
                    BackupCommand.self, RestoreCommand.self, MigrateCommand.self, PurgeCommand.self, ScreenFeedCommand.self,
                    DevCommand.self,
                ]),
            ])
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var board: BoardOptions

    func run() throws {
        if board.feed { return try FeedBoard.open(root: try globals.root, langFlag: globals.lang, mouse: !board.noMouse) }
        // No --output here: argument-parser would take a subcommand's --output for the root's.
        try BoardOpening.open(try globals.session(), board, nil)
    }
}

/// `tavle board [--shared]`: the board, explicitly.
struct BoardCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "board", abstract: L.t(.helpBoardAbstract), discussion: L.t(.helpBoardDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var board: BoardOptions
    @OptionGroup var privateOutput: PrivateOutputOptions

    func run() throws {
        if board.feed { return try FeedBoard.open(root: try globals.root, langFlag: globals.lang, mouse: !board.noMouse) }
        try BoardOpening.open(try globals.session(), board, privateOutput)
    }
}

/// Opens the terminal board, or prints the listing when there is none.
enum BoardOpening {
    /// The listing is a read of the board like the terminal's (logged the same way), and goes
    /// to a private file or a private stdout like `tavle list`'s; `--output` always gives it.
    /// `privateOutput` nil (bare `tavle`): a readable stdout is refused pointing to `tavle board`'s.
    static func open(_ session: Session, _ options: BoardOptions, _ privateOutput: PrivateOutputOptions?) throws {
        let shared = options.shared
        if privateOutput?.output == nil, let code = try openBoard(session: session, shared: shared, mouse: !options.noMouse) {
            if code != 0 { throw ExitCode(code) }
            return
        }
        let listing = { () throws -> Void in
            let data = try session.store.loadBoard(today: session.today)
            AccessRecording.record(session, youth: nil, how: shared ? "shared-screen" : "board")
            BoardListing.print(data, session: session, names: !shared, dueOnly: false, mode: nil)
        }
        if let privateOutput { return try privateOutput.emit(session, listing) }
        if let mode = PrivateOutput.readableStandardOutput(access: session.team.access, root: session.store.root) {
            throw CLIError.environment(.outputRefusedBoard, "0" + String(mode, radix: 8), shared ? "board --shared" : "board")
        }
        try listing()
    }
}
