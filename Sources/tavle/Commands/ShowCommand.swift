import ArgumentParser
import TavleCore

/// `tavle show ID [--json] [--all]`: one youth in full. The viewing is recorded in the access log.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: L.t(.helpShowAbstract), discussion: L.t(.helpShowDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Flag(help: ArgumentHelp(L.t(.optShowAll))) var all = false
    @OptionGroup var output: JSONOption

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let target = try session.resolve(youth)
            let y = try session.store.loadYouth(target.id)
            AccessRecording.record(session, youth: y.id, how: "show")
            let due = ReviewRules.due(y, today: session.today, settings: session.team.rules)
            if output.json {
                try JSONOutput.print(YouthJSON(y, due: due, team: session.team, today: session.today, labels: target.labels, detail: true))
            } else {
                YouthDetail.print(y, due: due, label: target.label, session: session, all: all)
            }
        }
    }
}

/// Viewing a youth's data is logged (the health-data norm); a failure to log is said, not hidden.
enum AccessRecording {
    static func record(_ session: Session, youth: String?, how: String, staff: StaffID? = nil) {
        let entry = AccessEntry(at: session.now, staff: staff ?? session.actor?.staff, user: session.unixUser, youth: youth, how: how)
        do { try session.store.logAccess(entry) } catch {
            Console.error(L.t(.warnAccessLog, error.message(L.lang)))
        }
    }
}
